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

    /** A raw capture: the page as fetched, with its URL and the WARC record it came from. */
    record Raw(String url, Instant fetched, String contentType, byte[] body, String warcRecord) {}

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
