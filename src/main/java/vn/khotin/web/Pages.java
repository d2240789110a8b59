package vn.khotin.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import vn.khotin.extract.Article;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;

/** Server-rendered pages, in Vietnamese. Every value from the archive or the user is escaped. */
final class Pages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Pages() {}

    static String search(String query, SearchResult result, int archiveSize) {
        StringBuilder main = new StringBuilder();
        main.append("<form role=\"search\" action=\"/\" method=\"get\">")
                .append("<label for=\"q\">Tìm trong kho tin Báo Hà Tĩnh</label> ")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(Html.escape(query))
                .append("\" autofocus> <button type=\"submit\">Tìm</button></form>");
        if (archiveSize == 0) {
            main.append("<p class=\"empty\">Kho lưu trữ chưa có bài nào. Hãy chạy <code>khotin crawl</code> ")
                    .append("để thu thập tin bài.</p>");
        } else if (result != null) {
            main.append("<p class=\"count\">").append(result.total()).append(" kết quả (")
                    .append(result.tookMillis()).append(" ms)</p><ol class=\"hits\">");
            for (SearchHit hit : result.hits()) {
                main.append("<li><h2><a href=\"/bai/").append(hit.id()).append("\">")
                        .append(Html.escape(hit.title())).append("</a></h2><p class=\"meta\">")
                        .append(hit.published() == null ? "" : DATE.format(hit.published()))
                        .append(hit.category().isEmpty() ? "" : " · " + Html.escape(hit.category()))
                        .append("</p><p class=\"snippet\">").append(hit.snippet()).append("</p></li>");
            }
            main.append("</ol>");
        } else {
            main.append("<p>Kho đang lưu ").append(archiveSize).append(" bài.</p>");
        }
        String title = query.isBlank() ? "Khotin – kho tin Báo Hà Tĩnh" : query + " – Khotin";
        return layout(title, main.toString());
    }

    static String article(Article a) {
        StringBuilder main = new StringBuilder("<article><h1>").append(Html.escape(a.title())).append("</h1>");
        main.append("<p class=\"meta\">").append(a.published() == null ? "" : DATE.format(a.published()))
                .append(a.author().isEmpty() ? "" : " · " + Html.escape(a.author())).append("</p>");
        main.append("<p class=\"sapo\"><strong>").append(Html.escape(a.sapo())).append("</strong></p>");
        for (String p : a.body()) {
            main.append("<p>").append(Html.escape(p)).append("</p>");
        }
        main.append("<p class=\"source\">Bài gốc: <a href=\"").append(Html.escape(a.url())).append("\" rel=\"nofollow\">")
                .append(Html.escape(a.url())).append("</a></p></article>");
        return layout(a.title() + " – Khotin", main.toString());
    }

    static String error(int status, String message) {
        return layout("Lỗi " + status + " – Khotin", "<h1>Lỗi " + status + "</h1><p>" + Html.escape(message)
                + "</p><p><a href=\"/\">Về trang tìm kiếm</a></p>");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String layout(String title, String main) {
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}mark{background:#ffe58a}.meta{color:#555}a{color:#0645ad}</style>"
                + "</head><body><header><a href=\"/\"><strong>Khotin</strong></a> · kho tin Báo Hà Tĩnh</header>"
                + "<main>" + main + "</main></body></html>";
    }
}
