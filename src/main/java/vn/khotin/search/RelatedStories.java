package vn.khotin.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.extract.Article;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;

/**
 * "Tin liên quan": stories related to an archived article, or to a draft an editor pastes. Combines
 * More-Like-This over the Vietnamese word fields (multi-syllable words and bigrams; title weighted above sapo
 * above body) with the places, people/organisation names and tags the stories share, and prefers stories close
 * in time. The article itself and its near-duplicate copies are excluded, and copies among the suggestions are
 * folded into one. Each suggestion says why ({@link RelatedStory#reason()}). Thread-safe.
 */
public final class RelatedStories {

    static final float TITLE_WEIGHT = 3f;
    static final float SAPO_WEIGHT = 2f;
    static final float BODY_WEIGHT = 1f;
    static final float PLACE_WEIGHT = 1.5f;
    static final float NAME_WEIGHT = 2.5f;
    static final float TAG_WEIGHT = 3f;
    static final double TIME_HALF_LIFE_DAYS = 180;
    static final double TIME_WEIGHT = 0.5;
    /** Places or names in more than this share of articles say nothing about relatedness. */
    static final double MAX_SHARED_DF = 0.05;
    private static final int MAX_TERMS_PER_FIELD = 20;

    private final ArticleIndex index;
    private final TextAnalysis analysis = TextAnalysis.get();

    public RelatedStories(ArticleIndex index) {
        this.index = index;
    }

