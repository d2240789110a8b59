package vn.khotin.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * Finds the URLs a fetched resource points to: sitemap indexes and sitemaps (with {@code lastmod}), RSS and
 * Atom feeds (crawler-commons reads both), and HTML pages (links, pagination, feed links, "load more"
 * targets, {@code rel=canonical}). Every URL comes out canonical, on an allowed host, outside the denied
 * paths and not an image or script.
 */
final class Discovery {

    private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([A-Za-z0-9_\\-]+)");

    /** A URL found, what it probably is, and the sitemap's or feed's {@code lastmod} (epoch ms) if given. */
    record Link(String url, CrawlStore.Kind kind, Long lastmod, boolean paginates) {}

    /** What a resource yielded: links, and for a page its canonical URL when it names another. */
    record Found(List<Link> links, String canonical) {}

    private final CrawlSettings settings;
    private final UrlCanonicalizer canon;
    private final ArticleIds ids;
    private final SiteMapParser sitemaps = new SiteMapParser(false);

    Discovery(CrawlSettings settings, UrlCanonicalizer canon, ArticleIds ids) {
        this.settings = settings;
        this.canon = canon;
        this.ids = ids;
    }

    /** Kind of a URL from its form alone (before fetching it). */
    CrawlStore.Kind kindOf(String url) {
        if (ids.idOf(url).isPresent()) {
            return CrawlStore.Kind.ARTICLE;
        }
        String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
        if (path.contains("sitemap") && (path.endsWith(".xml") || path.endsWith(".xml.gz") || path.endsWith(".txt"))) {
            return CrawlStore.Kind.SITEMAP;
        }
        if (path.endsWith(".rss") || path.startsWith("/rss/") || path.endsWith("/feed") || path.endsWith(".atom")) {
            return CrawlStore.Kind.FEED;
        }
        return CrawlStore.Kind.PAGE;
    }

    /** The canonical URL of a link, if the crawler may fetch it. */
    Optional<String> admit(String base, String href) {
        return canon.canonicalize(base, href).filter(this::fetchable);
    }

    boolean fetchable(String url) {
        URI u = URI.create(url);
        return settings.allowsHost(u.getHost()) && !settings.deniesPath(u.getRawPath()) && !canon.isSkippedType(url);
    }

    Found discover(Exchange exchange, CrawlStore.Kind kind) {
        Capture c = exchange.capture();
        String media = c.mediaType();
        boolean xmlish = media.contains("xml") || media.contains("rss") || media.contains("atom")
                || media.contains("gzip") || media.equals("text/plain") && kind == CrawlStore.Kind.SITEMAP;
        if (kind == CrawlStore.Kind.SITEMAP || kind == CrawlStore.Kind.FEED || xmlish) {
            Optional<List<Link>> fromMap = sitemapOrFeed(c, kind);
            if (fromMap.isPresent()) {
                return new Found(fromMap.get(), null);
            }
        }
        if (media.isEmpty() || media.contains("html")) {
            return html(c);
        }
        return new Found(List.of(), null);
    }

    private Optional<List<Link>> sitemapOrFeed(Capture c, CrawlStore.Kind kind) {
        try {
            String type = c.mediaType().isEmpty() ? "text/xml" : c.mediaType();
            if (type.equals("text/html") || type.equals("application/octet-stream")) {
                type = "text/xml";
            }
            AbstractSiteMap map = sitemaps.parseSiteMap(type, c.body(), new URL(c.url()));
            List<Link> links = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    admit(c.url(), child.getUrl().toString()).ifPresent(u -> links.add(
                            new Link(u, CrawlStore.Kind.SITEMAP, millis(child.getLastModified()), false)));
                }
            } else if (map instanceof SiteMap sm) {
                for (SiteMapURL entry : sm.getSiteMapUrls()) {
                    admit(c.url(), entry.getUrl().toString()).ifPresent(u -> links.add(
                            new Link(u, kindOf(u), millis(entry.getLastModified()), false)));
                }
            }
            return Optional.of(links);
        } catch (UnknownFormatException | java.io.IOException | RuntimeException e) {
            LOG.debug("{} is not a sitemap or feed ({}): {}", c.url(), kind, e.toString());
            return Optional.empty();
        }
    }

    private static Long millis(Date d) {
        return d == null ? null : d.getTime();
    }

    private Found html(Capture c) {
        Document doc = Jsoup.parse(new String(c.body(), charset(c)), c.url());
        String base = doc.location();
        Element baseTag = doc.selectFirst("base[href]");
        if (baseTag != null) {
            base = baseTag.absUrl("href").isEmpty() ? base : baseTag.absUrl("href");
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (Element e : doc.select("link[rel~=(?i)^(next|prev|previous)$][href], a[rel~=(?i)^(next|prev)$][href]")) {
            add(links, base, e.attr("href"), true);
        }
        for (Element e : doc.select("link[rel=alternate][type~=(?i)(rss|atom)][href]")) {
            admit(base, e.attr("href")).ifPresent(u -> links.putIfAbsent(u, new Link(u, CrawlStore.Kind.FEED, null, false)));
        }
        for (Element e : doc.select("a[href], area[href]")) {
            add(links, base, e.attr("href"), false);
        }
        // "Xem thêm" buttons name the next batch in a data attribute instead of a link.
        for (Element e : doc.select("[data-url], [data-href], [data-next], [data-next-url], [data-more-url]")) {
            for (String attr : List.of("data-url", "data-href", "data-next", "data-next-url", "data-more-url")) {
                if (e.hasAttr(attr)) {
                    add(links, base, e.attr(attr), true);
                }
            }
        }
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            canonical = canon.canonicalize(base, link.attr("href")).orElse(null);
        }
        return new Found(new ArrayList<>(links.values()), canonical);
    }

    private void add(Map<String, Link> links, String base, String href, boolean paginates) {
        admit(base, href).ifPresent(u -> links.merge(u, new Link(u, kindOf(u), null, paginates),
                (a, b) -> a.paginates() || !b.paginates() ? a : b));
    }

    /** The charset the page declares (header, then meta), UTF-8 when none; only links need decoding here. */
    private static Charset charset(Capture c) {
        Optional<Charset> header = c.declaredCharset();
        int n = Math.min(c.body().length, 2048);
        Matcher m = META_CHARSET.matcher(new String(c.body(), 0, n, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException ignored) {
                // fall back to the header
            }
        }
        return header.orElse(StandardCharsets.UTF_8);
    }
}
