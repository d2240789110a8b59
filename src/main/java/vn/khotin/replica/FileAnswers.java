package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers for what is not a page: RSS feeds under each of their URL forms, sitemaps (plain or gzipped),
 * placeholder images and the static assets.
 */
final class FileAnswers {

    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";
    private static final Pattern ZONE_FEED = Pattern.compile("^([a-z]+)-(\\d+)$");

    private final Site site;

    FileAnswers(Site site) {
        this.site = site;
    }

    /** {@code /rss/<name>.rss} or {@code .xml}: all three feed forms are served, whichever {@code feedStyle} the pages link. */
    Page sectionFeed(String name, String path) {
        return feedCategory(name).map(c -> Page.text(RSS, Feeds.rss(site, c, 30))).orElseGet(() -> Page.notFound(site, path));
    }

    /** A section by slug, or by the sister CMS's {@code <slug without dashes>-<zoneId>}, listed under its current section. */
    private static Optional<Category> feedCategory(String name) {
        Optional<Category> c = Category.bySlug(name);
        if (c.isPresent()) {
            return c;
        }
        Matcher z = ZONE_FEED.matcher(name);
        if (z.matches()) {
            int zone = Integer.parseInt(z.group(2));
            for (Category cat : Category.ALL) {
                if (cat.zoneId() == zone && cat.slug().replace("-", "").equals(z.group(1))) {
                    return Optional.of(cat.currentParent());
                }
            }
        }
        return Optional.empty();
    }

    Page categorySitemap(boolean gz) {
        return xml(Feeds.categorySitemap(site), gz);
    }

    /** {@code /sitemaps/news-<year>-<month>.xml}: the month is not zero-padded, and a month without articles is 404. */
    Page monthSitemap(String year, String month, boolean gz, String path) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12 || month.startsWith("0")) {
            return Page.notFound(site, path);
        }
        String xml = Feeds.monthSitemap(site, YearMonth.of(Integer.parseInt(year), m));
        return xml == null ? Page.notFound(site, path) : xml(xml, gz);
    }

    private static Page xml(String xml, boolean gz) {
        if (gz) {
            return Page.file("application/x-gzip", Gzip.compress(xml.getBytes(StandardCharsets.UTF_8)));
        }
        return Page.text(XML, xml);
    }

    /** Any image file name: a tiny placeholder of its format. */
    static Page image(String file) {
        StaticAssets.Image img = StaticAssets.imageFor(file);
        return Page.file(img.type(), img.bytes());
    }

    Page asset(String path) {
        if (path.endsWith(".css")) {
            return Page.file("text/css", StaticAssets.CSS);
        }
        if (path.endsWith(".js")) {
            return Page.file("application/javascript", StaticAssets.JS);
        }
        if (path.endsWith(".png")) {
            return Page.file("image/png", StaticAssets.PNG);
        }
        return Page.notFound(site, path);
    }
}
