package vn.khotin.replica;

import java.util.ArrayList;
import java.util.List;

/** Home, section listings, "Tin mới", tag and topic pages, non-article sections and the 404 page (reference §3.3, §4). */
final class ListingPages {

    private ListingPages() {
    }

    static String home(Site site, List<String> extraLinks) {
        StringBuilder b = new StringBuilder(32_768);
        Layout.head(b, site, "Báo Hà Tĩnh điện tử - Tin tức Hà Tĩnh mới nhất", "Tin tức thời sự, kinh tế, xã hội Hà Tĩnh mới nhất", "/");
        b.append("<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:url\" content=\"").append(site.abs("/")).append("\">\n");
        Layout.header(b, site, "home-page");
        b.append("<main class=\"main\">\n");
        newestBox(b, site);
        sectionBoxes(b, site);
        b.append("<section class=\"box-topics\"><h2 class=\"box-title\">Chủ đề</h2><ul>");
        for (Topic t : Topic.ALL) {
            b.append("<li><a href=\"").append(t.path()).append("\">").append(Html.esc(t.name())).append("</a></li>");
        }
        b.append("</ul></section>\n");
        if (!extraLinks.isEmpty()) {
            b.append("<section class=\"box-more\"><h2 class=\"box-title\">Đáng chú ý</h2><ul>\n");
            for (String l : extraLinks) {
                b.append(l).append('\n');
            }
            b.append("</ul></section>\n");
        }
        b.append("<section class=\"box-media\"><a href=\"/video/\">Video</a> <a href=\"/multimedia/\">Multimedia</a> <a href=\"/emagazine/\">E-magazine</a> ")
                .append("<a href=\"/podcast/\">Podcast</a> <a href=\"/short-video/\">Short video</a> <a href=\"/tv/\">Truyền hình</a></section>\n</main>\n");
        Layout.footer(b);
        return b.toString();
    }

    /** The eleven newest stories, the first as the lead. */
    private static void newestBox(StringBuilder b, Site site) {
        List<ReplicaArticle> newest = ArticlePage.load(site, site.store.newest(null, 0, 11));
        b.append("<section class=\"box-hot\">\n");
        for (int i = 0; i < newest.size(); i++) {
            ReplicaArticle a = newest.get(i);
            Layout.card(b, site, a, site.articleHref(a, "/", i), i == 0 ? "h2" : "h3", i > 0, true);
        }
        b.append("</section>\n");
    }

    /** A box of four stories per current section that has any. */
    private static void sectionBoxes(StringBuilder b, Site site) {
        // URL_VARIANTS picks a link's variant by its position: these start at 100 so as never to repeat the lead box's.
        int pos = 100;
        for (Category c : Category.CURRENT) {
            List<ReplicaArticle> items = ArticlePage.load(site, site.store.newest(c, 0, 4));
            if (items.isEmpty()) {
                continue;
            }
            b.append("<section class=\"box-category\" data-zone=\"").append(c.zoneId()).append("\"><h2 class=\"box-title\"><a class=\"cms-link\" href=\"/")
                    .append(c.slug()).append("/\">").append(Html.esc(c.label())).append("</a></h2>\n");
            for (ReplicaArticle a : items) {
                Layout.card(b, site, a, site.articleHref(a, "/", pos++), "h3", false, false);
            }
            b.append("</section>\n");
        }
    }

