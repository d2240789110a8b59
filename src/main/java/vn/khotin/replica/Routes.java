package vn.khotin.replica;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every URL the replica answers, read top to bottom, and the faults applied on the way out. Handlers are
 * thin: they read the path, and the page is built by {@link ArticleAnswers}, {@link ListingAnswers},
 * {@link FileAnswers} and {@link NonArticlePages}. A request is first given the chance to be refused
 * ({@link Refusals}), and the page goes out through {@link Delivery}.
 */
final class Routes implements HttpCore.Handler {

    private static final Pattern ARTICLE = Pattern.compile("^/([a-z0-9-]+)-post(\\d{1,12})\\.(html|amp)(/?)$");
    private static final Pattern OLD_ARTICLE = Pattern.compile("^/(?:video/)?([a-z0-9-]+)/([a-z0-9-]*)/(\\d{1,12})\\.htm$");
    private static final Pattern PRINT = Pattern.compile("^/print/([a-z0-9-]+)-post(\\d{1,12})\\.html$");
    private static final Pattern TAG = Pattern.compile("^/([a-z0-9-]+)-tag(\\d{1,12})\\.html$");
    private static final Pattern OLD_TAG = Pattern.compile("^/tag/([a-z0-9-]+)/?$");
    private static final Pattern TOPIC = Pattern.compile("^/chu-de/([a-z0-9-]+)-(\\d{1,9})\\.html$");
    private static final Pattern OLD_TOPIC = Pattern.compile("^/topic/([a-z0-9-]+)/(\\d{1,9})/?$");
    private static final Pattern AJAX = Pattern.compile("^/ajax/([a-z0-9-]+)/page-(\\d{1,6})\\.html$");
    private static final Pattern FEED = Pattern.compile("^/rss/([a-z0-9-]+)\\.(rss|xml)$");
    private static final Pattern CATEGORY_SITEMAP = Pattern.compile("^/sitemaps/categories\\.xml(\\.gz)?$");
    private static final Pattern MONTH_SITEMAP = Pattern.compile("^/sitemaps/news-(\\d{4})-(\\d{1,2})\\.xml(\\.gz)?$");
    private static final Pattern IMAGE = Pattern.compile("^/(?:images/[0-9a-f]{64}|w1000/news/\\d{4})/([A-Za-z0-9._()-]+)$");
    private static final Pattern ASSET = Pattern.compile("^/assets/.*", Pattern.DOTALL);
    private static final Pattern GO = Pattern.compile("^/go/(\\d{1,12})$");
    private static final Pattern VIDEOS = Pattern.compile("^/video/?$");
    private static final Pattern VIDEO_ITEM = Pattern.compile("^/video/([a-z0-9-]+)/(\\d{1,6})$");
    private static final Pattern TV = Pattern.compile("^/tv/?$");
    private static final Pattern TV_ITEM = Pattern.compile("^/tv/([a-z0-9-]+)-(\\d{1,6})\\.html$");
    private static final Pattern TOOL = Pattern.compile("^/cong-cu/.*", Pattern.DOTALL);
    private static final Pattern MEDIA = Pattern.compile("^/(?:multimedia|emagazine|podcast|short-video|epaper)/?$");
    private static final Pattern SECTION = Pattern.compile("^/([a-z0-9-]+)(/?)$");

    /**
     * How many paths the visit counts remember (some 10 MB when full): far more paths than come between a fault's
     * first visit and the retries it expects, few enough that neither the crawl of a large corpus nor a client
     * inventing paths can make the replica run out of memory.
     */
    static final int MAX_TRACKED_PATHS = 1 << 16;

    private final Site site;
    private final FaultPlan plan;
    private final VisitCounts visits = new VisitCounts(MAX_TRACKED_PATHS);
    private final RouteTable routes = new RouteTable();
    private final Refusals refusals;
    private final Delivery delivery;
    private final ArticleAnswers articles;
    private final ListingAnswers listings;
    private final FileAnswers files;
    private final NonArticlePages other;

