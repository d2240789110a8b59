package vn.khotin.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a rebuild of the index from WARC ({@link Reindexer}) reports: its progress as it goes, why a record read
 * yielded no article, and what it did. Callers name these types through {@link Reindexer} ({@code
 * ReindexReporting.Progress}, which implements this interface for them); they live here so that the stages of a rebuild
 * can use them without depending on the class that runs those stages.
 */
public interface ReindexReporting {

    /** Why a record read yielded no article. */
    public enum Skip {
        /** A response other than 200: a redirect, or an error the crawler retried. Detail: the status. */
        HTTP_STATUS,
        /** A response the server cut short, kept as evidence only. */
        TRUNCATED,
        /** A revisit record (304): nothing new was fetched. */
        NOT_MODIFIED,
        /** A page that is not an article. Detail: its kind ({@code listing}, {@code tag}, …). */
        NOT_ARTICLE,
        /** The extractor failed on the page. Detail: the reason's code ({@code no-title}, …). */
        EXTRACTION_FAILED,
        /** An import record whose line no longer reads as an article (a parser change). */
        IMPORT_UNREADABLE,
        /** The index refused the article (a term over Lucene's length limit), as it did at import. */
        INDEX_REFUSED,
        /** A resource record that is not an imported article. */
        OTHER_RESOURCE
    }

    /** What a rebuild is told as it goes. Called from the rebuilding thread. */
    public interface Listener {

        /** A few times a second while the archive is read. */
        default void progress(Progress p) {}

        /**
         * Every record is read; the index is being committed, cleared of what the archive no longer yields and
         * merged into one segment.
         */
        default void merging() {}
    }

    /**
     * How far a rebuild is.
     *
     * @param bytesRead archive bytes read (files before the current one, and the current one up to its record)
     * @param bytesTotal the archive's size when the rebuild began
     * @param records records read: responses, revisits and resources
     * @param articles articles indexed
     * @param skipped records found to yield no article; those still with the workers are neither this nor an
     *     article (counting them as skipped showed "bỏ qua 130 bản lưu" from the first article on)
     * @param elapsed time since reading began
     */
    public record Progress(long bytesRead, long bytesTotal, long records, long articles, long skipped,
            Duration elapsed) implements FileProgress {

        @Override
        public long done() {
            return articles;
        }
    }

    /**
     * What a rebuild did.
     *
     * @param pages records of crawled pages read (responses and revisits)
     * @param resources resource records read (imported articles)
     * @param articles articles indexed, crawled or imported (an article captured twice counts twice)
     * @param skipped records that yielded no article, by reason, then by detail ("" when the reason has none)
     * @param damaged WARC files that could not be read to their end, each with the offset where reading stopped
     * @param removed articles dropped from the index because no capture yields them any more
     * @param complete false when stopped before the end (nothing is removed then)
     */
    public record Result(long pages, long resources, long articles, Map<Skip, Map<String, Long>> skipped,
            Map<String, Long> damaged, int removed, boolean complete, Duration took) {

        public Result {
            Map<Skip, Map<String, Long>> copy = new EnumMap<>(Skip.class);
            skipped.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            skipped = Collections.unmodifiableMap(copy);
            damaged = Collections.unmodifiableMap(new TreeMap<>(damaged));
        }

        /** Every record read. */
        public long records() {
            return pages + resources;
        }

        /** Records that yielded no article. */
        public long skippedRecords() {
            return skipped.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }
    }
}
