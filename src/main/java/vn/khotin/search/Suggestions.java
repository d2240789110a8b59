package vn.khotin.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;

/**
 * Query suggestions from the archive's own statistics: autocomplete of titles and of frequent words and
 * names, accent restoration for queries typed without diacritics ("uy ban nhan dan" → "ủy ban nhân dân", by the
 * phrase-level model of {@link QueryAccents}), Telex/VNI repair ("hoaf binhf" → "hòa bình") and spelling correction
 * ("Có phải bạn muốn tìm …").
 *
 * <p>The word statistics (which accented, capitalised form a folded word or word pair most often has in titles
 * and sapos, {@link WordForms}) are built on first use and rebuilt when the archive has grown by a tenth
 * ({@link WordFormsCache}); they also restore accents until a large archive's first accent model is trained. The
 * spelling candidates are {@link SpellingCorrection}'s and {@link RealWordCorrection}'s; {@link #didYouMean} tries
 * the kinds of suggestion in order and keeps the first that finds more. Thread-safe.
 */
public final class Suggestions {

    /** A completion for the search box. */
    public record Completion(String text, Kind kind, long count, Long articleId) {
        /** What a completion completes to. */
        public enum Kind {
            /** A frequent word or name from the archive. */
            TERM,
            /** The title of an article. */
            TITLE
        }
    }

