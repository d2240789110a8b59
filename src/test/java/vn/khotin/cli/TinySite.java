package vn.khotin.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** A few fixed pages on a loopback port, for end-to-end tests that must not depend on the replica. */
final class TinySite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();

    TinySite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            String page = pages.get(path);
            byte[] body = (page == null ? "<html><body>Không tìm thấy</body></html>" : page)
                    .getBytes(StandardCharsets.UTF_8);
            String type = path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    TinySite page(String path, String html) {
        pages.put(path, html);
        return this;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An article page in the shape of baohatinh.vn's current template. */
    static String article(long id, String title, String sapo, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                + " | Báo Hà Tĩnh</title><link rel=\"canonical\" href=\"/bai-viet-post" + id + ".html\"></head><body>"
                + "<header><a class=\"cms-link\" href=\"/xa-hoi/\">Xã hội</a></header>"
                + "<div class=\"breadcrumbs\"><a href=\"/xa-hoi/\">Xã hội</a></div>"
                + "<article class=\"article\"><h1 class=\"article__title cms-title\">" + title + "</h1>"
                + "<div class=\"article__meta\"><span class=\"article__author\"><span class=\"name cms-author\">"
                + "Thu Hà</span></span><time class=\"time\" datetime=\"2026-03-04T07:30:00+07:00\">04/03/2026 07:30"
                + "</time></div><div class=\"article__sapo cms-desc\">(Baohatinh.vn) - " + sapo + "</div>"
                + "<div class=\"article__body zce-content-body cms-body\">" + body + "<div class=\"ads_middle\"></div>"
                + "</div></article><footer>© 2026 Báo Hà Tĩnh</footer></body></html>";
    }
}
