package vn.khotin.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.VietnamTime;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;
import vn.khotin.search.QueryUnits.Unit;

/**
 * The compile stage's core: turns a {@link ParsedQuery} into a Lucene query. BM25 over the text fields with title
 * and sapo weighted above body, each unit ({@link QueryUnits}: a word, or an abbreviation in any of its forms)
 * matched in the best of its fields with its own accents ({@link UnitQueries}), the accents a word was meant with
 * asked of the archive first ({@link IntendedAccents}), and a proximity boost when the words occur together
 * ({@link ProximityBoost}).
 *
 * <p>Strict, every unit is required, and a word of several syllables typed without diacritics is required whole
 * ({@link Strictness#WHOLE_WORDS}), or each syllable anywhere ({@link Strictness#SYLLABLES}). Relaxed
 * ({@link Strictness#MOST_WORDS}), the plain units need only most of them to match ({@link RequiredUnits}) and
 * articles with all of them are ranked first; quoted phrases, exclusions, fields and dates stay strict.
 * Thread-safe.
 */
final class QueryCompiler {

    private final QueryUnits units;
    private final IntendedAccents accents;
    private final UnitQueries unitQueries;
    private final ProximityBoost proximity;
    private final WholeWords wholeWords;
    private final FoldedPlaces foldedPlaces = FoldedPlaces.DEFAULT;
    /** Whether every article of the index has the catch-all field, asked per query (a reindex adds it). */
    private final BooleanSupplier catchAll;
    /** Whether every article's word fields pair syllables across a soft break, asked per query (a reindex adds it). */
    private final BooleanSupplier softBreakPairs;
    /** The written forms of pairs typed without diacritics, looked up once per reader for filters and words alike. */
    private final WrittenPairs writtenPairs = new WrittenPairs();
    private final WordTermFilters wordFilters = new WordTermFilters(writtenPairs);

    /** A compiler that never uses the catch-all field, and requires words whole with phrases. */
    QueryCompiler(TextAnalysis analysis) {
        this(analysis, () -> false, () -> false);
    }

    /**
     * A compiler whose plain words also carry their catch-all form ({@link UnitQuery}) while {@code catchAll}
     * says the index has that field for every article, and whose filters read the words they require whole from the
     * word fields ({@link WordTermFilters}) while {@code softBreakPairs} says those pair syllables across a soft break.
     */
    QueryCompiler(TextAnalysis analysis, BooleanSupplier catchAll, BooleanSupplier softBreakPairs) {
        this.catchAll = catchAll;
        this.softBreakPairs = softBreakPairs;
        this.units = new QueryUnits(analysis.vietnamese());
        this.accents = new IntendedAccents(new AccentVariants(analysis.vietnamese().lexicon()));
        this.unitQueries = new UnitQueries(analysis, new PairMatching(wordFilters, softBreakPairs));
        this.wholeWords = new WholeWords(analysis, writtenPairs);
        this.proximity = new ProximityBoost(analysis, unitQueries.synonyms());
    }

    /**
     * A compiled query and what goes with it: the query the highlighter gets (the proximity boost's sloppy phrases
     * replaced by their terms: as phrases they made the highlighter check positions in every hit, while their
     * words are marked anyway), the body phrase of the second pass, and the number of plain units (a query with
     * fewer than {@link RequiredUnits#MIN_RELAXED_UNITS} is never relaxed), and the word pairs read as mistyped
     * ({@link Kind#MISTYPED}, as typed: "Hồng Lỉnh"), which the suggestion shows as meant; relaxed, what an
     * article with every word has ({@link RequiredUnits.Added#allWords}).
     */
    record Compiled(Query query, Query highlight, Query bodyPhrase, int plainUnits,
            List<MisreadPairs.Pair> misreadPairs, boolean wholeWords, boolean oneWord, boolean oneName,
            Query allWords) {}

    /** The strict query. */
    Query compile(ParsedQuery parsed, IndexReader reader) {
        return compile(parsed, reader, Strictness.WHOLE_WORDS).query();
    }

