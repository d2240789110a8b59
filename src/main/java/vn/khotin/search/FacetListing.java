package vn.khotin.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;

/**
 * The end of the facets stage and the timeline stage of a search: from the counts ({@link FacetCounts}), the
 * values shown for each facet and the buckets of the timeline.
 *
 * <p>Values of equal count are listed in the byte order of their UTF-8 form, which is their code point order.
 */
final class FacetListing {

    private FacetListing() {}

    /**
     * The facet of one field: top values (by count; year and month newest first), with the exact counts given for
     * chosen values of an estimated facet ({@code chosenCounts}), listed even when the sample missed them.
     */
    static Facet facet(String field, FacetCounts counts, int size, List<String> selected, boolean approximate,
            Map<String, Long> chosenCounts) throws IOException {
        int[] c = counts.byOrd();
        int distinct = 0;
        for (int n : c) {
            distinct += n > 0 ? 1 : 0;
        }
        int[] top;
        if (field.equals(ArticleSchema.YEAR) || field.equals(ArticleSchema.MONTH)) {
            // Ordinals follow the values' order, and "2024-05" sorts like the date it names: newest = highest.
            top = new int[Math.min(size, distinct)];
            int k = 0;
            for (int ord = c.length - 1; ord >= 0 && k < top.length; ord--) {
                if (c[ord] > 0) {
                    top[k++] = ord;
                }
            }
        } else {
            top = mostFrequent(c, size);
        }
        List<Facet.FacetValue> values = new ArrayList<>();
        for (int ord : top) {
            String v = counts.value(ord);
            values.add(new Facet.FacetValue(v, chosenCounts.getOrDefault(v, (long) c[ord]), selected.contains(v),
                    nested(field, v, selected)));
        }
        int listed = values.size();
        chosenCounts.forEach((v, n) -> {
            if (n > 0 && values.stream().noneMatch(x -> x.value().equals(v))) {
                values.add(new Facet.FacetValue(v, n, true, false));
            }
        });
        boolean byDate = field.equals(ArticleSchema.YEAR) || field.equals(ArticleSchema.MONTH);
        values.sort(byDate ? Comparator.comparing(Facet.FacetValue::value).reversed()
                : Comparator.comparingLong(Facet.FacetValue::count).reversed());
        return new Facet(field, values, Math.max(0, distinct - listed), approximate);
    }

    /** Whether a place lies inside a selected place or holds one (not the selected place itself). */
    private static boolean nested(String field, String value, List<String> selected) {
        if (!PlaceRollup.rollsUp(field) || selected.isEmpty() || selected.contains(value)) {
            return false;
        }
        Gazetteer g = Gazetteer.get();
        List<String> enclosing = g.enclosing(value);
        return selected.stream().anyMatch(s -> enclosing.contains(s) || g.enclosing(s).contains(value));
    }

    /** The ordinals of the {@code k} highest counts, highest first; ties by ordinal (value order). */
    private static int[] mostFrequent(int[] counts, int k) {
        // A min-heap of the best so far, the worst (lowest count, then highest ordinal) on top.
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(k + 1,
                (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(ord);
            } else if (counts[ord] > counts[heap.peek()]) {
                heap.poll();
                heap.add(ord);
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }

    /** Month or year buckets, oldest first, with empty periods between the first and last filled with zero. */
    static List<TimelineBucket> timeline(FacetCounts counts, boolean byYear) throws IOException {
        TreeMap<String, Long> sorted = new TreeMap<>(counts.asMap());
        List<TimelineBucket> out = new ArrayList<>();
        if (sorted.isEmpty()) {
            return out;
        }
        if (byYear) {
            int first = Integer.parseInt(sorted.firstKey());
            int last = Integer.parseInt(sorted.lastKey());
            for (int y = first; y <= last; y++) {
                String k = Integer.toString(y);
                out.add(new TimelineBucket(k, sorted.getOrDefault(k, 0L), k));
            }
        } else {
            YearMonth first = YearMonth.parse(sorted.firstKey());
            YearMonth last = YearMonth.parse(sorted.lastKey());
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                String k = m.toString();
                out.add(new TimelineBucket(k, sorted.getOrDefault(k, 0L),
                        String.format("%02d/%04d", m.getMonthValue(), m.getYear())));
            }
        }
        return out;
    }
}
