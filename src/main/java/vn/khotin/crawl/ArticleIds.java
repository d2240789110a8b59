package vn.khotin.crawl;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the site's article ID from an article URL, so that every URL form of one article (new
 * {@code -post<ID>.html}, old {@code /<category>/<slug>/<ID>.htm}, AMP) is one entry in the frontier. The
 * wiring builds it from the profile's {@code extract.article-id-pattern}; the crawler never guesses it.
 */
@FunctionalInterface
public interface ArticleIds {

    /** The article ID in this absolute URL, or empty when the URL is not an article. */
    OptionalLong idOf(String url);

    /** IDs from a regex whose first non-null group is the ID, matched against the URL without its query. */
    static ArticleIds fromPattern(Pattern pattern) {
        return url -> {
            int q = url.indexOf('?');
            Matcher m = pattern.matcher(q < 0 ? url : url.substring(0, q));
            if (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String id = m.group(g);
                    if (id != null) {
                        try {
                            return OptionalLong.of(Long.parseLong(id));
                        } catch (NumberFormatException e) {
                            return OptionalLong.empty();
                        }
                    }
                }
            }
            return OptionalLong.empty();
        };
    }
}
