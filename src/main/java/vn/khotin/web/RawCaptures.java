package vn.khotin.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the raw capture of an article is: the archive behind the index. The CLI implements it over the WARC
 * archive; {@link #none()} serves without raw captures.
 */
public interface RawCaptures {

    /** When the article's page was captured and whether its raw bytes can be served. */
    Optional<Info> info(long articleId);

    /** The raw HTTP response body of the capture, if available. */
    Optional<Raw> raw(long articleId);

    /**
     * @param fetched capture time, or null
     * @param available whether {@link #raw} can return the bytes
     */
    record Info(Instant fetched, boolean available) {}

    /**
     * What the archive holds for an article: the page as fetched (a WARC {@code response}), or for an article
     * loaded by {@code khotin import} the line it was imported from (a WARC {@code resource} record), with its URL
     * and the WARC record it came from.
     *
     * @param fetched when it was fetched, or imported
     * @param imported where an imported article came from; null for a page fetched from the web
     */
    record Raw(String url, Instant fetched, String contentType, byte[] body, String warcRecord, Imported imported) {

        /** A page fetched from the web. */
        public Raw(String url, Instant fetched, String contentType, byte[] body, String warcRecord) {
            this(url, fetched, contentType, body, warcRecord, null);
        }
    }

    /**
     * Where an imported article came from.
     *
     * @param originalId the record's own id in the file ({@code baomoi-21395276})
     * @param file the file's name
     * @param line the line number in the file, or 0 when unknown
     */
    record Imported(String originalId, String file, long line) {}

    static RawCaptures none() {
        return new RawCaptures() {
            @Override
            public Optional<Info> info(long articleId) {
                return Optional.empty();
            }

            @Override
            public Optional<Raw> raw(long articleId) {
                return Optional.empty();
            }
        };
    }
}
