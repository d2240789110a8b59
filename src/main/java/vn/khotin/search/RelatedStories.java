package vn.khotin.search;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.RelatedTerms.WeightedTerm;

/**
 * "Tin liên quan": stories related to an archived article, or to a draft an editor pastes. The source is described
 * by whole words, names, places and tags ({@link RelatedTerms}); stories sharing them are fetched
 * ({@link RelatedQueries}), then each is scored by one explainable function ({@link RelatedScoring},
 * {@link RelatedRanking}) and kept only above its cut-off, so a story with nothing closely related gets few or no
 * suggestions rather than padding. The source's copies and copies among the suggestions (same title, or
 * near-identical text) are left out and counted. A source too short to describe (a title, one word) is answered by a
 * search for its text. Thread-safe.
 */
public final class RelatedStories {

    /** Stories fetched for scoring. */
    static final int CANDIDATES = 60;
    /** A source with fewer terms than this (and no names or places) is answered by a search. */
    static final int MIN_TERMS = 3;
    /** The reason line of a short draft's suggestions, before the text searched for. */
    static final String SEARCHED_FOR = "Bản thảo quá ngắn để so sánh; kết quả tìm kiếm theo ";
    /** Names in more than this share of articles are not rare: they count little for people and events. */
    static final double RARE_NAME_SHARE = 0.005;

    private final ArticleIndex index;
    private final ArticleSearch search;
    private final TextAnalysis analysis = TextAnalysis.get();
    private final RelatedTerms terms;
    private final RelatedQueries queries;
    private final RelatedRanking ranking;

    public RelatedStories(ArticleIndex index) {
        this(index, new ArticleSearch(index));
    }

    /** Related stories sharing the search of the same index (for the fallback of short drafts). */
    public RelatedStories(ArticleIndex index, ArticleSearch search) {
        this(index, search, RelatedScoring.DEFAULT);
    }

    RelatedStories(ArticleIndex index, ArticleSearch search, RelatedScoring.Weights weights) {
        this.index = index;
        this.search = search;
        QueryUnits units = new QueryUnits(analysis.vietnamese());
        this.terms = new RelatedTerms(analysis.vietnamese(), units);
        this.queries = new RelatedQueries(analysis);
        this.ranking = new RelatedRanking(weights);
    }

