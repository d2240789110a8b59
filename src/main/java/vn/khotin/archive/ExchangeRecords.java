package vn.khotin.archive;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * The WARC records the archive writes, built from our records: an exchange becomes its response (or, for a 304, a
 * {@code revisit} record, profile server-not-modified) followed by the request we sent; an import becomes one
 * {@code resource} record. Building only: nothing here touches a file.
 */
final class ExchangeRecords {

    /** Prefix of the extension headers a {@code resource} record carries ({@link ArchivedResource#headers()}). */
    static final String KHOTIN_HEADER_PREFIX = "WARC-Khotin-";
    /** Headers describing the wire encoding, which no longer apply to the decoded body we store. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");

    private ExchangeRecords() {
    }

    /**
     * The records of one exchange, in the order they are written: the response (or revisit), then the request.
     *
     * @param previousFetch when the stored capture a revisit confirms was fetched; null if unknown
     */
    static List<WarcRecord> exchange(Capture capture, Map<String, List<String>> requestHeaders,
            Exchange.Truncation truncation, Instant previousFetch, boolean revisit) throws IOException {
        URI uri = URI.create(capture.url());
        HttpRequest request = request(uri, requestHeaders);
        HttpResponse response = response(capture);
        WarcRecord main = revisit ? revisit(uri, capture, response, previousFetch)
                : fullResponse(uri, capture, response, truncation);
        WarcRequest warcRequest = new WarcRequest.Builder(uri)
                .date(capture.fetchedAt())
                .concurrentTo(main.id())
                .body(request)
                .build();
        return List.of(main, warcRequest);
    }

    /** One {@code resource} record; every extension header must be named {@code WARC-Khotin-…}. */
    static WarcResource resource(URI target, Instant date, Map<String, String> headers, String contentType,
            byte[] content) {
        WarcResource.Builder b = new WarcResource.Builder(target).date(date)
                .body(MediaType.parse(contentType), content);
        headers.forEach((name, value) -> {
            if (!name.startsWith(KHOTIN_HEADER_PREFIX)) {
                throw new IllegalArgumentException("not a WARC-Khotin-* header: " + name);
            }
            b.addHeader(name, value);
        });
        return b.build();
    }

    private static HttpRequest request(URI uri, Map<String, List<String>> requestHeaders) {
        HttpRequest.Builder request = new HttpRequest.Builder("GET", uri.getRawPath().isEmpty() ? "/"
                : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        request.addHeader("Host", uri.getAuthority());
        requestHeaders.forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
        return request.build();
    }

    private static HttpResponse response(Capture capture) {
        HttpResponse.Builder response = new HttpResponse.Builder(capture.status(), reason(capture.status()));
        capture.headers().forEach((name, values) -> {
            if (!WIRE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> response.addHeader(name, v));
            }
        });
        String type = capture.header("Content-Type").orElse("application/octet-stream");
        MediaType mediaType;
        try {
            mediaType = MediaType.parse(type);
        } catch (IllegalArgumentException e) {
            mediaType = MediaType.OCTET_STREAM;
        }
        response.body(mediaType, capture.body());
        return response.build();
    }

    private static WarcRevisit revisit(URI uri, Capture capture, HttpResponse response, Instant previousFetch)
            throws IOException {
        WarcRevisit.Builder b = new WarcRevisit.Builder(uri, WarcRevisit.SERVER_NOT_MODIFIED_1_0)
                .date(capture.fetchedAt())
                .body(response);
        if (previousFetch != null) {
            b.addHeader("WARC-Refers-To-Target-URI", uri.toString());
            b.addHeader("WARC-Refers-To-Date", previousFetch.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return b.build();
    }

    private static WarcResponse fullResponse(URI uri, Capture capture, HttpResponse response,
            Exchange.Truncation truncation) throws IOException {
        WarcResponse.Builder b = new WarcResponse.Builder(uri)
                .date(capture.fetchedAt())
                .body(response);
        if (truncation != Exchange.Truncation.NONE) {
            b.truncated(WarcTruncationReason.valueOf(truncation.name()));
        }
        return b.build();
    }

    /** The status line's reason phrase; reading a capture back keeps only the code. */
    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 403 -> "Forbidden";
            case 410 -> "Gone";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
