package vn.khotin.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The few OpenSearch REST calls the sync makes, each retried with exponential back-off (honouring
 * {@code Retry-After}) while the cluster answers 429 or 5xx or cannot be reached; any other error stops the sync.
 */
final class OpenSearchHttp {

    /** How long to wait before a retry; tests pass one that does not sleep. */
    interface Backoff {
        void pause(Duration wait) throws InterruptedException;
    }

    /** One item of a bulk response: the document ID, its HTTP status and the error reason if any. */
    record BulkItem(String id, int status, String error) {
        boolean retryable() {
            return status == 429 || status >= 500;
        }

        /** Accepted: written, or a newer capture of the same article is already there (external version). */
        boolean accepted() {
            return status == 200 || status == 201 || status == 409;
        }
    }

    private final URI base;
    private final HttpClient client;
    private final ObjectMapper json;
    private final int attempts;
    private final Backoff backoff;
    private final SyncListener listener;

    OpenSearchHttp(URI base, ObjectMapper json, int attempts, Backoff backoff, SyncListener listener) {
        this.base = base;
        this.json = json;
        this.attempts = attempts;
        this.backoff = backoff;
        this.listener = listener;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    boolean indexExists(String index) {
        int status = send(request(index).method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode();
        if (status != 200 && status != 404) {
            throw new SyncException("OpenSearch trả lời " + status + " khi hỏi chỉ mục " + index + ".");
        }
        return status == 200;
    }

    void createIndex(String index, byte[] definition) {
        HttpResponse<String> r = send(request(index).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(definition)));
        if (r.statusCode() >= 300 && !r.body().contains("resource_already_exists_exception")) {
            throw new SyncException("Không tạo được chỉ mục " + index + " trên OpenSearch (" + r.statusCode() + "): "
                    + reason(r.body()) + (r.body().contains("vietnamese_khotin")
                            ? " — plugin analysis-khotin đã được cài trên mọi nút chưa?" : ""));
        }
    }

    void refresh(String index) {
        send(request(index + "/_refresh").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a bulk body (NDJSON); the items in the order of the body's actions. */
    List<BulkItem> bulk(byte[] ndjson) {
        HttpResponse<String> r = send(request("_bulk").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)));
        if (r.statusCode() != 200) {
            throw new SyncException("OpenSearch từ chối lô bài (" + r.statusCode() + "): " + reason(r.body()));
        }
        try {
            List<BulkItem> items = new ArrayList<>();
            for (JsonNode item : json.readTree(r.body()).path("items")) {
                JsonNode result = item.elements().next();
                JsonNode error = result.path("error");
                items.add(new BulkItem(result.path("_id").asText(), result.path("status").asInt(),
                        error.isMissingNode() ? null : error.path("type").asText() + ": " + error.path("reason").asText()));
            }
            return items;
        } catch (IOException e) {
            throw new SyncException("Câu trả lời của OpenSearch cho lô bài không đọc được.", e);
        }
    }

    /** Waits as a retry would: for a bulk whose items were refused for load. */
    void pause(int attempt, String why) {
        Duration wait = backoff(attempt, null);
        listener.retrying(why, wait);
        sleep(wait);
    }

    int attempts() {
        return attempts;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve("/" + path)).timeout(Duration.ofMinutes(2));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest req = request.build();
        for (int attempt = 1; ; attempt++) {
            String why;
            String retryAfter = null;
            try {
                HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 429 && r.statusCode() < 500) {
                    return r;
                }
                why = "OpenSearch trả lời " + r.statusCode();
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            } catch (IOException e) {
                why = "không kết nối được " + base + " (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("Đồng bộ bị ngắt.", e);
            }
            if (attempt >= attempts) {
                throw new SyncException(why + " sau " + attempts + " lần thử; chạy lại lệnh để tiếp tục từ chỗ đã dừng.");
            }
            Duration wait = backoff(attempt, retryAfter);
            listener.retrying(why, wait);
            sleep(wait);
        }
    }

    /** 0.5 s, 1 s, 2 s, … up to 30 s; a server's Retry-After (seconds) wins, up to 60 s. */
    static Duration backoff(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.min(60, Math.max(0, Long.parseLong(retryAfter.strip()))));
            } catch (NumberFormatException ignored) {
                // an HTTP date: fall back to our own schedule
            }
        }
        return Duration.ofMillis(Math.min(30_000, 500L << Math.min(attempt - 1, 10)));
    }

    private void sleep(Duration wait) {
        try {
            backoff.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Đồng bộ bị ngắt.", e);
        }
    }

    private String reason(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            String reason = error.path("root_cause").path(0).path("reason").asText(error.path("reason").asText(""));
            return reason.isEmpty() ? abbreviate(body) : reason;
        } catch (IOException e) {
            return abbreviate(body);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