    /**
     * Warnings for the query's field clauses (author, place, category, tag) that no article matches: the search then
     * finds nothing, and the user should know which part of the query did it ({@code địa danh:Nghệ An}).
     */
    List<String> unmatchedFields(ParsedQuery typed, IndexReader reader) {
        if (reader == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
        ParsedQuery joined = NameRuns.join(typed, reader, unitQueries);
        for (List<Clause> group : joined.groups()) {
            Clause c = group.get(0);
            if (group.size() != 1 || c.target() != Target.FIELD) {
                continue;
            }
            Query q = unitQueries.keyword(c.field(), c.text());
            try {
                if (q != null && searcher.count(q) == 0) {
                    out.add(FilterValues.unmatched(c.field(), c.text()));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        out.addAll(NameRuns.cutShort(joined, reader, unitQueries));
        return out;
    }

    /**
     * Compiles a query.
     *
     * @param reader the index, to tell whether an accented word exists as typed (if not, its folded form is
     *     searched as well, so a wrong accent still finds something); null to always add the weak fallback
     * @param strictness how much of the plain words an article must have (see the class documentation)
     */
    Compiled compile(ParsedQuery typed, IndexReader reader, Strictness strictness) {
        ParsedQuery parsed = NameRuns.join(typed, reader, unitQueries);
        List<Unit> typedUnits = units.markStopwords(accents.withIntendedAccents(reader, units.of(plainWords(parsed))));
        List<Unit> plainUnits = CapitalisedNames.withoutAddress(
                LoanWords.joined(CodeWords.joinedRoads(DocumentReferences.withCodes(typedUnits))), unitQueries, reader);
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        RequiredUnits.Added added = RequiredUnits.add(unitQueries, wholeWords, reader, plainUnits, strictness,
                catchAll.getAsBoolean(),
                strictness == Strictness.MOST_WORDS ? foldedPlaces.nameFilters(plainUnits) : List.of(), top);
        int required = added.required();
        int scoring = required;
        for (List<Clause> group : parsed.groups()) {
            if (isPlainWord(group)) {
                continue;
            }
            Query q = group(reader, group);
            if (q != null) {
                boolean filterOnly = group.stream().allMatch(c -> isFilter(c.target()));
                top.add(q, filterOnly ? Occur.FILTER : Occur.MUST);
                required++;
                scoring += filterOnly ? 0 : 1;
            }
        }
        for (Clause c : parsed.excluded()) {
            Query x = clause(reader, c);
            if (x != null) {
                top.add(x, Occur.MUST_NOT);
            }
        }
        String canonical = PlaceNames.canonicalText(plainUnits, unitQueries, reader);
        boolean folded = QueryUnits.anyUnaccented(plainUnits);
        Query boost = plainUnits.size() > 1 ? proximity.proximity(canonical, folded) : null;
        if (boost != null) {
            top.add(boost, Occur.SHOULD);
        }
        Query reference = DocumentReferences.bonus(reader, typedUnits);
        if (reference != null) {
            top.add(reference, Occur.SHOULD);
        }
        Query place = folded ? foldedPlaces.boost(plainUnits) : null;
        if (place != null) {
            top.add(place, Occur.SHOULD);
        }
        Query bareName = folded && reader != null ? BareNames.boost(reader, plainUnits) : null;
        if (bareName != null) {
            top.add(bareName, Occur.SHOULD);
        }
        Query dates = dateRange(parsed.from(), parsed.to());
        if (dates != null) {
            top.add(dates, Occur.FILTER);
        }
        if (required == 0) {
            if (!parsed.groups().isEmpty()) {
                return new Compiled(new MatchNoDocsQuery("only punctuation"), null, null, 0, List.of(), false, false,
                        false, null);
            }
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (scoring == 0) {
            top.add(new MatchAllDocsQuery(), Occur.SHOULD);
        }
        Query q = top.build();
        Query bodyPhrase = plainUnits.size() > 1 ? proximity.bodyPhrase(canonical, folded) : null;
        int counted = (int) plainUnits.stream().filter(u -> !u.stopword()).count();
        List<MisreadPairs.Pair> misread = plainUnits.stream().filter(u -> u.kind() == QueryUnits.Kind.MISTYPED)
                .map(u -> new MisreadPairs.Pair(u.text(), u.keptWord())).toList();
        Query allWords = added.allWords();
        Query highlight = ProximityBoost.highlightQuery(q, boost);
        if (softBreakPairs.getAsBoolean()) {
            q = wordFilters.of(q, reader);
            allWords = allWords == null ? null : wordFilters.filter(allWords, reader);
        }
        boolean alone = added.wholeWords() && parsed.groups().stream()
                .allMatch(g -> isPlainWord(g) || g.stream().allMatch(c -> isFilter(c.target())));
        boolean oneWord = alone && wholeWords.isOneWord(plainUnits);
        // a name alone stays whole: its syllables scattered are other people ("Đinh Nho Liêm": 22 articles of
        // 82,137 with "Mỹ Đình", "nhỏ", none naming him)
        boolean oneName = alone && CapitalisedNames.isOneName(plainUnits, unitQueries, reader);
        return new Compiled(q, highlight, bodyPhrase, counted, misread, added.wholeWords(), oneWord, oneName,
                allWords);
    }

    /** The words of the single-word, unquoted, text groups in query order: the query's plain words. */
    private static List<String> plainWords(ParsedQuery parsed) {
        List<String> words = new ArrayList<>();
        for (List<Clause> g : parsed.groups()) {
            if (isPlainWord(g)) {
                words.add(g.get(0).text());
            }
        }
        return words;
    }

    private static boolean isPlainWord(List<Clause> group) {
        return group.size() == 1 && group.get(0).target() == Target.TEXT && !group.get(0).phrase();
    }

    private Query group(IndexReader reader, List<Clause> group) {
        if (group.size() == 1) {
            return clause(reader, group.get(0));
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        int n = 0;
        for (Clause c : group) {
            Query x = clause(reader, c);
            if (x != null) {
                or.add(x, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : or.build();
    }

    private static boolean isFilter(Target t) {
        return t == Target.FIELD;
    }

    /** One clause, or null when it has no searchable terms (punctuation). */
    private Query clause(IndexReader reader, Clause c) {
        return switch (c.target()) {
            case TEXT -> text(reader, UnitQueries.WEIGHTS, c);
            case TEXT_FIELD -> text(reader, Map.of(c.field(), 1f), c);
            case FIELD -> unitQueries.keyword(c.field(), c.text());
        };
    }

    /** A quoted phrase (abbreviations in either form), or the units of unquoted words, all required. */
    private Query text(IndexReader reader, Map<String, Float> bases, Clause c) {
        if (c.phrase()) {
            List<Unit> us = accents.inPhrase(reader, units.of(List.of(c.text().strip().split("\\s+"))));
            List<Unit> road = CodeWords.joinedRoads(us);
            if (road.size() == 1 && !CodeWords.spacedVariants(road.get(0).text()).isEmpty()) {
                // a quoted code ("QL1A", "quốc lộ 1A") is found in each way it is written, as unquoted
                return unitQueries.unit(reader, bases, road.get(0));
            }
            // taken literally: a phrase typed with some diacritics is searched as typed, bare words included
            // (quoted "Kỳ Nam" is the commune, not "cùng kỳ năm"); one typed with none, folded ("uy ban nhan dan")
            boolean folded = us.stream().noneMatch(u -> u.kind() == QueryUnits.Kind.WORD
                    && VietnameseText.hasDiacritics(u.text())) && QueryUnits.anyUnaccented(us);
            return unitQueries.phrase(bases, QueryUnits.canonicalText(us), c.slop(), folded);
        }
        List<Unit> us = units.of(List.of(c.text().strip().split("\\s+")));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (Unit u : us) {
            Query q = unitQueries.unit(reader, bases, u);
            if (q != null) {
                all.add(q, Occur.MUST);
                n++;
            }
        }
        return n == 0 ? null : n == 1 ? all.build().clauses().get(0).query() : all.build();
    }

    /** A filter on the publication date in Vietnam time, inclusive of both days; null if unbounded. */
    static Query dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        long lo = from == null ? Long.MIN_VALUE
                : from.atStartOfDay(VietnamTime.ZONE).toInstant().toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(ArticleSchema.PUBLISHED, lo, hi);
    }
}
