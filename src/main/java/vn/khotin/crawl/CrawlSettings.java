package vn.khotin.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The crawl part of a site profile ({@code site.*} and {@code crawl.*} keys of a
 * {@code crawler-config/*.properties} file), validated once at start.
 *
 * @param siteName short name of the site ("baohatinh")
 * @param origin scheme, host and port of the site, without a path
 * @param allowedHosts hosts the crawler may fetch from; "*.example.vn" allows any subdomain
 * @param seeds paths under the origin where discovery starts
 * @param requestsPerSecond the most requests per second per host
 * @param userAgent the User-Agent header, naming us and a contact page
 * @param denyPaths path prefixes never fetched
 * @param connectTimeout connection timeout
 * @param readTimeout timeout for a whole response
 * @param maxBodyBytes larger bodies are cut and recorded as truncated
 * @param politeness retries, back-off and delay limits ({@code crawl.max-retries} and friends, all optional)
 * @param urls canonicalization rules ({@code crawl.strip-params}, {@code crawl.url-rewrites},
 *     {@code crawl.skip-extensions}, all optional)
 */
public record CrawlSettings(
        String siteName,
        URI origin,
        List<String> allowedHosts,
        List<String> seeds,
        double requestsPerSecond,
        String userAgent,
        List<String> denyPaths,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        Politeness politeness,
        UrlRules urls) {

    /** Defaults of the optional keys, chosen for a newspaper's site: patient, never hammering. */
    static final int DEFAULT_MAX_RETRIES = 6;

    public CrawlSettings {
        java.util.Objects.requireNonNull(politeness, "politeness");
        java.util.Objects.requireNonNull(urls, "urls");
        allowedHosts = List.copyOf(allowedHosts);
        seeds = List.copyOf(seeds);
        denyPaths = List.copyOf(denyPaths);
    }

    /**
     * Reads the {@code site.*} and {@code crawl.*} keys.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the bad key and value
     */
    public static CrawlSettings from(Map<String, String> profile) {
        return new CrawlSettings(
                required(profile, "site.name"),
                origin("site.origin", required(profile, "site.origin")),
                list(profile, "site.allowed-hosts").stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(),
                list(profile, "crawl.seeds"),
                positive(profile, "crawl.rate"),
                required(profile, "crawl.user-agent"),
                list(profile, "crawl.deny-paths"),
                Duration.ofMillis((long) (positive(profile, "crawl.connect-timeout-seconds") * 1000)),
                Duration.ofMillis((long) (positive(profile, "crawl.read-timeout-seconds") * 1000)),
                (long) positive(profile, "crawl.max-body-bytes"),
                new Politeness(
                        (int) optionalNumber(profile, "crawl.max-retries", DEFAULT_MAX_RETRIES, 0, 100),
                        seconds(optionalNumber(profile, "crawl.backoff-base-seconds", 2, 0.001, 3600)),
                        seconds(optionalNumber(profile, "crawl.backoff-max-seconds", 600, 0.001, 86400)),
                        seconds(optionalNumber(profile, "crawl.max-crawl-delay-seconds", 10, 0, 3600)),
                        seconds(optionalNumber(profile, "crawl.max-retry-after-seconds", 3600, 0, 86400)),
                        seconds(optionalNumber(profile, "crawl.robots-cache-hours", 24, 0.001, 24) * 3600),
                        (int) optionalNumber(profile, "crawl.max-redirects", 5, 0, 50)),
                UrlRules.from(profile));
    }

    /**
     * How patient the crawler is with a struggling site.
     *
     * @param maxRetries attempts after the first, for 429/5xx/timeouts/resets, before a URL is given up for the run
     * @param backoffBase first back-off delay; it doubles with each attempt, with jitter
     * @param backoffMax the longest back-off delay
     * @param maxCrawlDelay robots.txt {@code Crawl-delay} is honored up to this much
     * @param maxRetryAfter a {@code Retry-After} longer than this postpones the URL to a later run
     * @param robotsCacheTtl how long a robots.txt is trusted (at most 24 h, RFC 9309)
     * @param maxRedirects the longest redirect chain followed
     */
    public record Politeness(int maxRetries, Duration backoffBase, Duration backoffMax, Duration maxCrawlDelay,
            Duration maxRetryAfter, Duration robotsCacheTtl, int maxRedirects) {}

    private static Duration seconds(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    static double optionalNumber(Map<String, String> profile, String key, double fallback, double min, double max) {
        String value = profile.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " = " + value.trim() + ": phải là số từ " + plain(min) + " đến "
                + plain(max));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The same settings crawling another origin (the local replica, say), which is then also allowed. */
    public CrawlSettings withOrigin(String originText) {
        URI newOrigin = origin("--origin", originText);
        List<String> hosts = new ArrayList<>(allowedHosts);
        hosts.add(newOrigin.getHost().toLowerCase(Locale.ROOT));
        return new CrawlSettings(siteName, newOrigin, hosts, seeds, requestsPerSecond, userAgent, denyPaths,
                connectTimeout, readTimeout, maxBodyBytes, politeness, urls);
    }

    /** The same settings with another request rate, for one run. */
    public CrawlSettings withRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("--rate = " + rate + ": phải là số dương (yêu cầu mỗi giây)");
        }
        return new CrawlSettings(siteName, origin, allowedHosts, seeds, rate, userAgent, denyPaths,
                connectTimeout, readTimeout, maxBodyBytes, politeness, urls);
    }

    /** Whether the crawler may fetch from this host. */
    public boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.") ? h.endsWith(allowed.substring(1)) || h.equals(allowed.substring(2))
                    : h.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path falls under one of the denied prefixes. */
    public boolean deniesPath(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        return denyPaths.stream().anyMatch(p::startsWith);
    }

    private static URI origin(String key, String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
                throw new IllegalArgumentException(key + " = " + value
                        + ": cần dạng http(s)://máy[:cổng], không có đường dẫn");
            }
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " = " + value + ": không phải URL hợp lệ");
        }
    }

    private static String required(Map<String, String> profile, String key) {
        String value = profile.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": thiếu khóa bắt buộc trong cấu hình");
        }
        return value.trim();
    }

    private static List<String> list(Map<String, String> profile, String key) {
        List<String> items = new ArrayList<>();
        for (String part : required(profile, key).split(",")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }

    private static double positive(Map<String, String> profile, String key) {
        String value = required(profile, key);
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " = " + value + ": phải là số dương");
    }
}