    /** A section listing or "Tin mới"; null when the page is beyond the last or the depth limit. */
    static String listing(Site site, Category cat, int page) {
        int pages = pageCount(site, cat);
        if (page < 1 || page > pages) {
            return null;
        }
        String base = cat == null ? "/tin-moi.html" : "/" + cat.slug() + "/";
        String title = cat == null ? "Tin mới" : cat.label();
        String self = pageHref(base, page);
        StringBuilder b = new StringBuilder(32_768);
        Layout.head(b, site, page == 1 ? title : title + " - Trang " + page, title + " - Báo Hà Tĩnh", self);
        boolean numbered = site.config.pagination() == ReplicaConfig.Pagination.NUMBERED;
        if (numbered && page > 1) {
            b.append("<link rel=\"prev\" href=\"").append(pageHref(base, page - 1)).append("\">\n");
        }
        if (numbered && page < pages) {
            b.append("<link rel=\"next\" href=\"").append(pageHref(base, page + 1)).append("\">\n");
        }
        if (cat != null) {
            b.append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").append(site.feedPath(cat)).append("\">\n");
        }
        Layout.header(b, site, cat == null ? "latest-page" : "category-page");
        b.append("<main class=\"main\">\n<div class=\"breadcrumbs\"><a class=\"cms-link\" href=\"/\">Trang chủ</a> <span class=\"sep\">/</span> <a class=\"cms-link\" href=\"")
                .append(base).append("\">").append(Html.esc(title)).append("</a></div>\n<h1 class=\"page-title\">").append(Html.esc(title)).append("</h1>\n")
                .append("<div class=\"timeline\" id=\"timeline\">\n");
        cards(b, site, cat, page, self, cat == null);
        b.append("</div>\n");
        if (numbered) {
            pagination(b, base, page, pages);
        } else if (page < pages && cat != null) {
            loadMoreButton(b, cat, page);
        }
        b.append("</main>\n");
        Layout.footer(b);
        return b.toString();
    }

    /** How many listing pages a section (null: all sections) has: at least one, and no more than {@code maxPages} when set. */
    private static int pageCount(Site site, Category cat) {
        int size = site.config.pageSize();
        int total = site.store.count(cat);
        int pages = Math.max(1, (total + size - 1) / size);
        if (site.config.maxPages() > 0) {
            pages = Math.min(pages, site.config.maxPages());
        }
        return pages;
    }

    /** A listing page's URL: the first has no page parameter. */
    private static String pageHref(String base, int page) {
        return page == 1 ? base : base + "?page=" + page;
    }

    /** {@code NUMBERED}: previous, up to three pages either side, next. */
    private static void pagination(StringBuilder b, String base, int page, int pages) {
        b.append("<nav class=\"pagination\">");
        if (page > 1) {
            b.append("<a class=\"prev\" rel=\"prev\" href=\"").append(pageHref(base, page - 1)).append("\">‹ Trang trước</a> ");
        }
        for (int p = Math.max(1, page - 3); p <= Math.min(pages, page + 3); p++) {
            if (p == page) {
                b.append("<span class=\"current\">").append(p).append("</span> ");
            } else {
                b.append("<a href=\"").append(pageHref(base, p)).append("\">").append(p).append("</a> ");
            }
        }
        if (page < pages) {
            b.append("<a class=\"next\" rel=\"next\" href=\"").append(pageHref(base, page + 1)).append("\">Trang sau ›</a>");
        }
        b.append("</nav>\n");
    }

    /** {@code LOAD_MORE}: no page links, only a button whose script appends the next fragment. */
    private static void loadMoreButton(StringBuilder b, Category cat, int page) {
        b.append("<button class=\"btn-load-more\" data-zone=\"").append(cat.slug()).append("\" data-page=\"").append(page + 1)
                .append("\" data-url=\"/ajax/").append(cat.slug()).append("/page-").append(page + 1).append(".html\">Xem thêm</button>\n")
                .append("<script>document.querySelector('.btn-load-more').addEventListener('click',function(e){var b=e.target;")
                .append("fetch(b.dataset.url).then(function(r){return r.text()}).then(function(h){document.getElementById('timeline').insertAdjacentHTML('beforeend',h);")
                .append("var n=+b.dataset.page+1;b.dataset.page=n;b.dataset.url='/ajax/'+b.dataset.zone+'/page-'+n+'.html';});});</script>\n");
    }

    /** The cards fragment the "Xem thêm" script appends; null beyond the end. */
    static String loadMoreFragment(Site site, Category cat, int page) {
        if (page < 2 || page > pageCount(site, cat)) {
            return null;
        }
        StringBuilder b = new StringBuilder(16_384);
        cards(b, site, cat, page, "/ajax/" + cat.slug() + "/page-" + page + ".html", false);
        return b.toString();
    }

    private static void cards(StringBuilder b, Site site, Category cat, int page, String self, boolean titleTwiceNoTime) {
        int size = site.config.pageSize();
        List<ReplicaArticle> items = ArticlePage.load(site, site.store.newest(cat, (page - 1) * size, size));
        for (int i = 0; i < items.size(); i++) {
            ReplicaArticle a = items.get(i);
            Layout.card(b, site, a, site.articleHref(a, self, i), "h3", !titleTwiceNoTime, true);
        }
    }

    static String tagPage(Site site, Tag tag, int page) {
        return collection(site, "/" + tag.slug + "-tag" + tag.id + ".html", "Từ khóa: \"" + tag.name + "\"", tag.name, List.of(tag), page);
    }

    static String topicPage(Site site, Topic topic, int page) {
        List<Tag> tags = new ArrayList<>();
        for (String t : topic.tags()) {
            site.store.tagByName(t).ifPresent(tags::add);
        }
        return collection(site, topic.path(), "Chủ đề: " + topic.name(), topic.name(), tags, page);
    }

    private static String collection(Site site, String base, String heading, String title, List<Tag> tags, int page) {
        int size = site.config.pageSize();
        int total = site.store.taggedCount(tags);
        int pages = Math.max(1, (total + size - 1) / size);
        if (page < 1 || page > pages) {
            return null;
        }
        String self = pageHref(base, page);
        StringBuilder b = new StringBuilder(16_384);
        Layout.head(b, site, title, heading, self);
        Layout.header(b, site, "tag-page");
        b.append("<main class=\"main\">\n<h1 class=\"page-title\">").append(Html.esc(heading)).append("</h1>\n<div class=\"result-count\">")
                .append(total).append(" kết quả</div>\n<div class=\"timeline\">\n");
        List<ReplicaArticle> items = ArticlePage.load(site, site.store.tagged(tags, (page - 1) * size, size));
        for (int i = 0; i < items.size(); i++) {
            Layout.card(b, site, items.get(i), site.articleHref(items.get(i), self, i), "h3", true, true);
        }
        b.append("</div>\n<nav class=\"pagination\">");
        if (page > 1) {
            b.append("<a class=\"prev\" rel=\"prev\" href=\"").append(pageHref(base, page - 1)).append("\">‹ Trang trước</a> ");
        }
        if (page < pages) {
            b.append("<a class=\"next\" rel=\"next\" href=\"").append(pageHref(base, page + 1)).append("\">Trang sau ›</a>");
        }
        b.append("</nav>\n</main>\n");
        Layout.footer(b);
        return b.toString();
    }

    /** A non-article page (video, TV, tools, media sections): real-looking, but never a {@code -post<ID>.html} article. */
    static String section(Site site, String path, String title, String bodyHtml) {
        StringBuilder b = new StringBuilder(8192);
        Layout.head(b, site, title, title, path);
        b.append("<meta property=\"og:type\" content=\"website\">\n");
        Layout.header(b, site, "section-page");
        b.append("<main class=\"main\">\n<h1 class=\"page-title\">").append(Html.esc(title)).append("</h1>\n").append(bodyHtml).append("\n</main>\n");
        Layout.footer(b);
        return b.toString();
    }

    static String notFound(Site site, String path) {
        StringBuilder b = new StringBuilder(4096);
        Layout.head(b, site, "Không tìm thấy trang", "Trang bạn tìm không tồn tại", path);
        Layout.header(b, site, "error-page");
        b.append("<main class=\"main\"><div class=\"error-404\"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p>")
                .append("<p><a href=\"/\">Về trang chủ</a></p></div></main>\n");
        Layout.footer(b);
        return b.toString();
    }
}
