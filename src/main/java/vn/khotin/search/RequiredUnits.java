package vn.khotin.search;

import static vn.khotin.analysis.VietnameseText.capitalised;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): a query's plain units as the clauses that decide what matches.
 * Strict, every unit is required. Relaxed, only most of the words ({@link #relaxedMinimum}; a word of several
 * syllables counts once, and only written whole); articles with every word together rank first (all the units,
 * each word of several syllables written as one word: {@link WholeWords}, and the words near one another:
 * {@link WordsTogether}) and, below those, articles with every name the query capitalises, the rarer words an
 * article has counting for more ({@link #RARE_WORD_WEIGHT}). A year among other words ranks but is never required.
 * Stateless.
 */
final class RequiredUnits {

    /** A relaxed query needs at least this many plain units; fewer are always strict. */
    static final int MIN_RELAXED_UNITS = 3;
    /**
     * Share of the query's words a relaxed match must have, a word of several syllables counting once (and only
     * where its syllables stand together). Measured on the judged dev queries: counting syllables, 60 % of them
     * (dev nDCG@10 0.8453), let "ảnh hưởng" stand for the "huong" of {@code huong khe}; counting words, 60 % was
     * stricter than that and lost (0.8445), 50 % won (0.8489), 40 % less (0.8475).
     */
    static final double RELAXED_SHARE = 0.5;
    /**
     * Added to an article that has every word together ({@link #TOGETHER_WINDOW}), so that in a relaxed search those
     * always rank first.
     */
    static final float ALL_UNITS_BONUS = 1000f;
    /**
     * Added, in a relaxed search, to an article that has every name the query capitalises ("Hà Tĩnh" in a long
     * question about earthquakes): below {@link #ALL_UNITS_BONUS}, above most text scores. With the words weighed
     * by their rarity, 10 (best without that weighing) let the rarity of "lũ lụt" outweigh the place typed ("lu lut
     * huong khe ngap sau": {@code RelaxedFoldedPlaceTest}), and 30 let a village story with "Hà Tĩnh" and "giáo
     * viên" outrank one on recruitment violations without the place ({@code RelaxedWholeWordsTest}). Judged dev at
     * 10 / 20 / 30: 0.8526 / 0.8549 / 0.8532.
     */
    static final float ALL_NAMES_BONUS = 20f;
    /**
     * In a relaxed search, each word an article has adds this many times the word's rarity (its BM25 inverse
     * document frequency) as a constant, so that of two articles with most of the words the one with the rarer words
     * ranks first, however often the other writes the common ones in its title. "Hà Tĩnh dừng mô hình VNEN" (two
     * articles with every word) ranked Hà Tĩnh stories that stop something (three common words) above the other
     * stories on VNEN (a word of 16 articles in 82,137): dev nDCG@10 0.782 → 0.948. Judged dev at 0 / 3 / 6 / 10 /
     * 20 / 40: 0.8418 / 0.8469 / 0.8482 / 0.8475 / 0.8469 / 0.8391.
     */
    static final float RARE_WORD_WEIGHT = 6f;
    /**
     * A name of several syllables written whole weighs by its own rarity too, when at most this share of the
     * articles write it: "buôn lậu ma túy qua Cầu Treo" (the border gate, 91 articles of 82,137, its syllables
     * common words) ranked drug busts abroad above the border gate's (dev 0.432 → 0.827). Not "Hà Tĩnh" (2 % of
     * the evaluation archive, most of a Hà Tĩnh paper's): measured for every name, dev 0.8517, at 5 % the same, at
     * 1 % 0.8526 (against 0.8489 without).
     */
    static final double RARE_NAME_SHARE = 0.01;

    /**
     * A word's rarity is counted exactly up to this many articles and estimated from a sample beyond
     * ({@link SampledBlocks#count}): the sample's error there (about 2 %) moves the rarity by 0.02. At 4,096 one
     * dev query of 125 swapped two results (0.928 → 0.911); at this value every judged query is as before.
     */
    static final long RARITY_EXACT_BELOW = 16_384;

    /**
     * How many characters of an article's body the words it has only there may spread over for the article to have
     * the query's words together, and rank first in a relaxed search ({@link WordsTogether}; words in the title,
     * the sapo or a caption count wherever the others are). About two paragraphs. Judged dev nDCG@10 at 300 / 600 /
     * 1,200 / 2,400 characters and anywhere in the article: 0.8575 / 0.8574 / 0.8578 / 0.8564 / 0.8549 (round-ups
     * and passing mentions no longer take the first places of {@code sai phạm tuyển dụng giáo viên Hà Tĩnh}, {@code
     * tiêu chí xã NTM Hà Tĩnh}, {@code những thủ đoạn gọi điện giả danh công an …}).
     */
    static final int TOGETHER_WINDOW = 1200;

    private RequiredUnits() {}

    /**
     * What {@link #add} added: the required clauses, whether some words or a name must be whole, and, relaxed, what
     * an article with every word has (each unit, each word of several syllables whole); with
     * {@link Strictness#SYLLABLES}, the words written whole ({@link StrictUnits}); else null.
     */
    record Added(int required, boolean wholeWords, Query allWords) {}

    /**
     * Adds the plain units to {@code top}: as required clauses ({@link Strictness#WHOLE_WORDS}, where the words of
     * several syllables typed without diacritics and a place's name are also required side by side
     * ({@link WholeWords#strictFilters}), and
     * {@link Strictness#SYLLABLES}), or as one clause needing most of them ({@link Strictness#MOST_WORDS}). With
     * {@code catchAll}, plain words also carry their catch-all form ({@link UnitQuery}). A relaxed search's top tier
     * also needs the words of several syllables written together; the tier below it, every name the query
     * capitalises and each of {@code placeNames}, the places typed without diacritics ({@link FoldedPlaces}).
     */
    static Added add(UnitQueries queries, WholeWords wholeWords, IndexReader reader, List<Unit> plainUnits,
            Strictness strictness, boolean catchAll, List<Query> placeNames, BooleanQuery.Builder top) {
        List<Query> unitQueries = new ArrayList<>();
        Query[] byUnit = new Query[plainUnits.size()];
        boolean[] nameUnit = new boolean[plainUnits.size()];
        boolean onlyNumbers = plainUnits.stream().filter(u -> !u.stopword()).allMatch(RequiredUnits::isYear);
        for (int at = 0; at < plainUnits.size(); at++) {
            Unit u = plainUnits.get(at);
            if (u.stopword()) {
                continue;
            }
            Query q = queries.unit(reader, UnitQueries.WEIGHTS, u, catchAll);
            if (q == null) {
                continue;
            }
            if (isYear(u) && !onlyNumbers) {
                // "cháy rừng Hà Tĩnh 2019": a year ranks articles that have it first but is not required (it is
                // often only in the article's date); other numbers name things ("Thông tư 22", "bão số 10")
                top.add(q, Occur.SHOULD);
            } else {
                nameUnit[unitQueries.size()] = isName(plainUnits, u);
                unitQueries.add(q);
                byUnit[at] = q;
            }
        }
        if (strictness != Strictness.MOST_WORDS || unitQueries.size() < MIN_RELAXED_UNITS
                || CapitalisedNames.isOneName(plainUnits, queries, reader)) {
            // (most words of a query that is one name: as strict)
            StrictUnits.Added strict = StrictUnits.add(queries, wholeWords, reader, plainUnits, strictness,
                    unitQueries, top);
            return new Added(unitQueries.size(), strict.wholeWords(), strict.allWords());
        }
        WordClauses clauses = wordClauses(wholeWords.words(plainUnits), byUnit);
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                relaxedMinimum(clauses.all().size(), clauses.whole()));
        clauses.all().forEach(q -> most.add(q, Occur.SHOULD));
        addRarity(reader, clauses, top);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        int nameCount = 0;
        for (int i = 0; i < unitQueries.size(); i++) {
            Query q = unitQueries.get(i);
            all.add(q, Occur.FILTER);
            if (nameUnit[i]) {
                names.add(q, Occur.FILTER);
                nameCount++;
            }
        }
        // every word: each syllable, and each word of several syllables as one word (WholeWords), but not a run of
        // capitalised words that holds several names ("Nghệ An Hà Tĩnh": no article with both provinces apart had it)
        Set<Query> whole = new LinkedHashSet<>();
        for (SyllableWord w : wholeWords.words(plainUnits)) {
            List<Query> parts = w.name() ? CapitalisedNames.splitNames(plainUnits, w.from(), w.to(), queries, reader)
                    : List.of();
            whole.addAll(parts.isEmpty() ? List.of(w.filter()) : parts);
        }
        whole.addAll(wholeWords.mixedPairFilters(plainUnits)); // "Hà tinh" is "Hà Tĩnh", not "Hà Giang … tỉnh"
        whole.forEach(w -> all.add(w, Occur.FILTER));
        Query allWords = all.build();
        top.add(most.build(), Occur.MUST);
        top.add(new BoostQuery(new WordsTogether(allWords, unitQueries, TOGETHER_WINDOW), ALL_UNITS_BONUS),
                Occur.SHOULD);
        placeNames.forEach(p -> names.add(p, Occur.FILTER));
        List<Query> places = new ArrayList<>(wholeWords.placeFilters(plainUnits));
        places.addAll(wholeWords.mixedPairFilters(plainUnits)); // "Hà tinh": a place typed half accented
        places.forEach(p -> names.add(p, Occur.FILTER));
        if ((nameCount > 0 && nameCount < unitQueries.size()) || !placeNames.isEmpty() || !places.isEmpty()) {
            top.add(new BoostQuery(new ConstantScoreQuery(names.build()), ALL_NAMES_BONUS), Occur.SHOULD);
        }
        return new Added(1, false, allWords);
    }

    /**
     * Each word clause again, scoring {@link #RARE_WORD_WEIGHT} times its rarity in the articles that have it; and
     * each name written whole that is rare enough ({@link #RARE_NAME_SHARE}).
     */
    private static void addRarity(IndexReader reader, WordClauses clauses, BooleanQuery.Builder top) {
        IndexSearcher counter = new IndexSearcher(reader);
        counter.setQueryCache(null);
        long articles = reader.numDocs();
        try {
            for (Query word : clauses.all()) {
                addRarity(word, SampledBlocks.count(counter, word, RARITY_EXACT_BELOW), articles, top);
            }
            for (Query name : clauses.names()) {
                long having = counter.count(name);
                if (having <= RARE_NAME_SHARE * articles) {
                    addRarity(name, having, articles, top);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addRarity(Query word, long having, long articles, BooleanQuery.Builder top) {
        double rarity = Math.log(1 + (articles - having + 0.5) / (having + 0.5));
        top.add(new BoostQuery(new ConstantScoreQuery(word), (float) (RARE_WORD_WEIGHT * rarity)), Occur.SHOULD);
    }

    /**
     * The clauses a relaxed search counts: one per word, a word of several syllables ({@link WholeWords#words})
     * being its syllables' queries, which score it, and the filter that they stand together, so that an article
     * with "ảnh hưởng" and "khe núi" does not have the word "huong khe". A unit left out ({@code null}: a stopword,
     * a year) is left out of its word's clause too. A name counts by its syllables, and is also given whole.
     */
    private static WordClauses wordClauses(List<SyllableWord> words, Query[] byUnit) {
        List<Query> out = new ArrayList<>();
        List<Query> names = new ArrayList<>();
        int whole = 0;
        int w = 0;
        int i = 0;
        while (i < byUnit.length) {
            while (w < words.size() && words.get(w).from() < i) {
                w++; // overlaps a word already taken
            }
            SyllableWord word = w < words.size() && words.get(w).from() == i ? words.get(w) : null;
            Query together = word == null ? null : together(word, byUnit);
            if (word != null && !word.name()) {
                if (together != null) {
                    out.add(together);
                    whole++;
                }
                i = word.to();
                continue;
            }
            // a name counts by its syllables: names typed one after another are read as one ("Kẻ Gổ Cẩm Xuyên", a
            // lake and its district) that articles write apart (measured: as one clause, dev 0.8481 against 0.8489)
            if (together != null) {
                names.add(together);
            }
            if (byUnit[i] != null) {
                out.add(byUnit[i]);
            }
            i++;
        }
        return new WordClauses(out, whole, names);
    }

    /** A word's syllables, each required, and the filter that they stand together; null if none is searched. */
    private static Query together(SyllableWord word, Query[] byUnit) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int k = word.from(); k < word.to(); k++) {
            if (byUnit[k] != null) {
                b.add(byUnit[k], Occur.MUST);
            }
        }
        return b.build().clauses().isEmpty() ? null : b.add(word.filter(), Occur.FILTER).build();
    }

    /**
     * A relaxed search's clauses, {@code whole} of them words of several syllables, and the names of several
     * syllables written whole ({@code names}), which only weigh in {@link #addRarity}.
     */
    private record WordClauses(List<Query> all, int whole, List<Query> names) {}

    /**
     * A capitalised word that names something: not the query's first word (phone keyboards capitalise it)
     * unless the next word is capitalised too ("Hà Tĩnh ..."); abbreviations are concepts, not names.
     */
    private static boolean isName(List<Unit> units, Unit u) {
        if (!(u.kind() == Kind.WORD || u.kind() == Kind.MISTYPED) || u.stopword() || !capitalised(u.text())) {
            return false;
        }
        int at = units.indexOf(u);
        return at > 0 || (units.size() > 1 && capitalised(units.get(1).text())) || VietnameseText.foreign(u.text());
    }

    private static boolean isYear(Unit u) {
        String t = u.text();
        return u.kind() == Kind.WORD && t.length() == 4 && t.chars().allMatch(Character::isDigit)
                && (t.startsWith("19") || t.startsWith("20"));
    }

    /**
     * How many of a query's {@code n} words a relaxed match needs: half ({@link #RELAXED_SHARE}), rounded up, at
     * least two and never all of them; of two words of several syllables each ({@code whole} of the {@code n}), one
     * ({@code huong khe lu lut}: Hương Khê's stories and floods elsewhere, where an archive has no Hương Khê flood,
     * rather than nothing). One word of a single syllable is too little to go by ("cầu" of "cầu Cửa Hội" is also
     * "yêu cầu"). No judged dev query has two words to relax, so the dev figures are the same either way.
     */
    static int relaxedMinimum(int n, int whole) {
        int floor = n == 2 && whole == 2 ? 1 : 2;
        return Math.max(floor, Math.min(n - 1, (int) Math.ceil(n * RELAXED_SHARE)));
    }
}
