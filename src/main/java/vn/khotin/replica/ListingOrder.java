package vn.khotin.replica;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The orders the listings walk, as table positions, newest first: all articles, each current section's, and
 * each month's range of the first. A snapshot of an {@link ArticleTable}, rebuilt after it changes.
 */
final class ListingOrder {

    static final ListingOrder EMPTY = new ListingOrder(new int[0], new int[Category.CURRENT.size()][], Map.of());

    /** Positions of all articles, newest first. */
    final int[] byDate;
    /** Per current section (by {@link Category#currentIndex()}), its positions, newest first. */
    final int[][] byCat;
    /** Per month, newest first, the range [from, to) of {@link #byDate} published in it. */
    final Map<YearMonth, int[]> months;

    private ListingOrder(int[] byDate, int[][] byCat, Map<YearMonth, int[]> months) {
        this.byDate = byDate;
        this.byCat = byCat;
        this.months = months;
    }

    /** The orders of the table as it is now. */
    static ListingOrder of(ArticleTable table) {
        int size = table.size();
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, table::compareNewestFirst);
        int[] byDate = new int[size];
        int[] perCat = new int[Category.CURRENT.size()];
        for (int i = 0; i < size; i++) {
            byDate[i] = boxed[i];
            perCat[table.category(boxed[i]).currentIndex()]++;
        }
        int[][] cat = new int[perCat.length][];
        for (int c = 0; c < perCat.length; c++) {
            cat[c] = new int[perCat[c]];
        }
        int[] fill = new int[perCat.length];
        Map<YearMonth, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            int p = byDate[i];
            int c = table.category(p).currentIndex();
            cat[c][fill[c]++] = p;
            YearMonth ym = YearMonth.from(Instant.ofEpochSecond(table.publishedSecond(p)).atOffset(IdDates.VN));
            int[] r = m.get(ym);
            if (r == null) {
                m.put(ym, new int[] {i, i + 1});
            } else {
                r[1] = i + 1;
            }
        }
        return new ListingOrder(byDate, cat, m);
    }

    /** The section order a row belongs to. */
    int[] sectionOf(ArticleTable table, int pos) {
        return byCat[table.category(pos).currentIndex()];
    }

    /** Where a row sits in one of these orders (binary search by the newest-first comparison). */
    static int indexIn(ArticleTable table, int[] order, int pos) {
        int lo = 0;
        int hi = order.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = table.compareNewestFirst(order[mid], pos);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
