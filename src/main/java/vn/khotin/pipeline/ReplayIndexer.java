package vn.khotin.pipeline;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.extract.ExtractionResult;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Capture;
import vn.khotin.pipeline.ReindexReporting.Skip;

/**
 * On the workers of a replay: turns each record handed over into its article, by the extractor for a crawled
 * page or by the import parser for an imported one, and indexes it so that the record read last wins; or counts
 * why it yields none.
 */
final class ReplayIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayIndexer.class);

    /** A record handed to a worker, with the order it was read in: a crawled page or an imported article. */
    record Replayed(long order, ArchivedCapture capture, ArchivedResource resource) {}

    private final ArticleExtractor extractor;
    private final LatestWins articlesIndexed;
    private final ReplayTally tally;

    ReplayIndexer(ArticleExtractor extractor, LatestWins articlesIndexed, ReplayTally tally) {
        this.extractor = extractor;
        this.articlesIndexed = articlesIndexed;
        this.tally = tally;
    }

    /** Extracts or parses one record and indexes the article it yields, or counts why not. Thread-safe. */
    void replay(Replayed r) throws IOException {
        IndexedArticle article = r.capture() != null ? extract(r.capture()) : parse(r.resource());
        if (article == null) {
            return;
        }
        try {
            articlesIndexed.index(article, r.order());
        } catch (IllegalArgumentException e) {
            tally.skip(Skip.INDEX_REFUSED, "");
            return;
        }
        tally.articleIndexed();
    }

    /** The article of a crawled page, or null (counted) when it is none. */
    private IndexedArticle extract(ArchivedCapture archived) {
        Capture capture = archived.capture();
        switch (extractor.extract(capture)) {
            case ExtractionResult.Extracted extracted -> {
                return new IndexedArticle(extracted.article(), archived.ref(), capture.fetchedAt());
            }
            case ExtractionResult.NotArticle not -> {
                tally.skip(Skip.NOT_ARTICLE, not.kind());
                return null;
            }
            case ExtractionResult.Failed failed -> {
                tally.skip(Skip.EXTRACTION_FAILED, failed.reason().split(":", 2)[0]);
                LOG.warn("Extraction failed for {}: {}", capture.url(), failed.reason());
                return null;
            }
        }
    }

    /** The article of an import record, or null (counted) when its line no longer reads as one. */
    private IndexedArticle parse(ArchivedResource resource) {
        IndexedArticle article = ImportArchive.read(resource).orElse(null);
        if (article == null) {
            tally.skip(Skip.IMPORT_UNREADABLE, "");
        }
        return article;
    }
}
