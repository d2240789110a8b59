package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link RequiredUnits}): the clauses of a strict search, every unit required. With
 * {@link Strictness#WHOLE_WORDS} each word typed without diacritics, each name and each place is also required
 * whole; with {@link Strictness#SYLLABLES} only the names typed with diacritics and the places are, and an article
 * that writes the others whole too is one with every word ({@link Added#allWords}), as the strict
 * search would have found it, and ranks first ({@link #WHOLE_WORDS_FIRST}). Stateless.
 */
final class StrictUnits {

    private StrictUnits() {}

    /**
     * What {@link #add} added besides the required units: whether some words or a name must be whole, and with
     * {@link Strictness#SYLLABLES} what an article with every word written whole has besides (else null).
     */
    record Added(boolean wholeWords, Query allWords) {}

    /** Adds the required clauses of {@code unitQueries} (the plain units' queries) and the filters to {@code top}. */
    static Added add(UnitQueries queries, WholeWords wholeWords, IndexReader reader,
            List<Unit> plainUnits, Strictness strictness, List<Query> unitQueries, BooleanQuery.Builder top) {
        unitQueries.forEach(q -> top.add(q, Occur.MUST));
        // words typed without diacritics and capitalised places, each written whole (WholeWords#strictFilters)
        List<Query> whole = new ArrayList<>();
        List<Query> names = new ArrayList<>();
        if (!unitQueries.isEmpty()) {
            whole.addAll(wholeFilters(wholeWords, plainUnits, reader));
            names.addAll(CapitalisedNames.filters(plainUnits, queries, reader));
        }
        if (strictness != Strictness.SYLLABLES) {
            names.removeAll(whole);
            whole.forEach(w -> top.add(w, Occur.FILTER));
            names.forEach(w -> top.add(w, Occur.FILTER));
            return new Added(!whole.isEmpty(), null);
        }
        // a name typed with its diacritics stays whole even when few articles write it ("Lý Sơn": 3 of the
        // 1,500-article demo's, where its syllables anywhere found 99), and so does a place ("Hoàng Đức Bình bị
        // bắt ở Nghệ An": its syllables anywhere, 75 articles against 4): only words typed without diacritics
        // and names typed so fall back to syllables anywhere (ForgivingSearch). An article that still writes
        // them whole is one with every word, as the strict search would have found it.
        List<Query> places = unitQueries.isEmpty() ? List.of() : wholeWords.placeFilters(plainUnits);
        places.forEach(w -> top.add(w, Occur.FILTER));
        names.stream().filter(f -> !places.contains(f)).forEach(f -> top.add(f, Occur.FILTER));
        whole.removeAll(places);
        whole.removeAll(names);
        if (whole.isEmpty()) {
            return new Added(false, null);
        }
        Query allWords = allOf(whole);
        top.add(new BoostQuery(new ConstantScoreQuery(allWords), WHOLE_WORDS_FIRST), Occur.SHOULD);
        return new Added(false, allWords);
    }

    /**
     * What an article with every word written whole scores besides its words, when the search falls back to
     * syllables: above any score of the words, so those articles come first in relevance order as in date order
     * (fewer than a page of them, by the fall-back's rule). Without it they only ranked higher when a title or sapo
     * wrote the word: on the 1,500-article demo, 6 of the 7 articles writing "từ thiện" for {@code tu thien} ranked
     * #17 to #151, below "Thừa Thiên" and "thiên nhiên".
     */
    static final float WHOLE_WORDS_FIRST = 10_000f;

    /**
     * What the strict search requires whole besides the names typed with diacritics ({@link WholeWords#strictFilters},
     * and the names typed without diacritics, {@link CapitalisedNames#bareFilters}).
     */
    private static List<Query> wholeFilters(WholeWords wholeWords, List<Unit> plainUnits, IndexReader reader) {
        List<Query> whole = new ArrayList<>(wholeWords.strictFilters(plainUnits, reader));
        CapitalisedNames.bareFilters(plainUnits, reader).stream().filter(f -> !whole.contains(f)).forEach(whole::add);
        return whole;
    }

    private static Query allOf(List<Query> filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach(f -> all.add(f, Occur.FILTER));
        return all.build();
    }
}
