package vn.khotin.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP exchange as the crawler hands it on: the capture, the request headers actually sent, whether the
 * body is complete, and for a {@code 304} when and where the unchanged version was captured.
 *
 * @param capture the response
 * @param requestHeaders the headers we sent (names as sent), for the archive's request record
 * @param truncation why the body is incomplete, or {@link Truncation#NONE}
 * @param previousFetch for a revisit ({@code 304}): when the version it confirms was fetched, else null
 */
public record Exchange(Capture capture, Map<String, List<String>> requestHeaders, Truncation truncation,
        Instant previousFetch) {

    public Exchange {
        Objects.requireNonNull(capture, "capture");
        requestHeaders = Map.copyOf(requestHeaders);
        Objects.requireNonNull(truncation, "truncation");
    }

    /** Why a body is incomplete (the WARC-Truncated reasons of ISO 28500). */
    public enum Truncation {
        NONE,
        /** longer than the configured maximum body size */
        LENGTH,
        /** took longer than the read timeout */
        TIME,
        /** the server closed the connection early */
        DISCONNECT
    }

    /** Whether this exchange confirms an earlier capture instead of carrying a body ({@code 304}). */
    public boolean isRevisit() {
        return capture.status() == 304;
    }
}
