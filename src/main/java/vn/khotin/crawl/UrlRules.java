package vn.khotin.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The URL part of a site profile: which query parameters are tracking noise, which URL forms are rewritten
 * to the one we fetch (AMP to HTML, say), and which file extensions are never worth a request.
 *
 * @param stripParams parameter names dropped from every URL; a trailing {@code *} matches any suffix
 * @param rewrites regex replacements applied in order to the canonical URL
 * @param skipExtensions path extensions (lower case, no dot) never fetched: images, scripts, media
 */
public record UrlRules(List<String> stripParams, List<Rewrite> rewrites, Set<String> skipExtensions) {

    static final String DEFAULT_STRIP = "utm_*, fbclid, gclid, dclid, msclkid, yclid, zarsrc, _ga, _gl, mc_cid, "
            + "mc_eid, igshid, ref_src, gidzl";
    static final String DEFAULT_SKIP = "jpg, jpeg, png, gif, webp, svg, ico, bmp, css, js, mp4, mp3, m4a, webm, "
            + "woff, woff2, ttf, eot, zip, rar";

    public UrlRules {
        stripParams = List.copyOf(stripParams);
        rewrites = List.copyOf(rewrites);
        skipExtensions = Set.copyOf(skipExtensions);
    }

    /** One {@code regex => replacement} rule. */
    public record Rewrite(Pattern pattern, String replacement) {
        String apply(String url) {
            return pattern.matcher(url).replaceAll(replacement);
        }
    }

    /** Reads {@code crawl.strip-params}, {@code crawl.url-rewrites} and {@code crawl.skip-extensions}. */
    static UrlRules from(Map<String, String> profile) {
        List<String> strip = new ArrayList<>();
        for (String p : profile.getOrDefault("crawl.strip-params", DEFAULT_STRIP).split(",")) {
            String name = p.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                if (!name.matches("[a-z0-9_.\\-\\[\\]]+\\*?")) {
                    throw new IllegalArgumentException("crawl.strip-params = " + profile.get("crawl.strip-params")
                            + ": tên tham số không hợp lệ '" + p.trim() + "'");
                }
                strip.add(name);
            }
        }
        List<Rewrite> rewrites = new ArrayList<>();
        String rw = profile.getOrDefault("crawl.url-rewrites", "");
        for (String rule : rw.split("\\|\\|")) {
            if (rule.isBlank()) {
                continue;
            }
            String[] parts = rule.split("=>", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("crawl.url-rewrites = " + rw
                        + ": mỗi luật cần dạng 'biểu_thức => thay_thế', ngăn cách bằng ||");
            }
            try {
                rewrites.add(new Rewrite(Pattern.compile(parts[0].trim()), parts[1].trim()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("crawl.url-rewrites = " + rw + ": biểu thức chính quy không hợp lệ '"
                        + parts[0].trim() + "'");
            }
        }
        Set<String> skip = new java.util.HashSet<>();
        for (String e : profile.getOrDefault("crawl.skip-extensions", DEFAULT_SKIP).split(",")) {
            String ext = e.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            if (!ext.isEmpty()) {
                skip.add(ext);
            }
        }
        return new UrlRules(strip, rewrites, skip);
    }

    boolean strips(String param) {
        String p = param.toLowerCase(Locale.ROOT);
        for (String s : stripParams) {
            if (s.endsWith("*") ? p.startsWith(s.substring(0, s.length() - 1)) : p.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
