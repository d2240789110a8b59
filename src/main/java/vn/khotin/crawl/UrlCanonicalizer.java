package vn.khotin.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns every spelling of a URL into one string, so that the frontier holds each page once: scheme and host
 * lower-cased, the site's own host on the site's scheme and port ({@code http} links to an {@code https}
 * site, {@code www.} prefix), default ports dropped, dot segments resolved, a trailing slash after a file name
 * dropped, tracking parameters removed and the rest sorted, the fragment dropped, then the profile's rewrites
 * applied ({@code .amp} to {@code .html}).
 *
 * <p>Hosts are not filtered here; {@link CrawlSettings#allowsHost} decides what may be fetched.
 */
public final class UrlCanonicalizer {

    private final URI origin;
    private final UrlRules rules;

    public UrlCanonicalizer(URI origin, UrlRules rules) {
        this.origin = origin;
        this.rules = rules;
    }

    /** Resolves a link found on a page and canonicalizes it; empty for non-HTTP links and garbage. */
    public Optional<String> canonicalize(String base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("mailto:") || lower.startsWith("tel:")
                || lower.startsWith("data:") || lower.startsWith("sms:")) {
            return Optional.empty();
        }
        try {
            URI b = lenient(base);
            return normalize(b.resolve(lenient(h)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Canonicalizes an absolute URL. */
    public Optional<String> canonicalize(String absolute) {
        return canonicalize(origin.toString() + "/", absolute);
    }

    /** Whether a canonical URL points at a file type never worth fetching (images, scripts, media). */
    public boolean isSkippedType(String canonicalUrl) {
        String path = URI.create(canonicalUrl).getRawPath();
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && rules.skipExtensions().contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private Optional<String> normalize(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null) {
            return Optional.empty();
        }
        String host = u.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        if (port == defaultPort(scheme)) {
            port = -1;
        }
        String originHost = origin.getHost();
        if (host.equals("www." + originHost)) {
            host = originHost;
        }
        if (host.equals(originHost) && (port == -1 || port == origin.getPort())) {
            // One site, one scheme: old http links and https variants all mean the page the origin serves.
            scheme = origin.getScheme();
            port = origin.getPort() == defaultPort(scheme) ? -1 : origin.getPort();
        }
        String path = u.normalize().getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        if (path.length() > 1 && path.endsWith("/")) {
            String trimmed = path.substring(0, path.length() - 1);
            String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                path = trimmed; // "/a-post1.html/" is the file, not a directory
            }
        }
        String query = query(u.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        String result = sb.toString();
        for (UrlRules.Rewrite r : rules.rewrites()) {
            result = r.apply(result);
        }
        return Optional.of(result);
    }

    private String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0];
            if (!rules.strips(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                kept.add(pair);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        kept.sort(null); // parameter order carries no meaning on this site; sorting merges the duplicates
        return String.join("&", kept);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** Parses a URI, percent-encoding what browsers tolerate but java.net.URI rejects (spaces, Vietnamese). */
    static URI lenient(String s) throws URISyntaxException {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return new URI(encodeIllegal(s));
        }
    }

    private static String encodeIllegal(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int hashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                sb.append(c);
            } else if (c == '#' && hashes++ == 0) {
                sb.append(c);
            } else if (c < 128 && c > 32 && "\"<>\\^`{|}%#".indexOf(c) < 0) {
                sb.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
