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
 */
public record WebConfig(String host, int port, String adminToken, int apiRequestsPerMinute, int apiBurst,
        Duration searchTimeout, int searchThreads, int exportCap, Duration shutdownGrace, Set<String> trustedProxies) {

    public static final String ADMIN_TOKEN_ENV = "KHOTIN_ADMIN_TOKEN";
    /** Comma-separated addresses of trusted reverse proxies, e.g. {@code 127.0.0.1,::1}. */
    public static final String TRUSTED_PROXIES_ENV = "KHOTIN_TRUSTED_PROXIES";
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
    }

    /** Defaults for a host and port: 600 API requests a minute with bursts of 60, 2 s per search. */
    public static WebConfig defaults(String host, int port) {
        return new WebConfig(host, port, null, 600, 60, Duration.ofSeconds(2),
                Math.max(2, Runtime.getRuntime().availableProcessors() * 2), DEFAULT_EXPORT_CAP, Duration.ofSeconds(10), Set.of());
    }

    /**
     * Defaults, with the admin token from {@value #ADMIN_TOKEN_ENV} and the trusted proxies from
     * {@value #TRUSTED_PROXIES_ENV} in the given environment.
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
        return defaults(host, port).withAdminToken(env.get(ADMIN_TOKEN_ENV)).withTrustedProxies(proxies);
    }

    public WebConfig withTrustedProxies(Set<String> proxies) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                exportCap, shutdownGrace, proxies);
    }

    public WebConfig withAdminToken(String token) {
        return new WebConfig(host, port, token, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                exportCap, shutdownGrace, trustedProxies);
    }

    public WebConfig withRateLimit(int perMinute, int burst) {
        return new WebConfig(host, port, adminToken, perMinute, burst, searchTimeout, searchThreads, exportCap,
                shutdownGrace, trustedProxies);
    }

    public WebConfig withSearchLimits(Duration timeout, int threads) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, timeout, threads, exportCap,
                shutdownGrace, trustedProxies);
    }

    public WebConfig withExportCap(int cap) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, apiBurst, searchTimeout, searchThreads,
                cap, shutdownGrace, trustedProxies);
    }
}
