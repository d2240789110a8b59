package vn.khotin.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * server's pruned model is trained in bounded memory (see {@link AccentModelBuilder#buildBounded}). The model lives
 * in this instance only; it is not saved, so a restarted server trains it again. Thread-safe.
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

    /** A restorer and the number of articles its model was trained on. */
    private record Trained(int docs, AccentRestorer restorer) {}

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

    /** Whether a model exists (possibly one trained on a smaller archive). */
    boolean ready() {
        return trained != null;
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
                trained = index.withSearcher(searcher -> train(searcher.getIndexReader()));
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
        return new Trained(docs, new AccentRestorer(model));
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
