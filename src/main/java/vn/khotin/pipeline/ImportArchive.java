package vn.khotin.pipeline;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.archive.WarcArchive;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.CaptureRef;

/**
 * How an imported article is kept in the WARC archive, so that the archive stays the source of truth for
 * imports as for crawled pages: one {@code resource} record per article, its content block the input line
 * exactly as read ({@code application/json}), its target the article's URL, and three extension headers:
 *
 * <pre>
 * WARC-Khotin-Article-ID: 4578123456789012        the article ID ({@link ImportIds})
 * WARC-Khotin-Import-ID: baomoi-21395276          the record's own id, as written in the input
 * WARC-Khotin-Import-Source: vi-news.jsonl.gz:812 the input file's name and the line number
 * </pre>
 *
 * A reindex parses the content again with {@link ImportParser}, as it extracts a crawled page again.
 *
 * <p>How far the archive's import records are indexed is kept in the index's commit data ({@link #WATERMARK}):
 * every import record before that archive position is in the committed index. After a {@code kill -9}, the
 * records from there on are indexed again from the archive before anything new is imported.
 */
final class ImportArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ImportArchive.class);

    static final String ARTICLE_ID = "WARC-Khotin-Article-ID";
    static final String IMPORT_ID = "WARC-Khotin-Import-ID";
    static final String IMPORT_SOURCE = "WARC-Khotin-Import-Source";
    /** Index commit-data key: the archive position ({@code file@offset}) up to which import records are indexed. */
    static final String WATERMARK = "khotin.import.indexedUpTo";

    private ImportArchive() {}

    /** Appends one imported line and returns where its record starts. */
    static CaptureRef append(WarcArchive archive, ImportRecord record, byte[] line, String source, Instant at)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ARTICLE_ID, Long.toString(record.id()));
        headers.put(IMPORT_ID, oneLine(record.originalId()));
        headers.put(IMPORT_SOURCE, oneLine(source));
        return archive.appendResource(URI.create(record.article().url()), at, headers, "application/json", line);
    }

    /** A WARC header value is one line of text. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** The article of an import record, ready for the index; empty for another kind of resource record. */
    static Optional<IndexedArticle> read(ArchivedResource resource) {
        String id = resource.header(ARTICLE_ID);
        if (id == null) {
            return Optional.empty();
        }
        try {
            ImportRecord record = ImportParser.parse(resource.content());
            if (record.id() != Long.parseLong(id)) {
                LOG.warn("Import record at {} names article {} but its content maps to {}; skipped", resource.ref(),
                        id, record.id());
                return Optional.empty();
            }
            return Optional.of(new IndexedArticle(record.article(), resource.ref(), resource.date()));
        } catch (ImportParser.Malformed | NumberFormatException e) {
            LOG.warn("Import record at {} cannot be read again ({}); skipped", resource.ref(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The archive position from which import records may be missing from the committed index; null: all. */
    static CaptureRef watermark(ArticleIndex index) {
        String value = index.lastCommitData().map(m -> m.get(WATERMARK)).orElse(null);
        try {
            return value == null ? null : CaptureRef.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring an unreadable import watermark {}", value);
            return null;
        }
    }

    /**
     * Commits the index, recording that every import record archived so far is indexed; the caller makes sure
     * it is (no article between archive and index).
     */
    static void commitAllIndexed(WarcArchive archive, ArticleIndex index) throws IOException {
        CaptureRef end = archive.end();
        index.commit(end == null ? Map.of() : Map.of(WATERMARK, end.toString()));
    }
}
