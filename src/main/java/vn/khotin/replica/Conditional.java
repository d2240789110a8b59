package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** HTTP validators ({@link Fault#CONDITIONAL}): a page's ETag, and whether the copy a client holds is current. */
final class Conditional {

    private Conditional() {
    }

    /** A strong ETag from the page's seed, or from its body when it has none. */
    static String etag(Page page) {
        return "\"" + Site.hex(page.etagSeed() != null ? page.etagSeed() : new String(page.body(), StandardCharsets.ISO_8859_1)).substring(0, 20) + "\"";
    }

    /**
     * Whether the client's copy is current. If-None-Match, when sent, decides alone (RFC 9110 §13.2.2); otherwise
     * If-Modified-Since does, for a page with a date.
     */
    static boolean fresh(String ifNoneMatch, String ifModifiedSince, String etag, OffsetDateTime lastModified) {
        return ifNoneMatch != null ? matchesEtag(ifNoneMatch, etag)
                : ifModifiedSince != null && lastModified != null && notModifiedSince(ifModifiedSince, lastModified);
    }

    private static boolean matchesEtag(String header, String etag) {
        for (String t : header.split(",")) {
            String s = t.strip();
            if (s.startsWith("W/")) {
                s = s.substring(2);
            }
            if (s.equals(etag) || s.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ims, OffsetDateTime lastModified) {
        try {
            ZonedDateTime since = ZonedDateTime.parse(ims.strip(), HttpWire.HTTP_DATE);
            return !lastModified.toInstant().isAfter(since.toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
