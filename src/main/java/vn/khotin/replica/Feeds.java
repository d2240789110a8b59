package vn.khotin.replica;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** RSS feeds, sitemaps and robots.txt (reference §5). */
final class Feeds {

    private Feeds() {
    }

    static String rss(Site site, Category cat, int limit) {
        String title = cat == null ? "Báo Hà Tĩnh - Trang chủ" : "Báo Hà Tĩnh - " + cat.label();
        String link = site.abs(cat == null ? "/" : "/" + cat.slug() + "/");
        StringBuilder b = new StringBuilder(32_768);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
                .append("<title>").append(Html.xml(title)).append("</title>\n<link>").append(Html.xml(link)).append("</link>\n")
                .append("<description>Báo Hà Tĩnh điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh</description>\n")
                .append("<language>vi-vn</language>\n<copyright>Báo Hà Tĩnh</copyright>\n")
                .append("<atom:link href=\"").append(Html.xml(site.abs(cat == null ? "/rss/home.rss" : site.feedPath(cat))))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        List<ReplicaArticle> items = ArticlePage.load(site, site.store.newest(cat, 0, limit));
        if (!items.isEmpty()) {
            b.append("<lastBuildDate>").append(Site.RFC822.format(items.get(0).lastModified())).append("</lastBuildDate>\n");
        }
        for (ReplicaArticle a : items) {
            String url = site.abs(a.path());
            String lead = site.leadImage(a);
            String desc = (lead == null ? "" : "<a href=\"" + url + "\"><img src=\"" + lead + "\" /></a><br />")
                    + "<i>(Baohatinh.vn)</i> - " + Html.esc(a.sapo());
            b.append("<item>\n<title>").append(Html.xml(a.title())).append("</title>\n<link>").append(Html.xml(url)).append("</link>\n")
                    .append("<guid isPermaLink=\"true\">").append(Html.xml(url)).append("</guid>\n")
                    .append("<description><![CDATA[").append(desc.replace("]]>", "]]]]><![CDATA[>")).append("]]></description>\n")
                    .append("<pubDate>").append(Site.RFC822.format(a.published())).append("</pubDate>\n")
                    .append("<category>").append(Html.xml(a.category().currentParent().label())).append("</category>\n</item>\n");
        }
        b.append("</channel>\n</rss>\n");
        return b.toString();
    }

    static String sitemapIndex(Site site) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String ext = site.config.gzipSitemaps() ? ".xml.gz" : ".xml";
        b.append("<sitemap><loc>").append(site.abs("/sitemaps/categories" + ext)).append("</loc></sitemap>\n");
        for (YearMonth ym : site.store.months()) {
            b.append("<sitemap><loc>").append(site.abs("/sitemaps/news-" + ym.getYear() + "-" + ym.getMonthValue() + ext)).append("</loc><lastmod>")
                    .append(Site.ISO.format(Instant.ofEpochSecond(site.store.monthLastModified(ym)).atOffset(IdDates.VN)))
                    .append("</lastmod></sitemap>\n");
        }
        b.append("</sitemapindex>\n");
        return b.toString();
    }

    /** The month's sitemap, or null when no article was published that month. */
    static String monthSitemap(Site site, YearMonth ym) {
        List<long[]> entries = site.store.month(ym);
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(entries.size() * 160 + 256);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long[] e : entries) {
            site.store.get(e[0]).ifPresent(a -> b.append("<url><loc>").append(Html.xml(site.abs(a.path()))).append("</loc><lastmod>")
                    .append(Site.ISO.format(Instant.ofEpochSecond(e[1]).atOffset(IdDates.VN))).append("</lastmod></url>\n"));
        }
        b.append("</urlset>\n");
        return b.toString();
    }

    static String categorySitemap(Site site) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
                .append("<url><loc>").append(site.abs("/")).append("</loc><changefreq>always</changefreq></url>\n");
        for (Category c : Category.CURRENT) {
            b.append("<url><loc>").append(site.abs("/" + c.slug() + "/")).append("</loc><changefreq>hourly</changefreq></url>\n");
        }
        for (Topic t : Topic.ALL) {
            b.append("<url><loc>").append(site.abs(t.path())).append("</loc><changefreq>daily</changefreq></url>\n");
        }
        b.append("</urlset>\n");
        return b.toString();
    }

    static String robots(Site site) {
        String delay = site.config.crawlDelaySeconds() == Math.rint(site.config.crawlDelaySeconds())
                ? String.valueOf((long) site.config.crawlDelaySeconds()) : String.valueOf(site.config.crawlDelaySeconds());
        return "# Bản sao cục bộ của baohatinh.vn (Khotin replica)\n"
                + "User-agent: GPTBot\nDisallow: /\n\n"
                + "User-agent: *\nDisallow: /tim-kiem\nDisallow: /print/\nDisallow: /binh-luan\n"
                + "Allow: /\nCrawl-delay: " + delay + "\n\n"
                + "Sitemap: " + site.abs("/sitemap.xml") + "\n";
    }
}
