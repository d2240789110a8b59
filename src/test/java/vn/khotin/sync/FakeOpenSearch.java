package vn.khotin.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Just enough of OpenSearch's REST API on loopback for the sync: index exists/create/refresh and {@code _bulk}
 * with external versions, plus the failures a busy cluster gives (whole-request 429/5xx, per-item 429, refusals).
 */
final class FakeOpenSearch implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    final Map<String, JsonNode> docs = new LinkedHashMap<>();
    final Map<String, Long> versions = new LinkedHashMap<>();
    /** Every document ID received in a bulk action, in order, repeats included. */
    final List<String> received = new ArrayList<>();
    String definition;
    /** Status codes to answer the next bulk requests with, instead of handling them. */
    final Deque<int[]> bulkFaults = new ArrayDeque<>();
    /** IDs to answer 429 for once, per item. */
    final Set<String> itemOverload = new HashSet<>();
    /** IDs refused with 400 every time. */
    final Set<String> refused = new HashSet<>();
    /** After this many accepted bulks, answer 500 to every bulk (a cluster going down); -1: never. */
    int failAfter = -1;
    int acceptedBulks;

    FakeOpenSearch() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        byte[] body = x.getRequestBody().readAllBytes();
        if (path.equals("/_bulk")) {
            bulk(x, new String(body, StandardCharsets.UTF_8));
        } else if (path.endsWith("/_refresh")) {
            answer(x, 200, "{}", null);
        } else if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(definition == null ? 404 : 200, -1);
            x.close();
        } else if (x.getRequestMethod().equals("PUT")) {
            definition = new String(body, StandardCharsets.UTF_8);
            answer(x, 200, "{\"acknowledged\":true}", null);
        } else {
            answer(x, 404, "{}", null);
        }
    }

    private void bulk(HttpExchange x, String ndjson) throws IOException {
        int[] fault = bulkFaults.poll();
        if (fault != null) {
            answer(x, fault[0], "{\"error\":{\"reason\":\"busy\"}}", fault.length > 1 ? Integer.toString(fault[1]) : null);
            return;
        }
        if (failAfter >= 0 && acceptedBulks >= failAfter) {
            answer(x, 500, "{\"error\":{\"reason\":\"node down\"}}", null);
            return;
        }
        acceptedBulks++;
        StringBuilder items = new StringBuilder();
        String[] lines = ndjson.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            JsonNode meta = json.readTree(lines[i]).path("index");
            String id = meta.path("_id").asText();
            received.add(id);
            int status;
            String error = "";
            if (itemOverload.remove(id)) {
                status = 429;
                error = ",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}";
            } else if (refused.contains(id)) {
                status = 400;
                error = ",\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"bad field\"}";
            } else if (versions.getOrDefault(id, Long.MIN_VALUE) > meta.path("version").asLong()) {
                status = 409;
            } else {
                status = docs.containsKey(id) ? 200 : 201;
                docs.put(id, json.readTree(lines[i + 1]));
                versions.put(id, meta.path("version").asLong());
            }
            items.append(items.isEmpty() ? "" : ",").append("{\"index\":{\"_id\":\"").append(id)
                    .append("\",\"status\":").append(status).append(error).append("}}");
        }
        answer(x, 200, "{\"errors\":false,\"items\":[" + items + "]}", null);
    }

    private static void answer(HttpExchange x, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            x.getResponseHeaders().add("Retry-After", retryAfter);
        }
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
