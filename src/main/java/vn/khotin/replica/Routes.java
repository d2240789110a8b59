package vn.khotin.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Every URL the replica answers, read top to bottom, and the faults applied on the way out. Handlers are
 * thin: they find the article or listing, call a page renderer, and set the media type.
 */
final class Routes implements HttpCore.Handler {

    private static final Pattern ARTICLE = Pattern.compile("^/([a-z0-9-]+)-post(\\d{1,12})\\.(html|amp)(/?)$");
    private static final Pattern OLD_ARTICLE = Pattern.compile("^/(?:video/)?([a-z0-9-]+)/([a-z0-9-]*)/(\\d{1,12})\\.htm$");
    private static final Pattern TAG = Pattern.compile("^/([a-z0-9-]+)-tag(\\d{1,12})\\.html$");
    private static final Pattern OLD_TAG = Pattern.compile("^/tag/([a-z0-9-]+)/?$");
    private static final Pattern TOPIC = Pattern.compile("^/chu-de/([a-z0-9-]+)-(\\d{1,9})\\.html$");
    private static final Pattern OLD_TOPIC = Pattern.compile("^/topic/([a-z0-9-]+)/(\\d{1,9})/?$");
    private static final Pattern SECTION = Pattern.compile("^/([a-z0-9-]+)(/?)$");
    private static final Pattern AJAX = Pattern.compile("^/ajax/([a-z0-9-]+)/page-(\\d{1,6})\\.html$");
    private static final Pattern FEED = Pattern.compile("^/rss/([a-z0-9-]+)\\.(rss|xml)$");
    private static final Pattern ZONE_FEED = Pattern.compile("^([a-z]+)-(\\d+)$");
    private static final Pattern MONTH_SITEMAP = Pattern.compile("^/sitemaps/news-(\\d{4})-(\\d{1,2})\\.xml(\\.gz)?$");
    private static final Pattern IMAGE = Pattern.compile("^/(?:images/[0-9a-f]{64}|w1000/news/\\d{4})/([A-Za-z0-9._()-]+)$");
    private static final Pattern PRINT = Pattern.compile("^/print/([a-z0-9-]+)-post(\\d{1,12})\\.html$");
    private static final Pattern GO = Pattern.compile("^/go/(\\d{1,12})$");
    private static final Pattern VIDEO_ITEM = Pattern.compile("^/video/([a-z0-9-]+)/(\\d{1,6})$");
    private static final Pattern TV_ITEM = Pattern.compile("^/tv/([a-z0-9-]+)-(\\d{1,6})\\.html$");
    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d{1,6})(?:&|$)");
    private static final String HTML = "text/html; charset=utf-8";

    private final Site site;
    private final FaultPlan plan;
    private final Map<String, AtomicInteger> visits = new ConcurrentHashMap<>();
    private final ArrayDeque<Long> window = new ArrayDeque<>();

    Routes(Site site, FaultPlan plan) {
        this.site = site;
        this.plan = plan;
    }

    /** A rendered answer before faults and transfer encoding. */
    private record Page(int status, String type, byte[] body, String location, OffsetDateTime lastModified,
            String etagSeed, Long articleId, boolean textual) {
        static Page html(int status, String html) {
            return new Page(status, HTML, html.getBytes(StandardCharsets.UTF_8), null, null, null, null, true);
        }

        static Page redirect(int status, String location) {
            return new Page(status, HTML, ("<html><body><a href=\"" + Html.esc(location) + "\">" + location + "</a></body></html>")
                    .getBytes(StandardCharsets.UTF_8), location, null, null, null, true);
        }

        static Page text(String type, String text) {
            return new Page(200, type, text.getBytes(StandardCharsets.UTF_8), null, null, null, null, true);
        }
    }

    @Override
    public HttpCore.Response handle(HttpCore.Request req) {
        int visit = visits.computeIfAbsent(req.path(), k -> new AtomicInteger()).incrementAndGet();
        ReplicaConfig cfg = site.config;
        if (!req.method().equals("GET") && !req.method().equals("HEAD")) {
            HttpCore.Response r = new HttpCore.Response(405).header("Allow", "GET, HEAD").header("Content-Type", "text/plain; charset=utf-8");
            r.body = "Phương thức không được hỗ trợ".getBytes(StandardCharsets.UTF_8);
            return r;
        }
        if (cfg.has(Fault.RATE_LIMIT_429) && overRate(req.time())) {
            return retryLater(429, "1", Fault.RATE_LIMIT_429);
        }
        Long targetId = articleIdOf(req.path());
        if (targetId != null) {
            HttpCore.Response early = articleFaultBefore(targetId, visit);
            if (early != null) {
                return early;
            }
        }
        Page page = route(req, visit);
        HttpCore.Response resp = new HttpCore.Response(page.status);
        resp.delayMillis = cfg.latencyMillis();
        if (targetId != null && plan.hits(Fault.SLOW, targetId)) {
            resp.delayMillis += cfg.slowMillis();
            resp.fault = Fault.SLOW;
        }
        if (cfg.has(Fault.INTERMITTENT_500) && page.type.startsWith("text/html") && page.status == 200
                && plan.draw(req.path(), visit) < cfg.errorRate()) {
            HttpCore.Response r = new HttpCore.Response(500).header("Content-Type", HTML);
            r.body = "<html><body><h1>500 Internal Server Error</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            r.fault = Fault.INTERMITTENT_500;
            r.delayMillis = resp.delayMillis;
            return r;
        }
        String type = page.type;
        if (targetId != null && page.status == 200 && plan.hits(Fault.CHARSET_MISMATCH, targetId)) {
            type = "text/html; charset=ISO-8859-1";
            resp.fault = Fault.CHARSET_MISMATCH;
        }
        resp.header("Content-Type", type);
        if (page.location != null) {
            resp.header("Location", page.location.startsWith("/") ? site.abs(page.location) : page.location);
        }
        if (page.status == 200) {
            resp.header("Cache-Control", page.textual ? "public, max-age=60" : "public, max-age=31536000");
        }
        byte[] body = page.body;
        if (cfg.has(Fault.CONDITIONAL) && page.status == 200) {
            String etag = "\"" + Site.hex(page.etagSeed != null ? page.etagSeed : new String(body, StandardCharsets.ISO_8859_1)).substring(0, 20) + "\"";
            resp.header("ETag", etag);
            OffsetDateTime lm = page.lastModified;
            if (lm != null) {
                resp.header("Last-Modified", HttpCore.HTTP_DATE.format(lm.toInstant()));
            }
            String inm = req.header("if-none-match");
            String ims = req.header("if-modified-since");
            boolean fresh = inm != null ? matchesEtag(inm, etag) : ims != null && lm != null && notModifiedSince(ims, lm);
            if (fresh) {
                resp.status = 304;
                resp.body = new byte[0];
                resp.fault = Fault.CONDITIONAL;
                return resp;
            }
        }
        boolean acceptsGzip = Optional.ofNullable(req.header("accept-encoding")).orElse("").toLowerCase(Locale.ROOT).contains("gzip");
        if (page.textual && body.length > 0 && (acceptsGzip || cfg.has(Fault.GZIP_ALWAYS))) {
            body = gzip(body);
            resp.header("Content-Encoding", "gzip");
            if (!acceptsGzip) {
                resp.fault = Fault.GZIP_ALWAYS;
            }
        }
        if (page.textual) {
            resp.header("Vary", "Accept-Encoding");
        }
        resp.body = body;
        if (targetId != null && page.status == 200 && visit == 1 && plan.hits(Fault.TRUNCATED_BODY, targetId)) {
            resp.action = HttpCore.Action.TRUNCATE;
            resp.fault = Fault.TRUNCATED_BODY;
        }
        return resp;
    }

    private HttpCore.Response articleFaultBefore(long id, int visit) {
        if (visit == 1 && plan.hits(Fault.RATE_LIMIT_429, id)) {
            return retryLater(429, "2", Fault.RATE_LIMIT_429);
        }
        if (visit <= 2 && plan.hits(Fault.UNAVAILABLE_503, id)) {
            // One target gives seconds, the other an HTTP-date: both forms are legal and both occur.
            boolean dateForm = plan.targets(Fault.UNAVAILABLE_503).indexOf(id) % 2 == 1;
            return retryLater(503, dateForm ? HttpCore.HTTP_DATE.format(Instant.now().plusSeconds(2)) : "1", Fault.UNAVAILABLE_503);
        }
        if (visit == 1 && plan.hits(Fault.CONNECTION_RESET, id)) {
            HttpCore.Response r = new HttpCore.Response(0);
            r.action = HttpCore.Action.RESET;
            r.fault = Fault.CONNECTION_RESET;
            return r;
        }
        return null;
    }

    private HttpCore.Response retryLater(int status, String retryAfter, Fault fault) {
        HttpCore.Response r = new HttpCore.Response(status).header("Content-Type", HTML).header("Retry-After", retryAfter);
        r.body = ("<html><body><h1>" + status + " " + HttpCore.reason(status) + "</h1><p>Vui lòng thử lại sau.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        r.fault = fault;
        return r;
    }

    private synchronized boolean overRate(Instant now) {
        long t = now.toEpochMilli();
        while (!window.isEmpty() && window.peekFirst() <= t - 1000) {
            window.removeFirst();
        }
        window.addLast(t);
        return window.size() > site.config.rateLimitPerSecond();
    }

    private static Long articleIdOf(String path) {
        Matcher m = ARTICLE.matcher(path);
        return m.matches() && m.group(4).isEmpty() ? Long.valueOf(m.group(2)) : null;
    }

    private Page route(HttpCore.Request req, int visit) {
        String path = req.path();
        int page = pageParam(req.query());
        Matcher m;
        if (path.equals("/")) {
            return Page.html(200, ListingPages.home(site, plan.homeLinks()));
        }
        if (path.equals("/robots.txt")) {
            return Page.text("text/plain; charset=utf-8", Feeds.robots(site));
        }
        if ((m = ARTICLE.matcher(path)).matches()) {
            return article(Long.parseLong(m.group(2)), m.group(1), m.group(3).equals("amp"), !m.group(4).isEmpty(), visit);
        }
        if ((m = OLD_ARTICLE.matcher(path)).matches()) {
            return oldArticle(Long.parseLong(m.group(3)), m.group(1));
        }
        if (path.equals("/tin-moi.html")) {
            return orNotFound(ListingPages.listing(site, null, page), path);
        }
        if ((m = TAG.matcher(path)).matches()) {
            Optional<ArticleStore.Tag> tag = site.store.tagById(Long.parseLong(m.group(2)));
            if (tag.isEmpty()) {
                return notFound(path);
            }
            if (!tag.get().slug.equals(m.group(1))) {
                return Page.redirect(301, "/" + tag.get().slug + "-tag" + tag.get().id + ".html");
            }
            return orNotFound(ListingPages.tagPage(site, tag.get(), page), path);
        }
        if ((m = OLD_TAG.matcher(path)).matches()) {
            Optional<ArticleStore.Tag> tag = site.store.tagByName(m.group(1).replace('-', ' '));
            return tag.map(t -> Page.redirect(301, "/" + t.slug + "-tag" + t.id + ".html")).orElseGet(() -> notFound(path));
        }
        if ((m = TOPIC.matcher(path)).matches()) {
            Optional<Topic> t = Topic.byId(Long.parseLong(m.group(2)));
            return t.map(topic -> orNotFound(ListingPages.topicPage(site, topic, page), path)).orElseGet(() -> notFound(path));
        }
        if ((m = OLD_TOPIC.matcher(path)).matches()) {
            Optional<Topic> t = Topic.byId(Long.parseLong(m.group(2)));
            return t.map(topic -> Page.redirect(301, topic.path())).orElseGet(() -> notFound(path));
        }
        if (path.equals("/rss/home.rss")) {
            return Page.text("application/rss+xml; charset=utf-8", Feeds.rss(site, null, 50));
        }
        if ((m = FEED.matcher(path)).matches()) {
            Optional<Category> c = feedCategory(m.group(1));
            return c.map(cat -> Page.text("application/rss+xml; charset=utf-8", Feeds.rss(site, cat, 30))).orElseGet(() -> notFound(path));
        }
        if (path.equals("/sitemap.xml")) {
            return Page.text("application/xml; charset=utf-8", Feeds.sitemapIndex(site));
        }
        if (path.equals("/sitemaps/categories.xml") || path.equals("/sitemaps/categories.xml.gz")) {
            return xmlMaybeGz(Feeds.categorySitemap(site), path.endsWith(".gz"));
        }
        if ((m = MONTH_SITEMAP.matcher(path)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12 || m.group(2).startsWith("0")) {
                return notFound(path);
            }
            String xml = Feeds.monthSitemap(site, YearMonth.of(Integer.parseInt(m.group(1)), month));
            return xml == null ? notFound(path) : xmlMaybeGz(xml, m.group(3) != null);
        }
        if ((m = IMAGE.matcher(path)).matches()) {
            Object[] img = StaticAssets.imageFor(m.group(1));
            return new Page(200, (String) img[1], (byte[]) img[0], null, null, null, null, false);
        }
        if (path.startsWith("/assets/")) {
            return asset(path);
        }
        if ((m = PRINT.matcher(path)).matches()) {
            Optional<ReplicaArticle> a = site.store.get(Long.parseLong(m.group(2)));
            return a.map(x -> Page.html(200, ArticlePage.renderPrint(site, x))).orElseGet(() -> notFound(path));
        }
        if ((m = AJAX.matcher(path)).matches()) {
            Optional<Category> c = Category.bySlug(m.group(1)).filter(Category::current);
            if (c.isEmpty()) {
                return notFound(path);
            }
            String frag = ListingPages.loadMoreFragment(site, c.get(), Integer.parseInt(m.group(2)));
            return frag == null ? new Page(204, HTML, new byte[0], null, null, null, null, true) : Page.html(200, frag);
        }
        if (site.config.has(Fault.REDIRECTS)) {
            if ((m = GO.matcher(path)).matches()) {
                Optional<ReplicaArticle> a = site.store.get(Long.parseLong(m.group(1)));
                // Old links were http; the chain goes through the old .htm URL, which 301s on.
                return a.map(x -> Page.redirect(302, x.oldPath())).orElseGet(() -> notFound(path));
            }
            if (path.equals("/vong-lap/a")) {
                return Page.redirect(302, "/vong-lap/b");
            }
            if (path.equals("/vong-lap/b")) {
                return Page.redirect(301, "/vong-lap/a");
            }
        }
        Page section = nonArticle(path);
        if (section != null) {
            return section;
        }
        if ((m = SECTION.matcher(path)).matches()) {
            Optional<Category> c = Category.bySlug(m.group(1));
            if (c.isPresent()) {
                if (!c.get().current()) {
                    return Page.redirect(301, site.categoryHref(c.get()));
                }
                if (m.group(2).isEmpty()) {
                    return Page.redirect(301, "/" + c.get().slug() + "/");
                }
                return orNotFound(ListingPages.listing(site, c.get(), page), path);
            }
        }
        return notFound(path);
    }

    private Page article(long id, String slug, boolean amp, boolean trailingSlash, int visit) {
        Optional<ReplicaArticle> found = plan.special(id).or(() -> site.store.get(id));
        if (found.isEmpty()) {
            return notFound("/" + slug + "-post" + id + ".html");
        }
        ReplicaArticle a = found.get();
        if (plan.isNonHtml(id)) {
            return new Page(200, "application/pdf", StaticAssets.PDF, null, a.published(), null, id, false);
        }
        if (trailingSlash || !a.slug().equals(slug)) {
            return Page.redirect(301, amp ? "/" + a.slug() + "-post" + id + ".amp" : a.path());
        }
        if (!amp && visit > 1 && plan.hits(Fault.UPDATED_ARTICLE, id)) {
            a = plan.touch(site.store, a, visit);
        }
        String html = amp ? ArticlePage.renderAmp(site, a) : ArticlePage.render(site, a);
        String seed = id + "|" + (amp ? "amp" : "html") + "|" + a.lastModified() + "|" + a.body().size() + "|" + a.title().hashCode();
        return new Page(200, HTML, html.getBytes(StandardCharsets.UTF_8), null, a.lastModified(), seed, id, true);
    }

    private Page oldArticle(long id, String category) {
        Optional<ReplicaArticle> found = site.store.get(id);
        if (found.isEmpty() || !site.config.isOldEra(id) || site.config.redirectMode() == ReplicaConfig.RedirectMode.GONE_404) {
            return notFound("/" + category + "/" + id + ".htm");
        }
        ReplicaArticle a = found.get();
        if (site.config.redirectMode() == ReplicaConfig.RedirectMode.MOVED_301) {
            return Page.redirect(301, a.path());
        }
        String html = ArticlePage.render(site, a);
        return new Page(200, HTML, html.getBytes(StandardCharsets.UTF_8), null, a.lastModified(),
                id + "|old|" + a.lastModified(), id, true);
    }

    private Optional<Category> feedCategory(String name) {
        Optional<Category> c = Category.bySlug(name);
        if (c.isPresent()) {
            return c;
        }
        Matcher z = ZONE_FEED.matcher(name);
        if (z.matches()) {
            int zone = Integer.parseInt(z.group(2));
            for (Category cat : ArticleStore.ALL_CATEGORIES) {
                if (cat.zoneId() == zone && cat.slug().replace("-", "").equals(z.group(1))) {
                    return Optional.of(cat.currentParent());
                }
            }
        }
        return Optional.empty();
    }

    private Page nonArticle(String path) {
        if (path.equals("/video/") || path.equals("/video")) {
            StringBuilder b = new StringBuilder("<ul class=\"video-list\">");
            String[][] items = {{"lu-ve-nhanh-tren-song-ngan-sau", "364"}, {"nguoi-dan-vung-ron-lu-don-dep-sau-lu", "365"},
                {"mua-gat-tren-dong-dat-can-loc", "371"}, {"le-hoi-dua-thuyen-tren-song-la", "380"}};
            for (String[] it : items) {
                b.append("<li><a href=\"/video/").append(it[0]).append('/').append(it[1]).append("\">Video: ").append(it[0].replace('-', ' ')).append("</a></li>");
            }
            b.append("</ul><h2>Mới nhất</h2><h2>Nổi bật</h2>");
            return Page.html(200, ListingPages.section(site, "/video/", "Video", b.toString()));
        }
        Matcher m = VIDEO_ITEM.matcher(path);
        if (m.matches()) {
            return Page.html(200, ListingPages.section(site, path, "Video: " + m.group(1).replace('-', ' '),
                    "<div class=\"video-player\"><video controls preload=\"none\" src=\"/assets/video/" + m.group(2) + ".mp4\"></video>"
                            + "<a class=\"close-player\" href=\"javascript:void(0)\">Tắt [X]</a></div>"));
        }
        if (path.equals("/tv/") || path.equals("/tv")) {
            return Page.html(200, ListingPages.section(site, "/tv/", "Truyền hình Hà Tĩnh",
                    "<a href=\"/\">Về Báo Hà Tĩnh</a><ul><li><a href=\"/tv/xuan-que-huong-tham-nong-cau-vi-giam-31120.html\">Xuân quê hương thắm nồng câu ví giặm</a></li>"
                            + "<li><a href=\"/tv/van-de-hom-nay-chuyen-doi-so-o-co-so-33570.html\">Vấn đề hôm nay: chuyển đổi số ở cơ sở</a></li>"
                            + "<li><a href=\"/tv/gia-vang\">Giá vàng</a></li></ul>"));
        }
        m = TV_ITEM.matcher(path);
        if (m.matches() || path.equals("/tv/gia-vang")) {
            return Page.html(200, ListingPages.section(site, path, "Tin tức", "<a href=\"/\">Về Báo Hà Tĩnh</a><div class=\"tv-label\">Tin tức</div>"
                    + "<p class=\"tv-byline\">PV - 07/03/2026 15:42</p><p>Chương trình truyền hình phát trên kênh HTV.</p>"));
        }
        if (path.startsWith("/cong-cu/")) {
            String title = switch (path) {
                case "/cong-cu/gia-xang-dau/ron95" -> "Giá xăng RON 95 hôm nay";
                case "/cong-cu/thoi-tiet" -> "Thời tiết Hà Tĩnh";
                case "/cong-cu/xo-so/mien-bac" -> "Kết quả xổ số miền Bắc";
                default -> path.startsWith("/cong-cu/lich-am/") ? "Lịch âm " + path.substring(17) : null;
            };
            if (title == null) {
                return null;
            }
            return Page.html(200, ListingPages.section(site, path, title,
                    "<table class=\"tool-table\"><tr><th>Loại</th><th>Giá (đồng/lít)</th></tr><tr><td>Xăng RON 95-III</td><td>20.650</td></tr>"
                            + "<tr><td>Xăng E5 RON 92</td><td>19.870</td></tr></table><p><a href=\"/cong-cu/lich-am/28-02-2026\">Lịch âm</a> "
                            + "<a href=\"/cong-cu/thoi-tiet\">Thời tiết</a> <a href=\"/cong-cu/xo-so/mien-bac\">Xổ số</a></p>"));
        }
        for (String[] s : new String[][] {{"/multimedia/", "Multimedia"}, {"/emagazine/", "E-magazine"}, {"/podcast/", "Podcast"},
            {"/short-video/", "Short video"}, {"/epaper/", "Báo in"}}) {
            if (path.equals(s[0]) || path.equals(s[0].substring(0, s[0].length() - 1))) {
                return Page.html(200, ListingPages.section(site, s[0], s[1], "<p>Chuyên mục " + s[1] + " của Báo Hà Tĩnh.</p>"));
            }
        }
        if (path.equals("/tim-kiem")) {
            return Page.html(200, ListingPages.section(site, path, "Tìm kiếm", "<p>Nhập từ khóa để tìm kiếm.</p>"));
        }
        return null;
    }

    private Page asset(String path) {
        if (path.endsWith(".css")) {
            return new Page(200, "text/css", StaticAssets.CSS, null, null, null, null, false);
        }
        if (path.endsWith(".js")) {
            return new Page(200, "application/javascript", StaticAssets.JS, null, null, null, null, false);
        }
        if (path.endsWith(".png")) {
            return new Page(200, "image/png", StaticAssets.PNG, null, null, null, null, false);
        }
        return notFound(path);
    }

    private Page xmlMaybeGz(String xml, boolean gz) {
        if (gz) {
            return new Page(200, "application/x-gzip", gzip(xml.getBytes(StandardCharsets.UTF_8)), null, null, null, null, false);
        }
        return Page.text("application/xml; charset=utf-8", xml);
    }

    private Page orNotFound(String html, String path) {
        return html == null ? notFound(path) : Page.html(200, html);
    }

    private Page notFound(String path) {
        return Page.html(404, ListingPages.notFound(site, path));
    }

    private static int pageParam(String query) {
        Matcher m = PAGE.matcher(query);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static boolean matchesEtag(String header, String etag) {
        for (String t : header.split(",")) {
            String s = t.strip();
            if (s.startsWith("W/")) {
                s = s.substring(2);
            }
            if (s.equals(etag) || s.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ims, OffsetDateTime lastModified) {
        try {
            ZonedDateTime since = ZonedDateTime.parse(ims.strip(), HttpCore.HTTP_DATE);
            return !lastModified.toInstant().isAfter(since.toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static byte[] gzip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