    Routes(Site site, FaultPlan plan) {
        this.site = site;
        this.plan = plan;
        this.refusals = new Refusals(site.config, plan);
        this.delivery = new Delivery(site, plan);
        this.articles = new ArticleAnswers(site, plan);
        this.listings = new ListingAnswers(site);
        this.files = new FileAnswers(site);
        this.other = new NonArticlePages(site);
        articlesAndListings();
        feedsAndFiles();
        faultsAndOtherSections();
    }

    @Override
    public HttpCore.Response handle(HttpCore.Request req) {
        int visit = visits.visit(req.path());
        Long articleId = articleIdOf(req.path());
        HttpCore.Response refused = refusals.of(req, articleId, visit);
        if (refused != null) {
            return refused;
        }
        Page page = routes.answer(req, visit);
        return delivery.send(req, page != null ? page : Page.notFound(site, req.path()), articleId, visit);
    }

    /** How many paths the visit counts hold now. */
    int trackedPaths() {
        return visits.size();
    }

    /** The article a canonical article URL names: the one the per-article faults are planned for. */
    private static Long articleIdOf(String path) {
        Matcher m = ARTICLE.matcher(path);
        return m.matches() && m.group(4).isEmpty() ? Long.valueOf(m.group(2)) : null;
    }

    private void articlesAndListings() {
        routes.get("/", c -> Page.html(200, ListingPages.home(site, plan.homeLinks())))
                .get("/robots.txt", c -> Page.text("text/plain; charset=utf-8", Feeds.robots(site)))
                .get(ARTICLE, c -> articles.current(c.number(2), c.group(1), c.group(3).equals("amp"), !c.group(4).isEmpty(),
                        c.visit()))
                .get(OLD_ARTICLE, c -> articles.old(c.number(3), c.group(1)))
                .get(PRINT, c -> articles.print(c.number(2), c.path()))
                .get("/tin-moi.html", c -> listings.newest(c.page(), c.path()))
                .get(TAG, c -> listings.tag(c.number(2), c.group(1), c.page(), c.path()))
                .get(OLD_TAG, c -> listings.oldTag(c.group(1), c.path()))
                .get(TOPIC, c -> listings.topic(c.number(2), c.page(), c.path()))
                .get(OLD_TOPIC, c -> listings.oldTopic(c.number(2), c.path()))
                .get(AJAX, c -> listings.more(c.group(1), Integer.parseInt(c.group(2)), c.path()));
    }

    private void feedsAndFiles() {
        routes.get("/rss/home.rss", c -> Page.text(FileAnswers.RSS, Feeds.rss(site, null, 50)))
                .get(FEED, c -> files.sectionFeed(c.group(1), c.path()))
                .get("/sitemap.xml", c -> Page.text(FileAnswers.XML, Feeds.sitemapIndex(site)))
                .get(CATEGORY_SITEMAP, c -> files.categorySitemap(c.group(1) != null))
                .get(MONTH_SITEMAP, c -> files.monthSitemap(c.group(1), c.group(2), c.group(3) != null, c.path()))
                .get(IMAGE, c -> FileAnswers.image(c.group(1)))
                .get(ASSET, c -> files.asset(c.path()));
    }

    /** The fault pages exist only when their fault is on; the other sections come before the catch-all section form. */
    private void faultsAndOtherSections() {
        if (site.config.has(Fault.REDIRECTS)) {
            routes.get(GO, c -> articles.go(c.number(1), c.path()))
                    .get("/vong-lap/a", c -> Page.redirect(302, "/vong-lap/b"))
                    .get("/vong-lap/b", c -> Page.redirect(301, "/vong-lap/a"));
        }
        routes.get(VIDEOS, c -> other.videos())
                .get(VIDEO_ITEM, c -> other.video(c.path(), c.group(1), c.group(2)))
                .get(TV, c -> other.tv())
                .get(TV_ITEM, c -> other.tvItem(c.path()))
                .get("/tv/gia-vang", c -> other.tvItem(c.path()))
                .get(TOOL, c -> other.tool(c.path()))
                .get(MEDIA, c -> other.media(c.path()))
                .get("/tim-kiem", c -> other.search(c.path()))
                .get(SECTION, c -> listings.section(c.group(1), !c.group(2).isEmpty(), c.page(), c.path()));
    }
}
