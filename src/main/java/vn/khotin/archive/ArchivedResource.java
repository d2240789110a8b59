package vn.khotin.archive;

import java.time.Instant;
import java.util.Map;
import vn.khotin.model.CaptureRef;

/**
 * A WARC {@code resource} record: content that was not fetched over HTTP (an article loaded by
 * {@code khotin import}), with the extension headers that describe it and where the archive stored it.
 *
 * @param target the record's {@code WARC-Target-URI}
 * @param date the record's {@code WARC-Date}
 * @param headers the record's {@code WARC-Khotin-*} headers (names as written)
 * @param contentType the media type of the content block
 * @param content the content block
 * @param ref where the record starts
 */
public record ArchivedResource(String target, Instant date, Map<String, String> headers, String contentType,
        byte[] content, CaptureRef ref) {

    public ArchivedResource {
        headers = Map.copyOf(headers);
    }

    /** One {@code WARC-Khotin-*} header, or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