    private static final int MAX_PREFIX_EXPANSIONS = 64;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Suggestions.class);

    private final ArticleIndex index;
    /** A decoded Telex/VNI word the lexicon lacks is accepted when this many articles write it ("Đoòng"). */
    private static final int ARCHIVE_WORD_DOCS = 3;

    private final TextAnalysis analysis = TextAnalysis.get();
    private final QueryAccents accents;
    /** The word statistics (built on first use), read by autocomplete, spelling and accent restoration. */
    private final WordFormsCache forms;
    private final SpellingSuggestion spelling;
    private final AccentSuggestion accentSuggestion;
    /** Half-accented words ("Hà tinh"), as the strict search reads them. */
    private final MixedPairs mixedPairs;

    public Suggestions(ArticleIndex index) {
        this.index = index;
        this.accents = new QueryAccents(index);
        this.forms = new WordFormsCache(index, LOG);
        this.spelling = new SpellingSuggestion(analysis, forms);
        this.accentSuggestion = new AccentSuggestion(analysis, accents, forms);
        this.mixedPairs = MixedPairs.DEFAULT;
    }

    /** Starts building the statistics now, in the background, so the first user does not wait for them. */
    public void warmUp() {
        if (!forms.ready()) {
            forms.rebuildInBackground();
        }
        accents.warmUp();
    }

    /**
     * Waits until the statistics exist (built here if no build is running), at most {@code timeoutMillis};
     * for benchmarks that must measure steady state, not start-up. Returns whether they are ready.
     */
    public boolean awaitReady(long timeoutMillis) throws InterruptedException {
        warmUp();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while ((!forms.ready() || !accents.ready()) && System.nanoTime() < deadline) {
            if (!forms.building()) {
                forms.rebuildInBackground();
            }
            accents.warmUp();
            Thread.sleep(50);
        }
        return forms.ready() && accents.ready();
    }

    /** Whether the statistics exist and serve an archive of {@code docs} articles as they are. */
    boolean currentFor(int docs) {
        return forms.currentFor(docs) && accents.ready();
    }

    /**
     * Which statistics and accent model serve suggestions now, as a number that changes when either is replaced:
     * a cached result keeps the "did you mean" of the models it was made with ({@link ResultCache}).
     */
    int modelsInUse() {
        return 31 * forms.statsIdentity() + accents.modelIdentity();
    }

    /** Whether the accent model in use was loaded from the file an earlier instance saved beside the index. */
    boolean accentModelFromFile() {
        return accents.loadedFromFile();
    }

    /**
     * Running text typed without diacritics (an editor's draft) with them restored sentence by sentence by the
     * archive's accent model; the text itself while no model exists yet (a large archive's first one trains).
     */
    public String restoreTextAccents(String text) {
        return index.withSearcher(s -> accents.restoreText(s, text));
    }

    /**
     * The query with diacritics restored on the words typed without any ("uy ban nhan dan" → "ủy ban nhân dân"),
     * in the typed case; words typed with diacritics and words the archive does not know stay as typed. Empty if
     * nothing changed.
     */
    public String restoreAccents(String query) {
        return index.withSearcher(s -> accentSuggestion.restore(s, query));
    }

    /**
     * "Có phải bạn muốn tìm …": a Telex/VNI repair, an accent restoration (for a query typed without
     * diacritics) or a spelling correction, if one finds articles; failing those, the query with its mistyped word
     * pairs ({@code misread}, already found as meant) as the archive writes them. Null if none applies.
     */
    Suggestion didYouMean(IndexSearcher searcher, String query, long total, QueryCounter counter,
            List<MisreadPairs.Pair> misread) throws IOException {
        if (query.length() > 200 || query.indexOf('\u0001') >= 0) {
            return null;
        }
        QueryTail t = QueryTail.plainOnly(query) ? null : QueryTail.of(query);
        Suggestion s = t == null ? null
                : didYouMean(searcher, t.words(), total, (x, words) -> counter.count(x, t.with(words)), misread);
        if (t != null) {
            return s == null ? null : Suggestion.offered(t.with(s.query()), s.kind(), s.hits());
        }
        List<String> candidates = analysis.repairCandidates(query, w -> inArchive(searcher, w));
        String telex = candidates.isEmpty() ? query
                : TelexReading.keepingWrittenWords(searcher.getIndexReader(), query, candidates.get(0));
        if (!telex.equals(query) && TelexReading.mostWordsRepaired(query, telex)) {
            long hits = counter.count(searcher, telex);
            // a bare word beside a repaired one, written with it as a lexicon word or place: "Huong Khee" is
            // "Hương Khê", not the half-accented "Huong Khê" (the search reads the pair so already)
            String whole = mixedPairs.restored(telex);
            long wholeHits = whole.equals(telex) ? -1 : counter.count(searcher, whole);
            if (wholeHits >= hits) {
                telex = whole;
                hits = wholeHits;
            }
            // Keystrokes are no words: a query of them that finds nothing is offered its repair even when no
            // article has every repaired word, so that the search can go on with most of them.
            if (hits > total || total == 0) {
                return Suggestion.offered(telex, Suggestion.Kind.TELEX, hits);
            }
        }
        boolean unaccented = TextAnalysis.isUnaccented(query);
        boolean plain = QueryTail.plainOnly(query);
        Suggestion accents = unaccented && plain ? accentSuggestion.suggest(searcher, query, false, counter) : null;
        if (accents != null) {
            return accents;
        }
        Suggestion spelled = plain ? spelling.suggest(searcher, query, total, counter) : null;
        if (spelled != null && spelled.hits() == total && !misread.isEmpty()) {
            // a correction that finds no more than the query as typed, which the search already read as meant
            // ("Hồng Lỉnh" found as Hồng Lĩnh): say how it was read
            Suggestion read = pairReading(searcher, query, counter, misread);
            return read != null ? read : spelled;
        }
        if (spelled != null) {
            return spelled;
        }
        String halfAccented = plain ? mixedPairs.restored(query) : query;
        // a bare syllable is often a word as typed: "doanh thu năm 2020" is no "doanh thứ năm" (Thursday's)
        if (!halfAccented.equalsIgnoreCase(query) // "VIỆT NAM" is no "VIỆT Nam" to offer
                && !TypedPhrases.typedWrittenMore(searcher, analysis, query, halfAccented)) {
            // every bare word restored, where it agrees with the pair's reading: "gia xang dầu" is "giá xăng dầu"
            Suggestion whole = accentSuggestion.suggest(searcher, query, true, counter);
            if (whole != null && keepsRestoredWords(halfAccented, whole.query(), query)) {
                return whole;
            }
            long hits = counter.count(searcher, halfAccented);
            if (hits > 0) {
                return Suggestion.offered(halfAccented, Suggestion.Kind.ACCENTS, hits);
            }
        }
        Suggestion read = pairReading(searcher, query, counter, misread);
        return read != null || unaccented || !plain ? read
                : accentSuggestion.suggest(searcher, query, true, counter);
    }

    /** Whether {@code whole} writes each word {@code half} changed in {@code query} as {@code half} does. */
    private static boolean keepsRestoredWords(String half, String whole, String query) {
        WordChanges halfChanges = WordChanges.of(query, half);
        String[] w = WordChanges.words(whole);
        if (halfChanges == null || w.length != halfChanges.after().length) {
            return false;
        }
        for (int i : halfChanges.changed()) {
            if (!halfChanges.after()[i].equalsIgnoreCase(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** The query with its mistyped word pairs as the archive writes them ({@link MisreadPairs}), or null. */
    private Suggestion pairReading(IndexSearcher searcher, String query, QueryCounter counter,
            List<MisreadPairs.Pair> misread) throws IOException {
        String meant = MisreadPairs.meant(forms.get(searcher), query, misread);
        long hits = meant.isEmpty() ? 0 : counter.count(searcher, meant);
        return hits > 0 ? Suggestion.offered(meant, Suggestion.Kind.PAIR, hits) : null;
    }

    /** Whether the archive writes a syllable as given (any text field, accents and all): a name the lexicon lacks. */
    private static boolean inArchive(IndexSearcher searcher, String syllable) {
        try {
            return SpellingCorrection.docsWriting(searcher.getIndexReader(), syllable) >= ARCHIVE_WORD_DOCS;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Completions for what the user has typed so far: frequent words and names from the archive whose folded
     * form starts with the folded input, then titles matching the words typed (the last one as a prefix, with
     * a bounded number of expansions).
     */
    public List<Completion> complete(String typed, int max) {
        String input = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        if (input.isEmpty() || input.length() > 100 || max <= 0) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            List<Completion> out = new ArrayList<>();
            String k = WordForms.key(input).replaceAll("\\s+", " ");
            WordForms st = forms.get(searcher);
            List<Map.Entry<String, WordForms.Form>> terms = new ArrayList<>();
            for (Map.Entry<String, WordForms.Form> e : st.forms().subMap(k, true, k + Character.MAX_VALUE, true).entrySet()) {
                if (e.getValue().count() >= 2) {
                    terms.add(e);
                }
                if (terms.size() > 5000) {
                    break;
                }
            }
            terms.sort((a, b) -> Long.compare(b.getValue().count(), a.getValue().count()));
            Set<String> seen = new LinkedHashSet<>();
            int termSlots = Math.max(1, max / 2);
            for (Map.Entry<String, WordForms.Form> e : terms) {
                if (out.size() >= termSlots) {
                    break;
                }
                if (seen.add(e.getValue().text())) {
                    long articles = WrittenNames.articlesWriting(searcher, e.getValue().text(),
                            e.getValue().count());
                    out.add(new Completion(e.getValue().text(), Completion.Kind.TERM, articles, null));
                }
            }
            String[] words = k.split(" ");
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            String titleFolded = Role.FOLDED.field(ArticleSchema.TITLE);
            for (int i = 0; i < words.length - 1; i++) {
                b.add(new TermQuery(new Term(titleFolded, words[i])), Occur.MUST);
            }
            PrefixQuery last = new PrefixQuery(new Term(titleFolded, words[words.length - 1]),
                    new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_PREFIX_EXPANSIONS));
            b.add(last, Occur.MUST);
            TopDocs top = searcher.search(b.build(), max);
            for (ScoreDoc sd : top.scoreDocs) {
                if (out.size() >= max) {
                    break;
                }
                var d = searcher.storedFields().document(sd.doc, Set.of(ArticleSchema.TITLE, ArticleSchema.ID));
                String title = d.get(ArticleSchema.TITLE);
                if (title != null && seen.add(title)) {
                    out.add(new Completion(title, Completion.Kind.TITLE, 1, Long.parseLong(d.get(ArticleSchema.ID))));
                }
            }
            return out;
        });
    }
}