    /** Related stories for an archived article; empty if the article is not in the index. */
    public RelatedResult forArticle(long id, int max) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return new RelatedResult(List.of(), 0, false);
            }
            Article a = StoredArticles.article(searcher, doc);
            Document stored = searcher.storedFields().document(doc, Set.of(ArticleSchema.PLACE, ArticleSchema.NAME));
            RelatedSource src = new RelatedSource(id, a.title(), a.sapo(), a.bodyText(),
                    List.of(stored.getValues(ArticleSchema.PLACE)), List.of(stored.getValues(ArticleSchema.NAME)),
                    a.tags(), a.published(), NearDuplicates.simhash(searcher, doc), doc);
            return related(searcher, src, max);
        });
    }

    /**
     * Related stories for a draft (the editor's case): its title (may be empty) and text, plain or pasted as HTML
     * ({@link DraftText}), and its intended publication time (null: now).
     */
    public RelatedResult forDraft(String title, String text, OffsetDateTime when, int max) {
        String t = DraftText.plain(title);
        String body = DraftText.plain(text);
        if (DraftAccents.typedWithout(t + "\n" + body)) {
            String restoredTitle = search.suggestions().restoreTextAccents(t);
            String restoredBody = search.suggestions().restoreTextAccents(body);
            RelatedResult r = plainDraft(restoredTitle, restoredBody, when, max);
            return restoredTitle.equals(t) && restoredBody.equals(body) ? r : r.withAccentsRestored();
        }
        return plainDraft(t, body, when, max);
    }

    private RelatedResult plainDraft(String t, String body, OffsetDateTime when, int max) {
        ArticleFeatures f = ArticleFeatures.of(t, body, "", Gazetteer.get());
        Long simhash = body.length() >= ArticleSchema.MIN_DUPLICATE_TEXT ? f.simhash() : null;
        RelatedSource src = new RelatedSource(-1, t, "", body, f.places(), f.names(), List.of(),
                when == null ? OffsetDateTime.now() : when, simhash, -1);
        return index.withSearcher(searcher -> related(searcher, src, max));
    }

    private RelatedResult related(IndexSearcher searcher, RelatedSource src, int max) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        RelatedTerms.Description d = terms.extract(reader, src.title(), src.sapo(), src.body(),
                src.doc() >= 0 ? 2 : 1);
        List<WeightedTerm> ts = d.terms();
        List<String> places = src.places().stream().filter(p -> RelatedQueries.placeWeight(p) >= 0.5).toList();
        // Names are capitalised runs; keep those the segmenter also sees as a unit ("Ban Chỉ" of "Ban Chỉ huy" is not).
        List<String> names = src.names().stream().filter(n -> d.units().contains(RelatedTerms.unitKey(n))).toList();
        src = new RelatedSource(src.id(), src.title(), src.sapo(), src.body(), src.places(), names, src.tags(), src.published(),
                src.simhash(), src.doc());
        if (ts.size() < MIN_TERMS && places.isEmpty() && names.isEmpty()) {
            return fallback(src, max);
        }
        int n = Math.max(1, reader.numDocs());
        Set<String> rareNames = new LinkedHashSet<>();
        for (String name : src.names()) {
            int df = reader.docFreq(new Term(ArticleSchema.NAME, name));
            if (df > (src.doc() >= 0 ? 1 : 0) && df <= Math.max(3, n * RARE_NAME_SHARE)) {
                rareNames.add(name);
            }
        }
        TopDocs top = searcher.search(queries.candidateQuery(src, ts, places, rareNames), CANDIDATES);
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        List<Query[]> fieldQueries = new ArrayList<>();
        for (WeightedTerm t : ts) {
            fieldQueries.add(queries.partQueries(t));
        }
        byte[][] presence = RelatedCandidates.presence(searcher, fieldQueries, docs);
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scores[i] = top.scoreDocs[i].score;
        }
        return ranking.rank(searcher, src, d, presence, docs, scores, rareNames, max);
    }

    /**
     * A short source (a title, one word) as a search for its text. A source with nothing to search for (only
     * function words, "và của là những các", or no word at all) gets nothing, and says why: its search listed
     * random stories, each "related" by the whole draft.
     */
    private RelatedResult fallback(RelatedSource src, int max) throws IOException {
        String text = src.title() + "\n" + src.body();
        if (!terms.hasSearchableWord(text)) {
            boolean letters = text.codePoints().anyMatch(Character::isLetter);
            return new RelatedResult(List.of(), 0, false,
                    letters ? RelatedResult.ONLY_FUNCTION_WORDS : RelatedResult.NO_WORDS);
        }
        String query = plainWords(src.title() + " " + src.body());
        if (query.isEmpty()) {
            return new RelatedResult(List.of(), 0, true);
        }
        SearchResult r = search.search(SearchRequest.builder(query).size(max + 1).build());
        List<RelatedStory> out = new ArrayList<>();
        String shown = query.length() > 60 ? query.substring(0, query.lastIndexOf(' ', 60) + 1).strip() + " …" : query;
        for (SearchHit h : r.hits()) {
            if (h.id() != src.id() && out.size() < max) {
                // no shared word, name or place was compared: the line says what the story is a result of
                RelatedReasons reasons = new RelatedReasons(List.of(), List.of(), List.of(), List.of(), false, null);
                out.add(new RelatedStory(h.id(), h.url(), h.title(), h.published(), h.score(), reasons,
                        SEARCHED_FOR + "«" + shown + "»"));
            }
        }
        return new RelatedResult(out, 0, true);
    }

    /**
     * A short draft's words as a search reads plain words: its letters and digits only, at most 200 characters. A
     * draft is text, not a query: "...", "OR", "-lũ" or "từ:01/2026" listed the newest articles as related (and
     * "NOT" would now exclude the word after it).
     */
    static String plainWords(String draft) {
        StringBuilder sb = new StringBuilder();
        for (String w : draft.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !WordOperators.isOperator(w) && sb.length() + w.length() < 200) {
                sb.append(sb.length() == 0 ? "" : " ").append(w);
            }
        }
        return sb.toString();
    }

    /** Baseline for the evaluation: Lucene's plain More-Like-This over the body text only. */
    public List<Long> plainMoreLikeThis(long id, int max) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return List.of();
            }
            // The body is not a stored field (it is stored once, in the source JSON): give its text to MLT.
            return moreLikeThis(searcher, StoredArticles.article(searcher, doc).bodyText(), id, max);
        });
    }

    /**
     * Baseline for the evaluation of drafts: the same plain More-Like-This, of a text that is not in the archive (a
     * draft's title and text), matched against the archive's bodies.
     */
    public List<Long> plainMoreLikeThisText(String text, int max) {
        return index.withSearcher(searcher -> moreLikeThis(searcher, text, -1, max));
    }

    /** Lucene's More-Like-This of {@code text} over the body field, leaving out the article {@code id} (or none). */
    private List<Long> moreLikeThis(IndexSearcher searcher, String text, long id, int max) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analysis.indexAnalyzer());
        mlt.setFieldNames(new String[] {ArticleSchema.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(ArticleSchema.BODY, new java.io.StringReader(text));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, Occur.SHOULD);
        if (id >= 0) {
            q.add(RelatedQueries.idQuery(id), Occur.MUST_NOT);
        }
        List<Long> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q.build(), max).scoreDocs) {
            out.add(StoredArticles.idOf(searcher, sd.doc));
        }
        return out;
    }

    private static int docOf(IndexSearcher searcher, long id) throws IOException {
        TopDocs top = searcher.search(RelatedQueries.idQuery(id), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** The article's own editors' links, for the evaluation. */
    Optional<List<Long>> goldLinks(long id) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            return doc < 0 ? Optional.empty() : Optional.of(StoredArticles.article(searcher, doc).relatedIds());
        });
    }
}
