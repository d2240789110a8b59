package vn.khotin.search;

import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.RelatedTerms.Kind;
import vn.khotin.search.RelatedTerms.WeightedTerm;

/**
 * "Tin liên quan": stories related to an archived article, or to a draft an editor pastes. The source is described
 * by whole words, names, places and tags ({@link RelatedTerms}); stories sharing them are fetched, then each is
 * scored by one explainable function ({@link RelatedScoring}) and kept only above its cut-off, so a story with
 * nothing closely related gets few or no suggestions rather than padding. The source's copies and copies among the
 * suggestions (same title, or near-identical text) are left out and counted. A source too short to describe (a
 * title, one word) is answered by a search for its text. Thread-safe.
 */
public final class RelatedStories {

    /** Stories fetched for scoring. */
    static final int CANDIDATES = 60;
    /** A source with fewer terms than this (and no names or places) is answered by a search. */
    static final int MIN_TERMS = 3;
    /** Names in more than this share of articles are not rare: they count little for people and events. */
    static final double RARE_NAME_SHARE = 0.005;
    /** At most this many words in a reason. */
    static final int REASON_WORDS = 4;

    private final ArticleIndex index;
    private final ArticleSearch search;
    private final TextAnalysis analysis = TextAnalysis.get();
    private final RelatedTerms terms;
    private final QueryBuilder synonyms;
    private final RelatedScoring.Weights weights;

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
        this.weights = weights;
        QueryUnits units = new QueryUnits(analysis.vietnamese());
        this.terms = new RelatedTerms(analysis.vietnamese(), units);
        this.synonyms = new QueryBuilder(analysis.queryAnalyzer());
        this.synonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** What a source is: an archived article (doc ≥ 0) or a draft (doc −1). */
    private record Source(long id, String title, String sapo, String body, List<String> places, List<String> names,
            List<String> tags, OffsetDateTime published, Long simhash, int doc) {}

