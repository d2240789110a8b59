package vn.khotin.web;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the web server, loaded once by the CLI and passed down.
 *
 * @param host address to bind; loopback by default so that a fresh install is not reachable from outside
 * @param port port to bind, 0 picks a free one
 * @param adminToken the token that admin actions require ({@code Authorization: Bearer …}); null or blank
 *     disables admin actions entirely
 * @param apiRequestsPerMinute sustained API requests a client may make per minute
 * @param apiBurst requests a client may make at once before the per-minute rate applies
 * @param searchTimeout longest a search may take before the client gets a 503
 * @param searchThreads searches that may run at the same time; more wait briefly, then get a 503
 * @param exportCap most rows one CSV / JSON Lines export writes
 * @param shutdownGrace how long closing waits for requests in flight
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the real client (rate
 *     limit, access log); empty: the connection's address is the client
 * @param publicUrl the site's address as its readers reach it ({@code https://kho.example.vn}), which permalinks,
 *     exports and feeds use; null: the address the request names in its {@code Host} header, which a reverse
 *     proxy may have changed and a client may set to anything
 */
public record WebConfig(String host, int port, String adminToken, int apiRequestsPerMinute, int apiBurst,
        Duration searchTimeout, int searchThreads, int exportCap, Duration shutdownGrace, Set<String> trustedProxies,
        String publicUrl) {

    public static final String ADMIN_TOKEN_ENV = "KHOTIN_ADMIN_TOKEN";
    /** Comma-separated addresses of trusted reverse proxies, e.g. {@code 127.0.0.1,::1}. */
    public static final String TRUSTED_PROXIES_ENV = "KHOTIN_TRUSTED_PROXIES";
    /** The site's public address, e.g. {@code https://kho.example.vn}. */
    public static final String PUBLIC_URL_ENV = "KHOTIN_PUBLIC_URL";
    public static final int DEFAULT_EXPORT_CAP = 1_000_000;

    public WebConfig {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (apiRequestsPerMinute < 1 || apiBurst < 1 || searchThreads < 1 || exportCap < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        trustedProxies = trustedProxies == null ? Set.of() : Set.copyOf(trustedProxies);
        publicUrl = publicUrl(publicUrl);
    }

    /** {@code url} without its trailing slashes, or null if blank; a usage error unless an http(s) address. */
    private static String publicUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip().replaceAll("/+$", "");
        try {
            java.net.URI uri = new java.net.URI(trimmed);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return trimmed;
            }
        } catch (java.net.URISyntaxException e) {
            // told below
        }
        throw new IllegalArgumentException(PUBLIC_URL_ENV + " phải là một địa chỉ http:// hoặc https:// (ví dụ"
                + " https://kho.example.vn), không phải \"" + url + "\".");
    }

    /** Defaults for a host and port: 600 API requests a minute with bursts of 60, 2 s per search. */
    public static WebConfig defaults(String host, int port) {
        return new WebConfig(host, port, null, 600, 60, Duration.ofSeconds(2),
                Math.max(2, Runtime.getRuntime().availableProcessors() * 2), DEFAULT_EXPORT_CAP, Duration.ofSeconds(10), Set.of(),
                null);
    }

    /**
     * Defaults, with the admin token from {@value #ADMIN_TOKEN_ENV}, the trusted proxies from
     * {@value #TRUSTED_PROXIES_ENV} and the public address from {@value #PUBLIC_URL_ENV} in the given environment.
     */
    public static WebConfig fromEnvironment(String host, int port, Map<String, String> env) {
        Set<String> proxies = new LinkedHashSet<>();
        String list = env.get(TRUSTED_PROXIES_ENV);
        if (list != null) {
            for (String a : list.split(",")) {
                if (!a.isBlank()) {
                    proxies.add(a.strip());
                }
            }
        }
        return defaults(host, port).withAdminToken(env.get(ADMIN_TOKEN_ENV)).withTrustedProxies(proxies)
                .withPublicUrl(env.get(PUBLIC_URL_ENV));
    }

    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                exportCap, shutdownGrace, trustedProxies, url);
    }

    public WebConfig withTrustedProxies(Set<String> proxies) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                exportCap, shutdownGrace, proxies, publicUrl);
    }

    public WebConfig withAdminToken(String token) {
        return new WebConfig(host, port, token, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                exportCap, shutdownGrace, trustedProxies, publicUrl);
    }

    public WebConfig withRateLimit(int perMinute, int burst) {
        return new WebConfig(host, port, adminToken, perMinute, burst, searchTimeout, searchThreads, exportCap,
                shutdownGrace, trustedProxies, publicUrl);
    }

    public WebConfig withSearchLimits(Duration timeout, int threads) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, timeout, threads, exportCap,
                shutdownGrace, trustedProxies, publicUrl);
    }

    public WebConfig withExportCap(int cap) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                cap, shutdownGrace, trustedProxies, publicUrl);
    }
}
