package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * What a route answers, before {@link Delivery} applies validators, compression and faults.
 *
 * @param location the redirect target, relative to the origin when it starts with a slash
 * @param lastModified for {@code Last-Modified}; null when the page has no date of its own
 * @param etagSeed what the ETag is derived from, so that it changes only with the article's version; null to
 *     derive it from the body
 * @param textual text that may be compressed and is cached briefly, as opposed to an image or a file
 */
record Page(int status, String type, byte[] body, String location, OffsetDateTime lastModified, String etagSeed,
        boolean textual) {

    static final String HTML = "text/html; charset=utf-8";

    static Page html(int status, String html) {
        return new Page(status, HTML, html.getBytes(StandardCharsets.UTF_8), null, null, null, true);
    }

    static Page redirect(int status, String location) {
        String escaped = Html.esc(location);
        return new Page(status, HTML, ("<html><body><a href=\"" + escaped + "\">" + escaped + "</a></body></html>")
                .getBytes(StandardCharsets.UTF_8), location, null, null, true);
    }

    static Page text(String type, String text) {
        return new Page(200, type, text.getBytes(StandardCharsets.UTF_8), null, null, null, true);
    }

    /** A file served as it is (an image, a style sheet, a compressed sitemap): cached for long, never recompressed. */
    static Page file(String type, byte[] body) {
        return new Page(200, type, body, null, null, null, false);
    }

    /** The site's own 404 page. */
    static Page notFound(Site site, String path) {
        return html(404, ListingPages.notFound(site, path));
    }

    static Page orNotFound(Site site, String html, String path) {
        return html == null ? notFound(site, path) : html(200, html);
    }
}