    /** Related stories for an archived article; empty if the article is not in the index. */
    public RelatedResult forArticle(long id, int max) {
        return index.withSearcher(searcher -> {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return new RelatedResult(List.of(), 0, false);
            }
            Article a = StoredArticles.article(searcher, doc);
            Document stored = searcher.storedFields().document(doc, Set.of(ArticleSchema.PLACE, ArticleSchema.NAME));
            Source src = new Source(id, a.title(), a.sapo(), a.bodyText(), List.of(stored.getValues(ArticleSchema.PLACE)),
                    List.of(stored.getValues(ArticleSchema.NAME)), a.tags(), a.published(),
                    NearDuplicates.simhash(searcher, doc), doc);
            return related(searcher, src, max);
        });
    }

    /**
     * Related stories for a draft (the editor's case): its title (may be empty) and text, and its intended
     * publication time (null: now).
     */
    public RelatedResult forDraft(String title, String text, OffsetDateTime when, int max) {
        String t = title == null ? "" : title;
        String body = text == null ? "" : text;
        ArticleFeatures f = ArticleFeatures.of(t, body, "", Gazetteer.get());
        Long simhash = body.length() >= ArticleSchema.MIN_DUPLICATE_TEXT ? f.simhash() : null;
        Source src = new Source(-1, t, "", body, f.places(), f.names(), List.of(),
                when == null ? OffsetDateTime.now() : when, simhash, -1);
        return index.withSearcher(searcher -> related(searcher, src, max));
    }

    private RelatedResult related(IndexSearcher searcher, Source src, int max) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        RelatedTerms.Description d = terms.extract(reader, src.title(), src.sapo(), src.body(),
                src.doc() >= 0 ? 2 : 1);
        List<WeightedTerm> ts = d.terms();
        List<String> places = src.places().stream().filter(p -> placeWeight(p) >= 0.5).toList();
        // Names are capitalised runs; keep those the segmenter also sees as a unit ("Ban Chỉ" of "Ban Chỉ huy" is not).
        List<String> names = src.names().stream().filter(n -> d.units().contains(RelatedTerms.unitKey(n))).toList();
        src = new Source(src.id(), src.title(), src.sapo(), src.body(), src.places(), names, src.tags(), src.published(),
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
        TopDocs top = searcher.search(candidateQuery(src, ts, places, rareNames), CANDIDATES);
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        List<Query[]> fieldQueries = new ArrayList<>();
        for (WeightedTerm t : ts) {
            fieldQueries.add(partQueries(t));
        }
        byte[][] presence = RelatedCandidates.presence(searcher, fieldQueries, docs);
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scores[i] = top.scoreDocs[i].score;
        }
        return rank(searcher, src, d, presence, docs, scores, rareNames, max);
    }

    private RelatedResult rank(IndexSearcher searcher, Source src, RelatedTerms.Description d, byte[][] presence,
            int[] docs, float[] scores, Set<String> rareNames, int max) throws IOException {
        float best = scores.length == 0 ? 1 : Math.max(1e-6f, scores[0]);
        List<WeightedTerm> ts = d.terms();
        double total = ts.stream().mapToDouble(WeightedTerm::weight).sum();
        String srcTitle = titleKey(src.title());
        List<RelatedStory> scored = new ArrayList<>();
        List<Long> keptHashes = new ArrayList<>();
        Set<String> keptTitles = new HashSet<>();
        int copies = 0;
        for (int c = 0; c < docs.length; c++) {
            RelatedCandidates.Stored s = RelatedCandidates.stored(searcher, docs[c]);
            String title = titleKey(s.title());
            boolean copyOfSource = (!srcTitle.isEmpty() && title.equals(srcTitle))
                    || (s.simhash() != null && src.simhash() != null && NearDuplicates.same(s.simhash(), src.simhash()));
            if (copyOfSource || s.id() == src.id()) {
                copies += s.id() == src.id() ? 0 : 1;
                continue;
            }
            double text = 0;
            for (int t = 0; t < ts.size(); t++) {
                text += ts.get(t).weight() * RelatedCandidates.partShare(presence[t][c]);
            }
            text = total == 0 ? 0 : text / total;
            text = (1 - weights.similarity()) * text + weights.similarity() * scores[c] / best;
            RelatedStory story = story(src, s, text, RelatedCandidates.present(ts, presence, c), rareNames,
                    d.archiveSize());
            if (story.score() < weights.cutoff()) {
                continue;
            }
            if (keptTitles.contains(title) || (s.simhash() != null
                    && keptHashes.stream().anyMatch(h -> NearDuplicates.same(h, s.simhash())))) {
                copies++;
                continue;
            }
            keptTitles.add(title);
            if (s.simhash() != null) {
                keptHashes.add(s.simhash());
            }
            scored.add(story);
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        return new RelatedResult(scored.size() > max ? scored.subList(0, max) : scored, copies, false);
    }

    private RelatedStory story(Source src, RelatedCandidates.Stored s, double text, List<WeightedTerm> shared,
            Set<String> rareNames, int archiveSize) {
        List<String> sharedPlaces = new ArrayList<>(src.places().stream().filter(s.places()::contains).toList());
        sharedPlaces.sort((a, b) -> Double.compare(placeWeight(b), placeWeight(a)));
        double placeScore = Math.min(1.5, sharedPlaces.stream().mapToDouble(RelatedStories::placeWeight).sum()) / 1.5;
        List<String> people = src.names().stream().filter(s.names()::contains).limit(4).toList();
        long rare = people.stream().filter(rareNames::contains).count();
        double peopleScore = Math.min(2.0, rare + 0.3 * (people.size() - rare)) / 2.0;
        List<String> tags = src.tags().stream().filter(s.tags()::contains).toList();
        Long days = src.published() == null || s.published() == null ? null
                : Math.abs(src.published().toInstant().toEpochMilli() - s.published()) / 86_400_000L;
        boolean local = sharedPlaces.stream().anyMatch(p -> placeWeight(p) >= 0.5);
        boolean sameEvent = days != null && days <= weights.eventDays() && (rare > 0 || local)
                && text >= weights.eventMinText();
        double recency = days == null ? 0 : Math.exp(-days / 180.0);
        RelatedScoring.Signals signals = new RelatedScoring.Signals(text, placeScore, peopleScore,
                Math.min(1, 0.5 * tags.size()), sameEvent, recency);
        // The province is in every other story: not a reason.
        List<String> shownPlaces = sharedPlaces.stream().filter(p -> placeWeight(p) >= 0.5).toList();
        RelatedReasons reasons = new RelatedReasons(reasonWords(shared, people, shownPlaces, archiveSize), people,
                shownPlaces, tags, sameEvent, days);
        return new RelatedStory(s.id(), s.url(), s.title(), published(s), RelatedScoring.score(signals, weights), reasons,
                reasons.line());
    }

    private static OffsetDateTime published(RelatedCandidates.Stored s) {
        return s.published() == null ? null : java.time.Instant.ofEpochMilli(s.published())
                .atZone(ArticleSchema.ZONE).toOffsetDateTime();
    }

    /** A single-syllable word is shown as a reason only when rarer than this share of the archive ("lũ", "OCOP"). */
    static final double REASON_SYLLABLE_SHARE = 0.01;

    /**
     * The shared words worth showing: the heaviest, leaving out those already said as a person or place and common
     * single syllables ("năm", "nâng"), which weigh a little in the score but explain nothing to an editor.
     */
    private static List<String> reasonWords(List<WeightedTerm> shared, List<String> people, List<String> places,
            int archiveSize) {
        List<String> out = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (String p : people) {
            said.add(p.toLowerCase(Locale.ROOT));
        }
        for (String p : places) {
            said.add(p.toLowerCase(Locale.ROOT));
        }
        for (WeightedTerm t : shared) {
            if (t.kind() == Kind.SYLLABLE && t.docFreq() > Math.max(2, archiveSize * REASON_SYLLABLE_SHARE)) {
                continue;
            }
            String shown = t.display();
            String lower = shown.toLowerCase(Locale.ROOT);
            if (out.size() >= REASON_WORDS || out.stream().anyMatch(o -> o.equalsIgnoreCase(shown))
                    || said.stream().anyMatch(x -> x.contains(lower))) {
                continue;
            }
            out.add(shown);
        }
        return out;
    }

    /** The query that fetches candidates: every term, rare name, local place and tag, weighted. */
    private Query candidateQuery(Source src, List<WeightedTerm> ts, List<String> places, Set<String> rareNames) {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (WeightedTerm t : ts) {
            List<Query> alternatives = new ArrayList<>();
            Query[] parts = partQueries(t);
            float[] boosts = {1.5f, 1.2f, 1f};
            for (int p = 0; p < parts.length; p++) {
                if (parts[p] != null) {
                    alternatives.add(new BoostQuery(parts[p], boosts[p]));
                }
            }
            if (!alternatives.isEmpty()) {
                like.add(new BoostQuery(new DisjunctionMaxQuery(alternatives, 0.3f), (float) t.weight()), Occur.SHOULD);
            }
        }
        for (String p : places) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.PLACE, p)), (float) (2 * placeWeight(p))),
                    Occur.SHOULD);
        }
        for (String name : rareNames) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.NAME, name)), 3f), Occur.SHOULD);
        }
        for (String tag : src.tags()) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.TAG, tag)), 2f), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like.build(), Occur.MUST);
        if (src.doc() >= 0) {
            q.add(idQuery(src.id()), Occur.MUST_NOT);
        }
        return q.build();
    }

    /** A term's query in the title, the sapo and the body. */
    private Query[] partQueries(WeightedTerm t) {
        String[] bases = {ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY};
        Query[] out = new Query[3];
        for (int p = 0; p < 3; p++) {
            out[p] = switch (t.kind()) {
                case UNIT -> new TermQuery(new Term(Role.WORDS.field(bases[p]), t.key()));
                case SYLLABLE -> new TermQuery(new Term(bases[p], t.key()));
                case CONCEPT -> synonyms.createBooleanQuery(Role.FOLDED.field(bases[p]), t.key(), Occur.MUST);
            };
        }
        return out;
    }

    /** How much sharing a place says: a commune or landmark much, a district some, the province almost nothing. */
    static double placeWeight(String label) {
        return Gazetteer.get().byLabel(label).map(p -> switch (p.type()) {
            case "tinh" -> 0.1;
            case "huyen", "thi_xa", "thanh_pho" -> 0.6;
            default -> 1.0;
        }).orElse(0.5);
    }

    /** A title compared for copies: folded, lower case, letters and digits only. */
    private static String titleKey(String title) {
        return VietnameseText.fold(Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A short source (a title, one word) as a search for its text. */
    private RelatedResult fallback(Source src, int max) {
        String text = (src.title() + " " + src.body()).strip();
        if (text.isEmpty()) {
            return new RelatedResult(List.of(), 0, true);
        }
        String query = text.length() > 200 ? text.substring(0, 200) : text;
        SearchResult r = search.search(SearchRequest.builder(query.replace('"', ' ')).size(max + 1).build());
        List<RelatedStory> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            if (h.id() != src.id() && out.size() < max) {
                RelatedReasons reasons = new RelatedReasons(List.of(query), List.of(), List.of(), List.of(), false, null);
                out.add(new RelatedStory(h.id(), h.url(), h.title(), h.published(), h.score(), reasons, reasons.line()));
            }
        }
        return new RelatedResult(out, 0, true);
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
                    new java.io.StringReader(StoredArticles.article(searcher, doc).bodyText()));
            BooleanQuery q = new BooleanQuery.Builder().add(like, Occur.SHOULD)
                    .add(idQuery(id), Occur.MUST_NOT).build();
            List<Long> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, max).scoreDocs) {
                out.add(StoredArticles.idOf(searcher, sd.doc));
            }
            return out;
        });
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
            return doc < 0 ? Optional.empty() : Optional.of(StoredArticles.article(searcher, doc).relatedIds());
        });
    }
}
