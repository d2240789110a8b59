package vn.khotin.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
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
 * and sapos) are built on first use and rebuilt when the archive has grown by a tenth; they also restore accents
 * until a large archive's first accent model is trained. Thread-safe.
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

    /** Counts a query text's matches. */
    @FunctionalInterface
    interface Counter {
        long count(IndexSearcher searcher, String text) throws IOException;
    }

    private static final int MAX_STATS_DOCS = 300_000;
    private static final int MAX_PREFIX_EXPANSIONS = 64;

    /** Up to this many articles the statistics are built synchronously on first use. */
    private static final int SYNC_BUILD_DOCS = 20_000;
    private static final Stats EMPTY = new Stats(0, new TreeMap<>());
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Suggestions.class);

    private final ArticleIndex index;
    private final TextAnalysis analysis = TextAnalysis.get();
    private final QueryAccents accents;
    private final java.util.concurrent.atomic.AtomicBoolean building = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Stats stats;

    public Suggestions(ArticleIndex index) {
        this.index = index;
        this.accents = new QueryAccents(index);
    }

    /** Word statistics: folded key → best display form and its frequency. */
    private record Stats(int docs, NavigableMap<String, Form> forms) {}

    private record Form(String text, long count) {}

    /**
     * The current statistics. A small archive builds them in the calling thread (a few milliseconds), so
     * answers are complete at once. A large one builds them on a background thread while searches go on
     * with what exists (nothing, the first time): reading every title of a 100,000-article archive takes
     * seconds, and no search may wait that long behind it. Stale statistics are always rebuilt in the
     * background.
     */
    private Stats stats(IndexSearcher searcher) throws IOException {
        Stats s = stats;
        int docs = searcher.getIndexReader().numDocs();
        if (s != null && docs <= s.docs() * 1.1 + 10) {
            return s;
        }
        if (s == null && docs <= SYNC_BUILD_DOCS) {
            synchronized (this) {
                if (stats == null) {
                    stats = build(searcher.getIndexReader());
                }
                return stats;
            }
        }
        rebuildInBackground();
        return s == null ? EMPTY : s;
    }

    /** Starts building the statistics now, in the background, so the first user does not wait for them. */
    public void warmUp() {
        if (stats == null) {
            rebuildInBackground();
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
        while ((stats == null || !accents.ready()) && System.nanoTime() < deadline) {
            if (!building.get()) {
                rebuildInBackground();
            }
            accents.warmUp();
            Thread.sleep(50);
        }
        return stats != null && accents.ready();
    }

    private void rebuildInBackground() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                stats = index.withSearcher(searcher -> build(searcher.getIndexReader()));
            } catch (RuntimeException e) {
                LOG.warn("Building suggestion statistics failed: {}", e.toString());
            } finally {
                building.set(false);
            }
        }, "khotin-suggestion-stats");
        thread.setDaemon(true);
        thread.start();
    }

    private static Stats build(IndexReader reader) throws IOException {
        Map<String, Tally> counts = new HashMap<>(1 << 16);
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        Set<String> fields = Set.of(ArticleSchema.TITLE, ArticleSchema.SAPO);
        int n = Math.min(reader.maxDoc(), MAX_STATS_DOCS);
        for (int doc = 0; doc < n; doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            var d = stored.document(doc, fields);
            for (String f : fields) {
                String text = d.get(f);
                if (text != null) {
                    countWords(text, counts);
                }
            }
        }
        TreeMap<String, Form> forms = new TreeMap<>();
        for (Map.Entry<String, Tally> e : counts.entrySet()) {
            Tally t = e.getValue();
            String best = t.first;
            long total = t.firstCount;
            int bestCount = t.firstCount;
            if (t.others != null) {
                for (Map.Entry<String, Integer> f : t.others.entrySet()) {
                    total += f.getValue();
                    if (f.getValue() > bestCount || (f.getValue() == bestCount && f.getKey().compareTo(best) < 0)) {
                        best = f.getKey();
                        bestCount = f.getValue();
                    }
                }
            }
            if (total >= 2 || e.getKey().indexOf(' ') < 0) {
                forms.put(e.getKey(), new Form(best, total));
            }
        }
        return new Stats(reader.numDocs(), forms);
    }

    private static void countWords(String text, Map<String, Tally> counts) {
        String s = VietnameseText.toNewStyle(Normalizer.normalize(text, Normalizer.Form.NFC));
        String prev = null;
        String prevKey = null;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    prev = null; // punctuation ends a word pair
                }
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = s.substring(start, i);
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                    prev = null; // abbreviations are not restored
                    continue;
                }
                // Each word's key is folded once and reused as the first half of the next pair's key.
                String k = key(w);
                add(counts, k, w);
                if (prev != null) {
                    add(counts, prevKey + " " + k, prev + " " + w);
                }
                prev = w;
                prevKey = k;
            }
        }
    }

    /**
     * How often each written form of one key occurs. Nearly every key is written one way only: that form is
     * counted in place, and a map is made only for a second form (millions of keys: one hash lookup and no
     * per-key map is most of the build's time saved).
     */
    private static final class Tally {
        final String first;
        int firstCount = 1;
        Map<String, Integer> others;

        Tally(String first) {
            this.first = first;
        }
    }

    private static void add(Map<String, Tally> counts, String key, String form) {
        Tally t = counts.get(key);
        if (t == null) {
            counts.put(key, new Tally(form));
        } else if (t.first.equals(form)) {
            t.firstCount++;
        } else {
            if (t.others == null) {
                t.others = new HashMap<>(2);
            }
            t.others.merge(form, 1, Integer::sum);
        }
    }

    private static String key(String w) {
        return VietnameseText.fold(w).toLowerCase(Locale.ROOT);
    }

    /**
     * The query with diacritics restored on the words typed without any ("uy ban nhan dan" → "ủy ban nhân dân"),
     * in the typed case; words typed with diacritics and words the archive does not know stay as typed. Empty if
     * nothing changed.
     */
    public String restoreAccents(String query) {
        return index.withSearcher(s -> restoreAccents(s, query));
    }

    /**
     * The accent model's restoration ({@link QueryAccents}); while a large archive's first model trains, the
     * most frequent written form of each word pair or word in titles and sapos.
     */
    private String restoreAccents(IndexSearcher searcher, String query) throws IOException {
        String restored = accents.restore(searcher, query);
        return restored != null ? restored : restoreByForms(stats(searcher), query);
    }

    private static String restoreByForms(Stats stats, String query) {
        String[] words = query.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        while (i < words.length) {
            String w = words[i];
            if (!isPlainWord(w)) {
                out.add(w);
                i++;
                continue;
            }
            if (i + 1 < words.length && isPlainWord(words[i + 1])) {
                Form pair = stats.forms().get(key(w) + " " + key(words[i + 1]));
                if (pair != null && pair.count() >= 2) {
                    out.add(pair.text());
                    changed |= !pair.text().equals(w + " " + words[i + 1]);
                    i += 2;
                    continue;
                }
            }
            Form one = stats.forms().get(key(w));
            if (one != null) {
                String form = one.text();
                out.add(form);
                changed |= !form.equals(w);
            } else {
                out.add(w);
            }
            i++;
        }
        return changed ? String.join(" ", out) : "";
    }

    private static boolean isPlainWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return !VietnameseText.hasDiacritics(w);
    }

    /**
     * "Có phải bạn muốn tìm …": a Telex/VNI repair, an accent restoration (for a query typed without
     * diacritics) or a spelling correction, if one finds articles; null otherwise.
     */
    Suggestion didYouMean(IndexSearcher searcher, String query, long total, Counter counter) throws IOException {
        if (query.length() > 200 || query.indexOf('\u0001') >= 0) {
            return null;
        }
        List<String> telex = analysis.repairCandidates(query);
        if (!telex.isEmpty() && !telex.get(0).equals(query)) {
            long hits = counter.count(searcher, telex.get(0));
            if (hits > total) {
                return suggestion(telex.get(0), Suggestion.Kind.TELEX, hits);
            }
        }
        if (TextAnalysis.isUnaccented(query) && plainOnly(query)) {
            String restored = restoreAccents(searcher, query);
            if (!restored.isEmpty()) {
                long hits = counter.count(searcher, restored);
                if (hits > 0) {
                    return suggestion(restored, Suggestion.Kind.ACCENTS, hits);
                }
            }
        }
        if (total < ForgivingSearch.RELAX_BELOW && plainOnly(query)) {
            String pairs = realWordCorrection(searcher, query);
            if (!pairs.isEmpty()) {
                long hits = counter.count(searcher, pairs);
                if (hits > total) {
                    return suggestion(pairs, Suggestion.Kind.SPELLING, hits);
                }
            }
        }
        if (total < 3 && plainOnly(query)) {
            String corrected = spell(searcher, query);
            if (!corrected.isEmpty()) {
                long hits = counter.count(searcher, corrected);
                if (hits > total) {
                    return suggestion(corrected, Suggestion.Kind.SPELLING, hits);
                }
            }
        }
        return null;
    }

    /** Words only (letters and digits, a hyphen or dot inside a word as in "Hang-seo"): no query syntax. */
    private static boolean plainOnly(String query) {
        for (String w : query.strip().split("\\s+")) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean inner = i > 0 && i < w.length() - 1 && (c == '-' || c == '.');
                if (!Character.isLetterOrDigit(c) && !inner) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A typed word pair is suspicious in fewer title/sapo word pairs than this … */
    private static final long RARE_PAIR = 1;
    /** … and a replacement must make a pair at least this frequent. */
    private static final long COMMON_PAIR = 10;

    /**
     * Misspellings that make real words ("sốt suất huyết" for sốt xuất huyết, "bạo hàng" for bạo hành): each word
     * of a pair the archive (almost) never writes is replaced by a close word (one or two edits) that makes a pair
     * it writes often, the most frequent such pair winning. Empty if nothing changed.
     */
    private String realWordCorrection(IndexSearcher searcher, String query) throws IOException {
        String[] words = query.strip().split("\\s+");
        if (words.length < 2) {
            return "";
        }
        Stats st = stats(searcher);
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(2);
        // the word is a real one, often a frequent one: ask for neighbours whatever its frequency
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        IndexReader reader = searcher.getIndexReader();
        String[] out = words.clone();
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            if (pairCount(st, out[i], out[i + 1]) > RARE_PAIR) {
                continue;
            }
            String best = null;
            long bestCount = COMMON_PAIR - 1;
            int bestSide = -1;
            for (int side = 0; side < 2; side++) {
                String w = out[i + side];
                boolean accented = VietnameseText.hasDiacritics(w);
                String field = accented ? ArticleSchema.BODY : Role.FOLDED.field(ArticleSchema.BODY);
                String term = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
                // Only a common Vietnamese syllable can be a real word typed for another; a rare term ("VNEN", a
                // name) is what the user meant, however rare its pairs.
                if (!isCommonSyllable(reader, field, accented ? term : key(term))) {
                    continue;
                }
                for (SuggestWord c : checker.suggestSimilar(new Term(field, accented ? term : key(term)), 20, reader,
                        SuggestMode.SUGGEST_ALWAYS)) {
                    long n = side == 0 ? pairCount(st, c.string, out[i + 1]) : pairCount(st, out[i], c.string);
                    if (n > bestCount) {
                        best = c.string;
                        bestCount = n;
                        bestSide = side;
                    }
                }
            }
            if (best != null) {
                out[i + bestSide] = casedLike(out[i + bestSide], best);
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : "";
    }

    /** A word is taken as possibly mistyped for another only when it is a syllable in this many articles. */
    private static final int COMMON_WORD_DOCS = 50;

    private boolean isCommonSyllable(IndexReader reader, String field, String term) throws IOException {
        if (term.isEmpty() || !term.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String syllable = VietnameseText.fold(term);
        return analysis.vietnamese().lexicon().isKnownSyllable(term) || knownFoldedSyllable(syllable)
                ? reader.docFreq(new Term(field, term)) >= COMMON_WORD_DOCS : false;
    }

    /** Whether some syllable of the lexicon folds to this form ("vnen" none, "bo" many). */
    private boolean knownFoldedSyllable(String folded) {
        java.util.Set<String> set = foldedSyllables;
        if (set == null) {
            java.util.Set<String> built = new java.util.HashSet<>();
            var lex = analysis.vietnamese().lexicon();
            for (int id = 1; id <= lex.syllableCount(); id++) {
                built.add(VietnameseText.fold(lex.syllable(id)).toLowerCase(Locale.ROOT));
            }
            foldedSyllables = set = built;
        }
        return set.contains(folded);
    }

    private volatile java.util.Set<String> foldedSyllables;

    /** How often two words stand together in titles and sapos, diacritics ignored. */
    private static long pairCount(Stats st, String a, String b) {
        Form f = st.forms().get(key(a) + " " + key(b));
        return f == null ? 0 : f.count();
    }

    /** A replacement with the capitals of the word it replaces ("Suân" → "Xuân"). */
    private static String casedLike(String typed, String replacement) {
        if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0)) && !replacement.isEmpty()) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static Suggestion suggestion(String q, Suggestion.Kind kind, long hits) {
        return new Suggestion(q, kind, hits, "Có phải bạn muốn tìm: " + q);
    }

    /** Each word absent or rare in the archive replaced by its closest frequent neighbour. */
    private String spell(IndexSearcher searcher, String query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(3);
        IndexReader reader = searcher.getIndexReader();
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        List<String> out = new ArrayList<>();
        Stats st = stats(searcher);
        for (int wi = 0; wi < words.length; wi++) {
            String w = words[wi];
            boolean accented = VietnameseText.hasDiacritics(w);
            String field = accented ? ArticleSchema.BODY : Role.FOLDED.field(ArticleSchema.BODY);
            String term = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
            if (!accented) {
                term = key(term);
            }
            if (reader.docFreq(new Term(field, term)) > 0) {
                out.add(w);
                continue;
            }
            SuggestWord[] s = checker.suggestSimilar(new Term(field, term), 20, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            if (s.length > 0) {
                // Among equally close candidates, prefer one that forms a known word pair with a neighbour.
                String best = s[0].string;
                for (SuggestWord c : s) {
                    String prev = wi > 0 ? key(words[wi - 1]) + " " + key(c.string) : null;
                    String next = wi + 1 < words.length ? key(c.string) + " " + key(words[wi + 1]) : null;
                    if ((prev != null && st.forms().containsKey(prev)) || (next != null && st.forms().containsKey(next))) {
                        best = c.string;
                        break;
                    }
                }
                out.add(best);
                changed = true;
            } else {
                out.add(w);
            }
        }
        return changed ? String.join(" ", out) : "";
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
            String k = key(input).replaceAll("\\s+", " ");
            Stats st = stats(searcher);
            List<Map.Entry<String, Form>> terms = new ArrayList<>();
            for (Map.Entry<String, Form> e : st.forms().subMap(k, true, k + Character.MAX_VALUE, true).entrySet()) {
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
            for (Map.Entry<String, Form> e : terms) {
                if (out.size() >= termSlots) {
                    break;
                }
                if (seen.add(e.getValue().text())) {
                    out.add(new Completion(e.getValue().text(), Completion.Kind.TERM, e.getValue().count(), null));
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
