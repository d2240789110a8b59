package vn.khotin.cli;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.archive.CaptureRef;
import vn.khotin.archive.WarcArchive;
import vn.khotin.crawl.Capture;
import vn.khotin.crawl.CaptureSink;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.extract.ExtractionMethod;
import vn.khotin.extract.ExtractionResult;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;

/**
 * The coordinator that moves each capture down the pipeline in the durability order: append to WARC
 * (flushed) → extract → add to the index and make it searchable. The crawler only fetches; this class owns
 * what happens to what it fetched.
 */
final class Ingest implements CaptureSink {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final WarcArchive archive;
    private final ArticleExtractor extractor;
    private final ArticleIndex index;
    private final AtomicInteger articles = new AtomicInteger();
    private final Map<ExtractionMethod, Integer> methods = new EnumMap<>(ExtractionMethod.class);
    private final Map<String, Integer> notArticles = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    Ingest(WarcArchive archive, ArticleExtractor extractor, ArticleIndex index) {
        this.archive = archive;
        this.extractor = extractor;
        this.index = index;
    }

    @Override
    public void accept(Capture capture, Map<String, List<String>> requestHeaders) throws IOException {
        CaptureRef ref = archive.append(capture, requestHeaders);
        process(new ArchivedCapture(capture, ref));
        index.refresh();
    }

    /** Extracts and indexes an archived capture; used for fresh captures and by re-indexing. */
    synchronized void process(ArchivedCapture archived) throws IOException {
        Capture capture = archived.capture();
        if (capture.status() != 200) {
            return;
        }
        ExtractionResult result = extractor.extract(capture);
        switch (result) {
            case ExtractionResult.Extracted extracted -> {
                index.upsert(new IndexedArticle(extracted.article(), archived.ref(), capture.fetchedAt()));
                articles.incrementAndGet();
                methods.merge(extracted.article().method(), 1, Integer::sum);
            }
            case ExtractionResult.NotArticle not -> notArticles.merge(not.kind(), 1, Integer::sum);
            case ExtractionResult.Failed failed -> {
                String reason = failed.reason().split(":", 2)[0];
                failures.merge(reason, 1, Integer::sum);
                LOG.warn("Extraction failed for {}: {}", capture.url(), failed.reason());
            }
        }
    }

    /** Articles indexed by this run (an updated article counts again). */
    int articles() {
        return articles.get();
    }

    synchronized Map<String, Object> report() {
        return Map.of("articles", articles.get(), "methods", Map.copyOf(methods),
                "notArticles", Map.copyOf(notArticles), "extractionFailures", Map.copyOf(failures));
    }
}
