package vn.khotin.replica;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the replica received, as tests see it.
 *
 * @param time when the request line arrived
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query, or empty
 * @param headers the request headers, names in lower case, in arrival order
 * @param status the status answered; 0 when the connection was reset without an answer
 * @param bytes body bytes sent (after compression; for truncated bodies the bytes actually sent)
 * @param fault the fault that shaped the answer, or null
 */
public record RecordedRequest(Instant time, String method, String path, String query,
        Map<String, List<String>> headers, int status, long bytes, Fault fault) {

    /** The first value of a header (name case-insensitive), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The path with its query, as requested. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
