package vn.khotin.replica;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Misbehaviours the replica can switch on, each independently. Per-article faults hit a few articles chosen
 * from the seed; {@link ReplicaServer#faultTargets(Fault)} tells a test which URLs they are.
 */
public enum Fault {
    /** 429 + {@code Retry-After} when the client exceeds {@link ReplicaConfig#rateLimitPerSecond()}, and on the first visit of target articles. */
    RATE_LIMIT_429,
    /** 503 + {@code Retry-After} (seconds on some, HTTP-date on others) on the first two visits of target articles. */
    UNAVAILABLE_503,
    /** 500 on about {@link ReplicaConfig#errorRate()} of HTML requests, decided per (path, visit number). */
    INTERMITTENT_500,
    /** Target articles answer after {@link ReplicaConfig#slowMillis()}. */
    SLOW,
    /** Target articles: the first visit's connection is reset (TCP RST) with no response. */
    CONNECTION_RESET,
    /** Target articles: the first visit announces the full Content-Length but sends half and closes. */
    TRUNCATED_BODY,
    /** {@code /go/<ID>} 302 → old {@code .htm} 301 → article; and a loop {@code /vong-lap/a} ⇄ {@code /vong-lap/b}; both linked from the home page. */
    REDIRECTS,
    /** Target articles: header {@code charset=ISO-8859-1} while the bytes and the meta charset are UTF-8. */
    CHARSET_MISMATCH,
    /** HTML, XML and feeds are gzip-encoded even when the client did not ask for it. */
    GZIP_ALWAYS,
    /** One extra article with a body of several megabytes, listed on the home page. */
    LARGE_PAGE,
    /** One article-like URL ({@code …-post<ID>.html}) that serves a PDF, listed on the home page. */
    NON_HTML,
    /** Links in listings and related blocks carry utm_*, fbclid, https:// or trailing-slash variants. */
    URL_VARIANTS,
    /** Target articles change on every visit after the first (new paragraph, new modified time, new ETag). */
    UPDATED_ARTICLE,
    /** ETag and Last-Modified on pages, and 304 to If-None-Match / If-Modified-Since. */
    CONDITIONAL;

    /** The name used on the command line: lower case with hyphens ({@code rate-limit-429}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a comma-separated list of fault names as on the command line; {@code all} means every fault.
     *
     * @throws IllegalArgumentException naming the unknown entry
     */
    public static Set<Fault> parseList(String list) {
        EnumSet<Fault> out = EnumSet.noneOf(Fault.class);
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String raw : list.split(",")) {
            String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("ALL")) {
                return EnumSet.allOf(Fault.class);
            }
            try {
                out.add(Fault.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(raw.strip());
            }
        }
        return out;
    }
}
