package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.Gazetteer;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): a person's or an organisation's name typed capitalised with its
 * diacritics ("Lê Đình Sơn", "Đinh Nho Liêm"), as a filter that an article writes it as the phrase it is, as if
 * quoted. Its syllables apart are in most articles ("Đinh La Thăng … nhờ vào … Từ Liêm"): as plain words a name
 * found 155 articles of which 7 name the person. Places have their own filters ({@link WholeWords#placeFilters}).
 * A name written so in fewer articles than a page stays whole: it is not searched as syllables anywhere
 * ({@link ForgivingSearch}), which made "Lý Sơn" 99 articles on the 1,500-article demo where 3 name the island
 * (judged dev 0.8581 → 0.8589, test unchanged; trial 5's "hieu truong mam non Xuân Phổ bị cách chức" 0.562 →
 * 0.916, trial 7's "Phó chủ tịch tỉnh Hà Tĩnh Dương Tất Thắng" 0.932 → 0.911).
 */
final class CapitalisedNames {

    private CapitalisedNames() {}

    /**
     * One filter per run of two or more words typed as names, with diacritics, outside the places of the gazetteer
     * ("Formosa Hà Tĩnh" holds no person's name: the place is its own); empty if none. A pair no article writes as
     * typed ("Kẻ Gổ") is a slip, which the spelling stages read, not a name.
     */
    static List<Query> filters(List<Unit> units, UnitQueries queries, IndexReader reader) {
        List<String> words = units.stream().map(u -> u.kind() == Kind.WORD ? u.text() : "").toList();
        boolean[] place = new boolean[units.size()];
        for (int[] span : Gazetteer.get().spans(words)) {
            for (int k = span[0]; k < span[1]; k++) {
                place[k] = true;
            }
        }
        List<Query> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int placesEnd = PlaceNames.filters(units, i, queries, reader, out);
            if (placesEnd > i) {
                i = placesEnd;
                continue;
            }
            int end = i;
            while (end < units.size() && !place[end]
                    && (end == i ? typedAsName(units.get(end)) : continuesName(units.get(end)))
                    && (end == i || written(reader, units.get(end - 1).text(), units.get(end).text()))) {
                end++;
            }
            int nameEnd = end;
            if (nameEnd - i >= 2 && startsWordWithNext(units, nameEnd - 1)) {
                nameEnd--; // "Luật An ninh mạng": "An" begins "an ninh", the law's name is no person's
            }
            if (nameEnd - i >= 2) {
                for (int[] part : names(units, i, nameEnd, true, queries, reader)) {
                    Query phrase = part[1] - part[0] >= 2
                            ? queries.phrase(UnitQueries.WEIGHTS, text(units, part[0], part[1]), 0, false) : null;
                    if (phrase != null) {
                        out.add(phrase);
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * The names that units {@code from} to {@code to}, typed as one run, hold ({@link NameSplits}), each as the filter
     * that it is written side by side; empty when the run is one name.
     */
    static List<Query> splitNames(List<Unit> units, int from, int to, UnitQueries queries, IndexReader reader) {
        if (to - from < 4) {
            return List.of();
        }
        boolean accented = units.subList(from, to).stream().allMatch(Unit::accented);
        List<int[]> parts = names(units, from, to, accented, queries, reader);
        return parts.size() < 2 ? List.of() : parts.stream().filter(p -> p[1] - p[0] >= 2)
                .map(p -> accented ? queries.phrase(UnitQueries.WEIGHTS, text(units, p[0], p[1]), 0, false)
                        : foldedName(units, p[0], p[1]))
                .toList();
    }

    /**
     * {@code units} with each form of address that opens a name ("Bà Đoàn Thị Hương", "Ong Nguyen Xuan Phuc") marked
     * as a stopword, neither required nor part of the name ({@link NameSplits#addressBefore}): required, "bà" kept 18
     * of the 80 articles naming her, and as part of the name none. {@code units} itself when none does.
     */
    static List<Unit> withoutAddress(List<Unit> units, UnitQueries queries, IndexReader reader) {
        List<Unit> out = null;
        for (int at = 0; at + 1 < units.size(); at++) {
            Unit address = units.get(at);
            boolean accented = address.accented();
            if (!typedAsAnyName(address) || address.stopword() || !NameSplits.isAddress(address)
                    || at > 0 && typedAsAnyName(units.get(at - 1)) && !endsPlace(units, at)
                            && pairWritten(reader, units.get(at - 1), address, accented)) {
                continue; // "Anh" of "Trần Tuấn Anh Hà Tĩnh" ends a name, it opens none
            }
            int end = at + 1;
            // a name's syllable may be typed without diacritics as it is written ("Ông Đinh La Thăng")
            while (end < units.size() && typedAsAnyName(units.get(end))
                    && (end == at + 1 || pairWritten(reader, units.get(end - 1), units.get(end), accented))) {
                end++;
            }
            // a name of one word after a form of address only when it is no Vietnamese syllable ("Ông Trump", "Bà
            // Park"): "Bà Triệu", "Bác Hồ", "Cô Tô" are names whose word alone is another's
            if (end - at < 2 || end - at == 2 && VietnameseLexicon.get().isKnownSyllable(units.get(at + 1).text())) {
                continue;
            }
            // the names of the run, the form of address included: "Bác Hồ Nghệ An" is "Bác Hồ" and "Nghệ An"
            int[] first = names(units, at, end, accented, queries, reader).get(0);
            if (NameSplits.addressBefore(units, at, first[1], reader, counted(units, accented, queries, reader))) {
                out = out == null ? new ArrayList<>(units) : out;
                out.set(at, new Unit(address.kind(), address.text(), address.accented(), true, address.keptWord()));
            }
        }
        return out == null ? units : out;
    }

    /** Whether a place of the gazetteer ends right before {@code at} ("Hà Tĩnh" of "Hà Tĩnh Ông Lê Đình Sơn"). */
    private static boolean endsPlace(List<Unit> units, int at) {
        return at >= 2 && NameSplits.isPlace(units, at - 2, at) || at >= 3 && NameSplits.isPlace(units, at - 3, at);
    }

    private static boolean pairWritten(IndexReader reader, Unit left, Unit right, boolean accented) {
        return accented ? written(reader, left.text(), right.text())
                : writtenFolded(reader, left.text(), right.text());
    }

    /**
     * Whether the query is one name typed with its diacritics ("Hoàng Đức Bình"), which a relaxed search would read
     * as most of its syllables: the name's six articles of 82,137 were followed by 10,632 with two of "Hoàng", "Đức"
     * and "Bình". Also a name with a syllable that has no diacritics ("Hoàng Trung Dũng", "Võ Kim Cự") and a name
     * the archive never writes: relaxed, those found 160 and 15 articles of the 1,500-article demo, none naming the
     * person ("Mai Tiến Dũng", a Kim Dung novel). A place beside a name counts as its setting ("Hà Tĩnh Nghệ An"
     * has every word in 5 articles of the demo; relaxed, 277).
     */
    static boolean isOneName(List<Unit> units, UnitQueries queries, IndexReader reader) {
        List<Unit> words = units.stream().filter(u -> !u.stopword()).toList();
        return !words.isEmpty() && words.stream().allMatch(CapitalisedNames::typedAsAnyName)
                && words.stream().anyMatch(Unit::accented) && filters(units, queries, reader).size() <= 1;
    }

    /**
     * One filter per run of two or more words typed as names, some without diacritics ("Son Doong", "Dinh La
     * Thang", "Đinh La Thang"), each pair of neighbours written side by side, folded, in at least
     * {@link BareNames#WRITTEN_PAIRS} titles or sapos: that an article writes the run's syllables side by side,
     * folded, as the same name typed with its diacritics requires ({@link #filters}). Apart, "dinh", "la" and "thang"
     * are in 31,114 of 82,137 articles, side by side in 306; "Đinh La Thang bị bắt" found 470 articles, every
     * "Thắng" and "tháng" among them, where "Đinh La Thăng bị bắt" finds 91. "Ha Tinh Formosa" is two names
     * ("Formosa Hà Tĩnh"), each filtered as what it is, not one.
     */
    static List<Query> bareFilters(List<Unit> units, IndexReader reader) {
        List<Query> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int placesEnd = PlaceNames.filters(units, i, null, reader, out);
            if (placesEnd > i) {
                i = placesEnd;
                continue;
            }
            int end = i;
            while (end < units.size() && typedAsAnyName(units.get(end))
                    && !(units.get(end).stopword() && NameSplits.isAddress(units.get(end)))
                    && (end == i || writtenFolded(reader, units.get(end - 1).text(), units.get(end).text()))) {
                end++;
            }
            List<Unit> run = units.subList(i, Math.max(i, end));
            // a word without diacritics that the words beside it show typed as meant ("La" of "Đinh La Thăng", "An"
            // of "Luật An ninh", IntendedAccents) leaves the name to the accented query's filters
            if (run.size() >= 2 && run.stream().anyMatch(u -> !u.accented())) {
                for (int[] part : names(units, i, end, false, null, reader)) { // folded: no UnitQueries needed
                    if (part[1] - part[0] >= 2) {
                        out.add(foldedName(units, part[0], part[1]));
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** A word typed as a name, with or without diacritics ("Doong", "Đinh"). */
    private static boolean typedAsAnyName(Unit u) {
        return u.kind() == Kind.WORD && titleCase(u.text());
    }

    /** Whether titles and sapos write the two words side by side, folded, often enough to be a name. */
    private static boolean writtenFolded(IndexReader reader, String left, String right) {
        return reader != null && foldedCount(reader, left, right) >= BareNames.WRITTEN_PAIRS;
    }

    /** The most articles writing the two words side by side, folded, in one text field. */
    private static long foldedCount(IndexReader reader, String left, String right) {
        String pair = VietnameseText.fold(left + "_" + right).toLowerCase(Locale.ROOT);
        try {
            long most = 0;
            for (String base : UnitQueries.TEXT_BASES) {
                most = Math.max(most, reader.docFreq(new Term(Role.WORDS_FOLDED.field(base), pair)));
            }
            return most;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The names of the run {@code from} to {@code to} ({@link NameSplits#names}), counted as typed with diacritics
     * ({@code accented}) or folded.
     */
    private static List<int[]> names(List<Unit> units, int from, int to, boolean accented, UnitQueries queries,
            IndexReader reader) {
        return NameSplits.names(units, from, to, reader, counted(units, accented, queries, reader),
                k -> accented ? writtenCount(reader, units.get(k - 1).text(), units.get(k).text())
                        : foldedCount(reader, units.get(k - 1).text(), units.get(k).text()));
    }

    /** The filter that units from start to end are written as one name, as the search runs it, for counting. */
    private static BiFunction<Integer, Integer, Query> counted(List<Unit> units, boolean accented,
            UnitQueries queries, IndexReader reader) {
        return accented ? (from, to) -> nameAsRun(queries, text(units, from, to), reader)
                : (from, to) -> foldedName(units, from, to);
    }

    /** The filter that units {@code from} to {@code to} are written side by side, folded. */
    private static Query foldedName(List<Unit> units, int from, int to) {
        return SideBySide.folded(units.subList(from, to).stream()
                .map(u -> VietnameseText.fold(u.text()).toLowerCase(Locale.ROOT)).toList());
    }

    /** The filter that a name is written as typed, as the search runs it: what its articles are counted by. */
    private static Query nameAsRun(UnitQueries queries, String name, IndexReader reader) {
        Query phrase = queries.phrase(UnitQueries.WEIGHTS, name, 0, false);
        // one word has no pair to read from the word fields ("Trump" of "Ông Trump")
        return name.indexOf(' ') < 0 ? phrase : queries.pairMatching().asRun(phrase, reader);
    }

    private static String text(List<Unit> units, int from, int to) {
        return units.subList(from, to).stream().map(Unit::text).collect(Collectors.joining(" "));
    }

    /** A word with diacritics written as a name: a capital, then lower-case letters ("Đình", not "ĐBQH" nor "F0"). */
    static boolean typedAsName(Unit u) {
        return u.kind() == Kind.WORD && u.accented() && !u.stopword() && titleCase(u.text());
    }

    /**
     * A word that goes on with a name begun before it: also a stopword typed capitalised ("Nhất" of "Thích Nhất Hạnh",
     * "Chính" of "Phạm Minh Chính", whose name stopped short: 225 articles of the 82k archive with "Phạm Minh Hoàng"
     * and "Phạm Minh Trí", where 105 name him), but not a form of address the query does not require
     * ({@link #withoutAddress}).
     */
    private static boolean continuesName(Unit u) {
        return u.kind() == Kind.WORD && u.accented() && titleCase(u.text())
                && !(u.stopword() && NameSplits.isAddress(u));
    }

    /** A capital, then lower-case letters only: a name's word, not a code ("E5") nor capitals ("RON"). */
    static boolean titleCase(String w) {
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
                && w.codePoints().skip(1).allMatch(Character::isLowerCase);
    }

    /** Whether some title, sapo or body writes the two words side by side, as typed. */
    private static boolean written(IndexReader reader, String left, String right) {
        return writtenCount(reader, left, right) > 0;
    }

    private static long writtenCount(IndexReader reader, String left, String right) {
        try {
            return WrittenNames.written(reader, left, right);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the word at {@code at} and the lower-case word after it make a word of the lexicon ("an ninh"). */
    private static boolean startsWordWithNext(List<Unit> units, int at) {
        if (at + 1 >= units.size() || units.get(at + 1).kind() != Kind.WORD) {
            return false;
        }
        String next = units.get(at + 1).text();
        return next.equals(next.toLowerCase(Locale.ROOT))
                && VietnameseLexicon.get().wordCount(units.get(at).text() + " " + next) > 0;
    }
}
