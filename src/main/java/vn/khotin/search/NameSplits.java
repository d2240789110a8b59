package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.FamilyNames;
import vn.khotin.index.Gazetteer;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link CapitalisedNames}): where a run of capitalised words typed together holds several
 * names ("Nghệ An Hà Tĩnh", "Nhật Bản Hàn Quốc") or a form of address before a name ("Bà Nguyễn Thị Kim Ngân"). As
 * one name, such a run was required as one phrase: "Nghệ An Hà Tĩnh" found 15 articles of 82,137 while 408 name both
 * provinces, "Trung Quốc Nhật Bản" 2 of 1,535, and the answer depended on the order typed ("Hà Tĩnh Nghệ An", 407).
 * The archive tells the cases apart: names typed side by side that are written apart far more often than together,
 * and whose meeting point is no pair that names share ("Thị Thu" of "Nguyễn Thị Thu Hằng" is in hundreds of names).
 * Stateless.
 */
final class NameSplits {

    /** Articles with the parts apart must outnumber those with the whole run by this factor for a split. */
    static final int SPLIT_RATIO = 3;

    /** Forms of address that open a name typed as one ("Bà Nguyễn Thị Kim Ngân", "Ông Đinh La Thăng"). */
    private static final Set<String> ADDRESS_WORDS = Set.of("ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ",
            "thầy", "em", "cháu", "ngài");
    private static final Set<String> FOLDED_ADDRESS_WORDS = Set.of("ong", "ba", "anh", "chi", "co", "chu", "bac",
            "cu", "thay", "em", "chau", "ngai");

    /** Articles with a name must outnumber those with a form of address before it this many times to drop it. */
    static final double ADDRESS_RATIO = 1.5;

    private NameSplits() {}

    /**
     * The names of the run {@code from} to {@code to} of {@code units}, as [start, end) spans in query order: the run
     * itself, or its parts. Two names of two or more words each are split when articles with both outnumber those
     * with the run {@link #SPLIT_RATIO} times (when one is a place of the gazetteer, more articles than with the run
     * suffice; when no article writes the run, one), and, where the first may begin a person's name that goes on,
     * those writing the two words where they meet side by side.
     *
     * @param name the filter that units from start to end are written as one name, side by side
     * @param sideBySide how many articles write the units at {@code at - 1} and {@code at} side by side
     */
    static List<int[]> names(List<Unit> units, int from, int to, IndexReader reader,
            BiFunction<Integer, Integer, Query> name, IntToLongFunction sideBySide) {
        List<int[]> out = new ArrayList<>();
        if (reader == null || to - from < 4) {
            out.add(new int[] {from, to});
            return out;
        }
        split(units, from, to, counter(reader), name, sideBySide, out);
        return out;
    }

    /**
     * Whether the word at {@code at} is a form of address ("Ông", "Bà", "Anh" …) and no part of the name of the
     * units after it, up to {@code nameEnd}: articles with that name outnumber those writing the form of address
     * right before it {@link #ADDRESS_RATIO} times ("Bà Đoàn Thị Hương": 80 against 0; "Ông Đinh La Thăng" 305
     * against 175). A name that begins with one stays whole ("Bà Rịa Vũng Tàu" 730 and 730, "Cô Tô", "Ông Ích
     * Khiêm" 13 and 12).
     */
    static boolean addressBefore(List<Unit> units, int at, int nameEnd, IndexReader reader,
            BiFunction<Integer, Integer, Query> name) {
        if (reader == null || nameEnd - at < 2 || !isAddress(units.get(at))) {
            return false;
        }
        IndexSearcher counter = counter(reader);
        long withAddress = count(counter, name.apply(at, nameEnd));
        return count(counter, name.apply(at + 1, nameEnd)) >= ADDRESS_RATIO * Math.max(withAddress, 1);
    }

    /** A form of address typed capitalised, with or without its diacritics. */
    static boolean isAddress(Unit u) {
        String lower = u.text().toLowerCase(Locale.ROOT);
        return u.accented() ? ADDRESS_WORDS.contains(lower) : FOLDED_ADDRESS_WORDS.contains(lower);
    }

    private static IndexSearcher counter(IndexReader reader) {
        IndexSearcher counter = new IndexSearcher(reader);
        counter.setQueryCache(null);
        return counter;
    }

    private static void split(List<Unit> units, int from, int to, IndexSearcher counter,
            BiFunction<Integer, Integer, Query> name, IntToLongFunction sideBySide, List<int[]> out) {
        if (to - from < 4) {
            out.add(new int[] {from, to});
            return;
        }
        long whole = count(counter, name.apply(from, to));
        int best = -1;
        long bestBoth = 0;
        for (int at = from + 2; at <= to - 2; at++) {
            long both = count(counter, name.apply(from, at), name.apply(at, to));
            // a place of the gazetteer is a name of its own: "Hà Tĩnh Lê Đình Sơn" is the province and the person
            boolean placeFirst = isPlace(units, from, at);
            boolean placeLast = isPlace(units, at, to);
            long enough = whole == 0 ? 1 : placeFirst || placeLast ? whole + 1 : (long) SPLIT_RATIO * whole;
            // the meeting pair is asked only where the first part may begin a person's name that goes on
            // ("Nguyễn Thị | Thu Hằng"): elsewhere it is also written in other contexts ("Công an Hà Tĩnh" for
            // "Nghệ An | Hà Tĩnh", 9 articles of the 1,500-article demo against 5 with both provinces)
            // ("Nguyễn Thị | Hồng Lĩnh" too, a place's name being a given name; not "Lê Đình Sơn | Hà Tĩnh")
            boolean nameGoesOn = FamilyNames.contains(units.get(from).text())
                    && (at - from == 2 || at - from == 3 && !placeLast);
            boolean split = both >= enough && (!nameGoesOn || both > sideBySide.applyAsLong(at));
            if (split && both > bestBoth) {
                best = at;
                bestBoth = both;
            }
        }
        if (best < 0) {
            out.add(new int[] {from, to});
            return;
        }
        split(units, from, best, counter, name, sideBySide, out);
        split(units, best, to, counter, name, sideBySide, out);
    }

    /**
     * Whether a capitalised word without diacritics stands beside a capitalised word typed with them ("Minh" of "Phạm
     * Minh Chính", "Thanh" of "Lý Thanh Thảo"): a name typed with care, its level-tone syllable as meant. Asked only
     * when titles and sapos have no evidence either way: read folded, "Minh" left the name to "Phạm" and "minh"
     * anywhere, and the two articles of the 1,500-article demo naming the Prime Minister ranked 104th and 106th of
     * 394.
     */
    static boolean inTypedName(List<Unit> us, int i) {
        if (!titleCase(us.get(i).text())) {
            return false;
        }
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < us.size() && us.get(j).kind() == QueryUnits.Kind.WORD && us.get(j).accented()
                    && titleCase(us.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleCase(String w) {
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
                && w.codePoints().skip(1).allMatch(Character::isLowerCase);
    }

    /** Whether units {@code from} to {@code to} are one place of the gazetteer, typed as its name. */
    static boolean isPlace(List<Unit> units, int from, int to) {
        List<int[]> spans = Gazetteer.get().spans(units.subList(from, to).stream().map(Unit::text).toList());
        return spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == to - from;
    }

    /** The articles that match {@code q} (null: none). */
    static long count(IndexReader reader, Query q) {
        return count(counter(reader), q);
    }

    private static long count(IndexSearcher counter, Query... all) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : all) {
            if (q == null) {
                return 0;
            }
            b.add(q, Occur.FILTER);
        }
        try {
            return counter.count(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
