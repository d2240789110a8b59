package vn.khotin.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import vn.khotin.index.ArticleSchema;

/**
 * Counts facet values over the matching documents: per segment by ordinal of the field's sorted-set doc
 * values, then merged by value. No taxonomy and no global ordinals, so nothing has to be rebuilt when the
 * near-real-time reader changes.
 */
final class FacetCounter {

    private FacetCounter() {}

    /** Counts of every value of each field among the matches. */
    static Map<String, Map<String, Long>> count(Collection<FacetsCollector.MatchingDocs> matching,
            Set<String> fields) throws IOException {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (String field : fields) {
            Map<String, Long> counts = new HashMap<>();
            for (FacetsCollector.MatchingDocs md : matching) {
                if (md.totalHits() == 0 || md.bits() == null) {
                    continue;
                }
                SortedSetDocValues dv = DocValues.getSortedSet(md.context().reader(), field);
                long valueCount = dv.getValueCount();
                if (valueCount == 0) {
                    continue;
                }
                int[] perOrd = new int[(int) valueCount];
                DocIdSetIterator it = md.bits().iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (dv.advanceExact(doc)) {
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            perOrd[(int) dv.nextOrd()]++;
                        }
                    }
                }
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        BytesRef v = dv.lookupOrd(ord);
                        counts.merge(v.utf8ToString(), (long) perOrd[ord], Long::sum);
                    }
                }
            }
            out.put(field, counts);
        }
        return out;
    }

    /** The facet of one field: top values (by count; year and month newest first). */
    static Facet facet(String field, Map<String, Long> counts, int size, List<String> selected) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        if (field.equals(ArticleSchema.YEAR) || field.equals(ArticleSchema.MONTH)) {
            entries.sort((a, b) -> b.getKey().compareTo(a.getKey()));
        } else {
            entries.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                    : a.getKey().compareTo(b.getKey()));
        }
        List<Facet.FacetValue> values = new ArrayList<>();
        for (int i = 0; i < entries.size() && i < size; i++) {
            var e = entries.get(i);
            values.add(new Facet.FacetValue(e.getKey(), e.getValue(), selected.contains(e.getKey())));
        }
        return new Facet(field, values, Math.max(0, entries.size() - values.size()));
    }

    /** Month or year buckets, oldest first, with empty periods between the first and last filled with zero. */
    static List<TimelineBucket> timeline(Map<String, Long> counts, boolean byYear) {
        TreeMap<String, Long> sorted = new TreeMap<>(counts);
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
