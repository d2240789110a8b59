package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What every page renderer shares: the configuration, the articles, the origin the replica answers on, and
 * the site-wide conventions (article, image and tag URLs, date forms).
 */
final class Site {

    static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};

    final ReplicaConfig config;
    final ArticleStore store;
    /** The origin, without a trailing slash: {@code http://127.0.0.1:<port>}. */
    final String origin;

    Site(ReplicaConfig config, ArticleStore store, String origin) {
        this.config = config;
        this.store = store;
        this.origin = origin;
    }

    String abs(String path) {
        return origin + path;
    }

    /**
     * An article link as it appears in a listing or related block. With {@link Fault#URL_VARIANTS}, some links
     * carry tracking parameters, the https scheme or a trailing slash, chosen per (page, position).
     */
    String articleHref(ReplicaArticle a, String pagePath, int position) {
        return variant(a.path(), pagePath, position);
    }

    String variant(String path, String pagePath, int position) {
        if (!config.has(Fault.URL_VARIANTS)) {
            return path;
        }
        long h = TextHashes.textHash(config.seed() + "|" + pagePath + "|" + position + "|" + path);
        return switch ((int) Math.floorMod(h, 6L)) {
            case 1 -> path + "?utm_source=facebook&utm_medium=social&utm_campaign=chia-se";
            case 2 -> path + "?fbclid=IwAR" + HexFormat.of().toHexDigits(h).substring(0, 12);
            case 3 -> "https" + origin.substring(origin.indexOf(':')) + path;
            case 4 -> path + "/";
            default -> origin + path;
        };
    }

    /** The real URL of an image: new CDN form for current articles, the dated {@code /w1000/news/<YYWW>/} form for old ones. */
    String imageUrl(ReplicaArticle a, String file) {
        if (config.isOldEra(a.id())) {
            OffsetDateTime d = a.published();
            int yy = d.get(IsoFields.WEEK_BASED_YEAR) % 100;
            int ww = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return origin + String.format(Locale.ROOT, "/w1000/news/%02d%02d/%s", yy, ww, file);
        }
        return origin + "/images/" + hex(a.id() + "/" + file) + "/" + file;
    }

    /** The lead image of an article (its first figure), or null. */
    String leadImage(ReplicaArticle a) {
        return a.figures().isEmpty() ? null : imageUrl(a, a.figures().get(0).file());
    }

    String tagHref(String tag) {
        return store.tagByName(tag).map(t -> "/" + t.slug + "-tag" + t.id + ".html").orElse("/");
    }

    String categoryHref(Category c) {
        return "/" + c.currentParent().slug() + "/";
    }

    /** The per-category feed path in the configured form. */
    String feedPath(Category c) {
        return switch (config.feedStyle()) {
            case SLUG_RSS -> "/rss/" + c.slug() + ".rss";
            case ZONE_ID -> "/rss/" + c.slug().replace("-", "") + "-" + c.zoneId() + ".rss";
            case OLD_XML -> "/rss/" + c.slug() + ".xml";
        };
    }

    static String visibleDate(EraStyle.DateStyle style, OffsetDateTime t) {
        return switch (style) {
            case DMY_HM -> DMY_HM.format(t);
            case WEEKDAY -> WEEKDAYS[t.getDayOfWeek().getValue() - 1] + ", ngày " + DMY.format(t) + " - "
                    + DateTimeFormatter.ofPattern("HH:mm").format(t);
            case PIPE -> DMY.format(t) + " | " + DateTimeFormatter.ofPattern("HH:mm").format(t);
        };
    }

    static String hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