    /** Related stories for an archived article; empty if the article is not in the index. */
    public List<RelatedStory> forArticle(long id, int max) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return List.of();
            }
            Article a = ArticleSearch.article(searcher, doc);
            Document stored = searcher.storedFields().document(doc, Set.of(ArticleSchema.PLACE, ArticleSchema.NAME));
            Source src = new Source(a.title(), a.sapo(), a.bodyText(),
                    List.of(stored.getValues(ArticleSchema.PLACE)), List.of(stored.getValues(ArticleSchema.NAME)),
                    a.tags(), a.published(), NearDuplicates.simhash(searcher, doc), doc);
            return related(searcher, src, max);
        });
    }

    /**
     * Related stories for a draft (the editor's case): its title (may be empty) and text, and its intended
     * publication time (null: now).
     */
    public List<RelatedStory> forDraft(String title, String text, OffsetDateTime when, int max) {
        String t = title == null ? "" : title;
        String body = text == null ? "" : text;
        ArticleFeatures f = ArticleFeatures.of(t, body, "", Gazetteer.get());
        Long simhash = body.length() >= ArticleSchema.MIN_DUPLICATE_TEXT ? f.simhash() : null;
        Source src = new Source(t, "", body, f.places(), f.names(), List.of(),
                when == null ? OffsetDateTime.now() : when, simhash, -1);
        return index.withSearcher(searcher -> related(searcher, src, max));
    }

    /** Baseline for the evaluation: Lucene's plain More-Like-This over the body text only. */
    public List<Long> plainMoreLikeThis(long id, int max) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analysis.indexAnalyzer());
            mlt.setFieldNames(new String[] {ArticleSchema.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(25);
            // The body is not a stored field (it is stored once, in the source JSON): give its text to MLT.
            Query like = mlt.like(ArticleSchema.BODY,
                    new java.io.StringReader(ArticleSearch.article(searcher, doc).bodyText()));
            BooleanQuery q = new BooleanQuery.Builder().add(like, Occur.SHOULD)
                    .add(idQuery(id), Occur.MUST_NOT).build();
            List<Long> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, max).scoreDocs) {
                out.add(ArticleSearch.idOf(searcher, sd.doc));
            }
            return out;
        });
    }

    private record Source(String title, String sapo, String body, List<String> places, List<String> names,
            List<String> tags, OffsetDateTime published, Long simhash, int doc) {}

    private record Interesting(String term) {}

    /** Where a source term may match in a candidate: anywhere, a little more in its title and sapo. */
    private static final java.util.Map<String, Float> TARGET_WEIGHTS = java.util.Map.of(
            ArticleSchema.TITLE, 1.5f, ArticleSchema.SAPO, 1.2f, ArticleSchema.BODY, 1f);
    private static final int MAX_TERMS = 40;

    private List<RelatedStory> related(IndexSearcher searcher, Source src, int max) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        int numDocs = Math.max(1, reader.numDocs());
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        java.util.Map<String, Float> weights = new java.util.HashMap<>();
        addMlt(reader, weights, ArticleSchema.TITLE, src.title(), TITLE_WEIGHT, src.doc() >= 0);
        addMlt(reader, weights, ArticleSchema.SAPO, src.sapo(), SAPO_WEIGHT, src.doc() >= 0);
        addMlt(reader, weights, ArticleSchema.BODY, src.body(), BODY_WEIGHT, src.doc() >= 0);
        List<java.util.Map.Entry<String, Float>> ranked = new ArrayList<>(weights.entrySet());
        ranked.sort((x, y) -> Float.compare(y.getValue(), x.getValue()));
        List<Interesting> interesting = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < MAX_TERMS; i++) {
            String term = ranked.get(i).getKey();
            interesting.add(new Interesting(term));
            List<Query> fields = new ArrayList<>();
            for (String base : List.of(ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY)) {
                fields.add(new BoostQuery(new TermQuery(new Term(Role.WORDS.field(base), term)), TARGET_WEIGHTS.get(base)));
            }
            like.add(new BoostQuery(new org.apache.lucene.search.DisjunctionMaxQuery(fields, 0.3f),
                    ranked.get(i).getValue()), Occur.SHOULD);
        }
        List<String> places = selective(reader, ArticleSchema.PLACE, src.places(), numDocs);
        List<String> names = selective(reader, ArticleSchema.NAME, src.names(), numDocs);
        for (String p : places) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.PLACE, p)), PLACE_WEIGHT), Occur.SHOULD);
        }
        for (String n : names) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.NAME, n)), NAME_WEIGHT), Occur.SHOULD);
        }
        for (String t : src.tags()) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.TAG, t)), TAG_WEIGHT), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like.build(), Occur.MUST);
        if (src.doc() >= 0) {
            q.add(idQuery(ArticleSearch.idOf(searcher, src.doc())), Occur.MUST_NOT);
        }
        Query query = q.build();
        if (src.published() != null) {
            query = FunctionScoreQuery.boostByValue(query, new RecencyBoost(src.published().toInstant().toEpochMilli(),
                    TIME_HALF_LIFE_DAYS, TIME_WEIGHT));
        }
        TopDocs top = searcher.search(query, max * 3 + 10);
        List<RelatedStory> out = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (out.size() >= max) {
                break;
            }
            Long h = NearDuplicates.simhash(searcher, sd.doc);
            if (h != null && src.simhash() != null && NearDuplicates.same(h, src.simhash())) {
                continue; // a copy of the article itself
            }
            if (h != null && kept.stream().anyMatch(k -> NearDuplicates.same(k, h))) {
                continue; // a copy of a suggestion already made
            }
            if (h != null) {
                kept.add(h);
            }
            out.add(story(searcher, sd, src, interesting, places, names));
        }
        return out;
    }

    /** Adds the source field's most distinctive word units, weighted by tf-idf and the field's weight. */
    private void addMlt(IndexReader reader, java.util.Map<String, Float> weights, String base, String text,
            float weight, boolean fromIndex) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        String field = Role.WORDS.field(base);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analysis.indexAnalyzer());
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        // An archived article counts itself, so a term it shares with one other story has docFreq 2.
        mlt.setMinDocFreq(fromIndex ? 2 : 1);
        mlt.setMaxDocFreq(Math.max(3, (int) (reader.numDocs() * MAX_SHARED_DF)));
        mlt.setMaxQueryTerms(MAX_TERMS_PER_FIELD);
        mlt.setBoost(true);
        mlt.setMinWordLen(3);
        Query q = mlt.like(field, new StringReader(text));
        if (q instanceof BooleanQuery bq) {
            for (var c : bq.clauses()) {
                float boost = c.query() instanceof BoostQuery b ? b.getBoost() : 1f;
                Query inner = c.query() instanceof BoostQuery b ? b.getQuery() : c.query();
                if (inner instanceof TermQuery tq) {
                    weights.merge(tq.getTerm().text(), boost * weight, Float::sum);
                }
            }
        }
    }

    /** The values rare enough to signal relatedness (a province name is in every other article). */
    private static List<String> selective(IndexReader reader, String field, List<String> values, int numDocs)
            throws IOException {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            int df = reader.docFreq(new Term(field, v));
            if (df > 0 && df <= Math.max(3, numDocs * MAX_SHARED_DF)) {
                out.add(v);
            }
        }
        return out;
    }

    private RelatedStory story(IndexSearcher searcher, ScoreDoc sd, Source src, List<Interesting> interesting,
            List<String> places, List<String> names) throws IOException {
        Article a = ArticleSearch.article(searcher, sd.doc);
        Document stored = searcher.storedFields().document(sd.doc, Set.of(ArticleSchema.PLACE, ArticleSchema.NAME));
        Set<String> theirPlaces = Set.of(stored.getValues(ArticleSchema.PLACE));
        Set<String> theirNames = Set.of(stored.getValues(ArticleSchema.NAME));
        List<String> sharedPlaces = src.places().stream().filter(theirPlaces::contains).toList();
        List<String> sharedNames = src.names().stream().filter(theirNames::contains).limit(5).toList();
        List<String> sharedTags = src.tags().stream().filter(a.tags()::contains).toList();
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        int local = sd.doc - leaf.docBase;
        for (Interesting it : interesting) {
            if (terms.size() >= 6) {
                break;
            }
            String shown = it.term().replace('_', ' ');
            if (terms.contains(shown) || sharedNames.contains(shown) || shownInPlaces(shown, sharedPlaces)) {
                continue;
            }
            if (contains(leaf, local, it)) {
                terms.add(shown);
            }
        }
        Long days = src.published() != null && a.published() != null
                ? Math.abs(Duration.between(src.published(), a.published()).toDays()) : null;
        return new RelatedStory(a.id(), a.url(), a.title(), a.published(), sd.score, List.copyOf(terms),
                sharedPlaces, sharedNames, sharedTags, days, reason(terms, sharedPlaces, sharedNames, sharedTags, days));
    }

    private static boolean shownInPlaces(String term, List<String> places) {
        for (String p : places) {
            if (p.toLowerCase(java.util.Locale.ROOT).contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(LeafReaderContext leaf, int doc, Interesting it) throws IOException {
        for (String base : List.of(ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY)) {
            var terms = leaf.reader().terms(Role.WORDS.field(base));
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(new org.apache.lucene.util.BytesRef(it.term()))) {
                continue;
            }
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            if (pe.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS) {
                return true;
            }
        }
        return false;
    }

    static String reason(Set<String> terms, List<String> places, List<String> names, List<String> tags, Long days) {
        List<String> parts = new ArrayList<>();
        if (!terms.isEmpty()) {
            parts.add("Cùng nói về: " + String.join(", ", terms));
        }
        if (!places.isEmpty()) {
            parts.add("Cùng địa danh: " + String.join(", ", places));
        }
        if (!names.isEmpty()) {
            parts.add("Cùng nhân vật/đơn vị: " + String.join(", ", names));
        }
        if (!tags.isEmpty()) {
            parts.add("Cùng từ khóa: " + String.join(", ", tags));
        }
        if (days != null) {
            parts.add(days == 0 ? "Cùng ngày" : "Cách " + days + " ngày");
        }
        return String.join(" · ", parts);
    }

    private static Query idQuery(long id) {
        return new TermQuery(new Term(ArticleSchema.ID, Long.toString(id)));
    }

    private static int docOf(IndexSearcher searcher, long id) throws IOException {
        TopDocs top = searcher.search(idQuery(id), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** The article's own editors' links, for the evaluation. */
    Optional<List<Long>> goldLinks(long id) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            return doc < 0 ? Optional.empty() : Optional.of(ArticleSearch.article(searcher, doc).relatedIds());
        });
    }

    static List<String> asList(String[] a) {
        return Arrays.asList(a);
    }
}
