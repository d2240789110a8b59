package vn.khotin.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP exchange as the crawler saw it: the URL it asked for, the status, the response headers and the
 * raw body bytes, and when it was fetched. This is the unit the archive stores and the extractor reads.
 *
 * <p>Header names are kept case-insensitively; the body is never decoded here, because the charset is the
 * extractor's decision (headers and meta tags may disagree).
 *
 * @param url the absolute URL that was requested (after redirects, the URL that answered)
 * @param status the HTTP status code
 * @param headers response headers, names case-insensitive, values in the order received
 * @param body the raw response body, possibly empty, never null
 * @param fetchedAt when the response was received
 */
public record Capture(String url, int status, Map<String, List<String>> headers, byte[] body, Instant fetchedAt) {

    public Capture {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    copy.put(name, List.copyOf(values));
                }
            });
        }
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type of the body without parameters, lower-cased, or an empty string when unknown. */
    public String mediaType() {
        return header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    /** The charset declared in the Content-Type header, if any and if the JVM knows it. */
    public Optional<Charset> declaredCharset() {
        return header("Content-Type").flatMap(Capture::charsetOf);
    }

    /** The body decoded with the declared charset, or UTF-8 when none is declared. For tests and logs. */
    public String bodyText() {
        return new String(body, declaredCharset().orElse(StandardCharsets.UTF_8));
    }

    static Optional<Charset> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "").replace("'", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capture c && status == c.status && url.equals(c.url) && headers.equals(c.headers)
                && java.util.Arrays.equals(body, c.body) && fetchedAt.equals(c.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, status, headers, java.util.Arrays.hashCode(body), fetchedAt);
    }

    @Override
    public String toString() {
        return "Capture[" + status + " " + url + ", " + body.length + " bytes, " + fetchedAt + "]";
    }
}
