package vn.khotin.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A site of fixed responses on a free loopback port, with a log of what was asked and when: small enough that a
 * test states every page it serves. Unknown paths answer 404.
 */
final class TestSite implements AutoCloseable {

    /** A response: status, headers, body; {@code delayMillis} before the headers are sent. */
    record Page(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        static Page html(String html) {
            return new Page(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                    html.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Page of(int status, String contentType, String body) {
            return new Page(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), 0);
        }

        Page withHeader(String name, String value) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            return new Page(status, h, body, delayMillis);
        }

        Page delayed(long millis) {
            return new Page(status, headers, body, millis);
        }
    }

    /** One request as the site received it. */
    record Request(String path, Instant at, Map<String, List<String>> headers) {}

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(path, Instant.now(), Map.copyOf(exchange.getRequestHeaders())));
        Page page = pages.getOrDefault(path, Page.of(404, "text/html; charset=utf-8", "<p>Không tìm thấy</p>"));
        if (page.delayMillis() > 0) {
            try {
                Thread.sleep(page.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        page.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = page.status() == 304 || page.body().length == 0;
        exchange.sendResponseHeaders(page.status(), noBody ? -1 : page.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        }
        exchange.close();
    }

    TestSite page(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    TestSite html(String path, String html) {
        return page(path, Page.html(html));
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The paths asked for, in order. */
    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Settings for crawling this site: the given seeds, rate and politeness, test-sized back-off. */
    Map<String, String> profile(double rate, String... extra) {
        Map<String, String> m = new HashMap<>();
        m.put("site.name", "thu");
        m.put("site.origin", origin());
        m.put("site.allowed-hosts", "127.0.0.1");
        m.put("crawl.seeds", "/");
        m.put("crawl.rate", Double.toString(rate));
        m.put("crawl.user-agent", "KhotinBot/0.1 (+https://khotin.vn/bot)");
        m.put("crawl.deny-paths", "/cong-cu/");
        m.put("crawl.connect-timeout-seconds", "2");
        m.put("crawl.read-timeout-seconds", "2");
        m.put("crawl.max-body-bytes", "100000");
        m.put("crawl.backoff-base-seconds", "0.02");
        m.put("crawl.backoff-max-seconds", "0.05");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            m.put(extra[i], extra[i + 1]);
        }
        return m;
    }
}
