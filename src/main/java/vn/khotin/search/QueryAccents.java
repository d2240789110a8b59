package vn.khotin.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.khotin.analysis.AccentModel;
import vn.khotin.analysis.AccentModel.Smoothing;
import vn.khotin.analysis.AccentModelBuilder;
import vn.khotin.analysis.AccentModelBuilder.Options;
import vn.khotin.analysis.AccentRestorer;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * Phrase-level accent restoration for queries typed without diacritics ("uy ban nhan dan" → "ủy ban nhân
 * dân", "bo doi" → "bộ đội"): a word trigram model ({@link AccentModel}) trained on the index's own articles
 * (title, sapo, body) plus the phrase evidence of {@link AccentPhrases}. The typed case is kept and a word typed
 * with any diacritic is never changed ({@link AccentRestorer}).
 *
 * <p>The model is trained from the index on first use and again when the archive has grown by a quarter. A small
 * archive trains in the calling thread (a second or less) so the first answer already uses it; a larger one
 * trains on a background thread (three minutes for the 80,000 articles of the shared corpus on two busy cores,
 * 80 MB of heap besides the model's 46 MB) while callers get no restorer and fall back to what they had. Up to
 * {@link #UNPRUNED_DOCS} articles every n-gram is kept (the measured best, and cheap at that size); beyond, the
 * server's pruned model is trained in bounded memory (see {@link AccentModelBuilder#buildBounded}).
 *
 * <p>A model trained in the background is saved beside the index ({@link ArticleIndex#derived}) unless the index
 * is open read-only, and the next instance on that index loads it instead of training again: a restarted server
 * restores accents in seconds rather than the quarter of an hour training takes at a million articles. The file's
 * name carries a fingerprint of the training recipe (phrases, options, texts), so a build that trains differently
 * ignores and replaces it; a file that cannot be read is reported and replaced the same way. A loaded model counts
 * as trained on the articles it was trained on, so it is retrained, as above, once the archive has grown by a
 * quarter. Thread-safe.
 */
final class QueryAccents {

    /**
     * Up to this many articles the model is trained synchronously on first use: a test archive or a fresh crawl.
     * 1,000 articles (860,000 words) took 2–4 s warm and 11 s cold on two busy cores, too long for a first search.
     */
    static final int SYNC_BUILD_DOCS = 200;
    /** Up to this many articles every n-gram is kept and counted in memory. */
    static final int UNPRUNED_DOCS = 5_000;
    private static final Set<String> SOURCE = Set.of(ArticleSchema.SOURCE);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryAccents.class);

    private final ArticleIndex index;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Trained trained;

    /**
     * What the model is trained on and how, in the saved file's name: bump when the texts read by {@link #texts}
     * change (the phrases and options are fingerprinted from their values).
     */
    private static final String TEXTS = "title, sapo, body; v1";
    private static final String FILE_PREFIX = "accent-model-";
    private static final String FILE_SUFFIX = ".kam";

    /** A restorer, the number of articles its model was trained on and whether it was loaded from a file. */
    private record Trained(int docs, AccentRestorer restorer, boolean loaded) {}

    QueryAccents(ArticleIndex index) {
        this.index = index;
    }

    /**
     * The query with diacritics restored on its unaccented words, empty when nothing changes, null when no model
     * exists yet (a large archive's first model is still training).
     */
    String restore(IndexSearcher searcher, String query) throws IOException {
        AccentRestorer r = restorer(searcher);
        if (r == null) {
            return null;
        }
        String restored = r.restoreQuery(query, Double.NEGATIVE_INFINITY);
        return restored.equals(query) ? "" : restored;
    }

    /** Running text with diacritics restored on its unaccented words; the text itself while no model exists. */
    String restoreText(IndexSearcher searcher, String text) throws IOException {
        AccentRestorer r = restorer(searcher);
        return r == null ? text : r.restore(text);
    }

    /** Whether a model exists (possibly one trained on a smaller archive). */
    boolean ready() {
        return trained != null;
    }

    /** Which trained model is in use: another value once a retrained model replaces it. */
    int modelIdentity() {
        return System.identityHashCode(trained);
    }

    /** Whether the current model was loaded from the file a previous instance saved, not trained here. */
    boolean loadedFromFile() {
        Trained t = trained;
        return t != null && t.loaded();
    }

    /** Starts training now, in the background, unless a model exists or is being trained. */
    void warmUp() {
        if (trained == null) {
            trainInBackground();
        }
    }

    /** The restorer for the searcher's archive; null while the first model of a large archive trains. */
    AccentRestorer restorer(IndexSearcher searcher) throws IOException {
        Trained t = trained;
        int docs = searcher.getIndexReader().numDocs();
        if (t != null && docs <= t.docs() * 1.25 + 10) {
            return t.restorer();
        }
        if (t == null && docs <= SYNC_BUILD_DOCS) {
            synchronized (this) {
                if (trained == null) {
                    trained = train(searcher.getIndexReader());
                }
                return trained.restorer();
            }
        }
        trainInBackground();
        return t == null ? null : t.restorer();
    }

    private void trainInBackground() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                if (trained == null) {
                    Trained saved = loadSaved();
                    if (saved != null) {
                        trained = saved;
                        if (index.count() <= saved.docs() * 1.25 + 10) {
                            return;
                        }
                    }
                }
                Trained fresh = index.withSearcher(searcher -> train(searcher.getIndexReader()));
                trained = fresh;
                save(fresh);
            } catch (RuntimeException | Error e) {
                LOG.warn("Training the accent model failed: {}", e.toString());
            } finally {
                building.set(false);
            }
        }, "khotin-accent-model");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY); // searches go first
        thread.start();
    }

    private static Trained train(IndexReader reader) throws IOException {
        long t0 = System.nanoTime();
        int docs = reader.numDocs();
        AccentModel model = train(texts(reader), AccentPhrases.standard(), docs);
        LOG.info("Accent model trained on {} articles in {} ms ({} MB)", docs, (System.nanoTime() - t0) / 1_000_000,
                model.bytes() / 1_000_000);
        return new Trained(docs, new AccentRestorer(model), false);
    }

    /** The model a previous instance saved with today's recipe, or null (none, or unreadable: reported). */
    private Trained loadSaved() {
        Path file = index.derived().path(fileName());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long t0 = System.nanoTime();
        try {
            AccentModel model = AccentModel.load(file);
            LOG.info("Accent model of {} articles loaded from {} in {} ms", model.documents(), file,
                    (System.nanoTime() - t0) / 1_000_000);
            return new Trained(model.documents(), new AccentRestorer(model), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved accent model {} cannot be read ({}); training a new one", file, e.toString());
            return null;
        }
    }

    /** Saves the model beside a writable index, replacing older recipes' files; a failure is reported, not fatal. */
    private void save(Trained t) {
        String name = fileName();
        try {
            index.derived().writeReplacing(name, FILE_PREFIX, file -> t.restorer().model().save(file));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The accent model could not be saved beside the index ({}); a restart will train it again",
                    e.toString());
        }
    }

    /** The saved model's file name: the recipe's fingerprint (phrases, both options, texts read). */
    static String fileName() {
        return FILE_PREFIX + Recipe.FINGERPRINT + FILE_SUFFIX;
    }

    /** Computed once: the phrases come from the lexicon, abbreviations and gazetteer, all fixed at build time. */
    private static final class Recipe {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            CRC32C crc = new CRC32C();
            for (String phrase : AccentPhrases.standard()) {
                crc.update(phrase.getBytes(UTF_8));
                crc.update('\n');
            }
            for (Options o : List.of(Options.served(), Options.unpruned(3, Smoothing.KNESER_NEY))) {
                crc.update((o.order() + " " + o.smoothing() + " " + Arrays.toString(o.minCounts()) + " "
                        + o.minWordCount() + " " + o.maxCandidates() + "\n").getBytes(
                                UTF_8));
            }
            crc.update((TEXTS + " " + UNPRUNED_DOCS).getBytes(UTF_8));
            return String.format(Locale.ROOT, "%08x", crc.getValue());
        }
    }

    /** The model for an archive of {@code docs} articles: every n-gram when small, the served model otherwise. */
    static AccentModel train(AccentModelBuilder.TextSource texts, List<String> phrases, int docs) throws IOException {
        if (docs <= UNPRUNED_DOCS) {
            return AccentModelBuilder.build(texts, phrases, Options.unpruned(3, Smoothing.KNESER_NEY));
        }
        Path work = Files.createTempDirectory("khotin-accents");
        try {
            return AccentModelBuilder.buildBounded(texts, phrases, Options.served(), work);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    /** Title, sapo and body of every live article, read from the stored source; the same texts on every pass. */
    private static AccentModelBuilder.TextSource texts(IndexReader reader) {
        return sink -> {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                BytesRef source = stored.document(doc, SOURCE).getBinaryValue(ArticleSchema.SOURCE);
                if (source != null) {
                    Article a = ArticleJson.read(source.bytes, source.offset, source.length);
                    sink.accept(a.title() + "\n" + a.sapo() + "\n" + a.bodyText());
                }
            }
        };
    }
}
