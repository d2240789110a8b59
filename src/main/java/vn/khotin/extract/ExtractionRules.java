package vn.khotin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The site profile's extraction settings ({@code extract.*} keys of a {@code crawler-config/*.properties}
 * file): where on a page each field lives, as CSS selectors, and how article IDs appear in URLs.
 *
 * @param articleIdPattern a regex over the URL whose first non-null group is the article ID
 * @param title selectors for the headline
 * @param sapo selectors for the lead paragraph
 * @param body selectors for the body container
 * @param author selectors for the author name
 * @param published selectors for the publication time (an element with a {@code datetime}/{@code content}
 *     attribute, or visible text in one of the site's date formats)
 * @param category selectors for the breadcrumb links
 * @param tags selectors for the tag links
 * @param related selectors for the editors' related-news links
 * @param drop selectors of furniture removed from the body before reading it
 */
public record ExtractionRules(
        Pattern articleIdPattern,
        List<String> title,
        List<String> sapo,
        List<String> body,
        List<String> author,
        List<String> published,
        List<String> category,
        List<String> tags,
        List<String> related,
        List<String> drop) {

    public ExtractionRules {
        title = List.copyOf(title);
        sapo = List.copyOf(sapo);
        body = List.copyOf(body);
        author = List.copyOf(author);
        published = List.copyOf(published);
        category = List.copyOf(category);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        drop = List.copyOf(drop);
    }

    /**
     * Reads the {@code extract.*} keys of a site profile. Every selector is parsed here, so a typo fails at
     * start with the key and value named, not on the first page.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the bad key and value
     */
    public static ExtractionRules from(Map<String, String> profile) {
        return new ExtractionRules(
                pattern(profile, "extract.article-id-pattern"),
                selectors(profile, "extract.title"),
                selectors(profile, "extract.sapo"),
                selectors(profile, "extract.body"),
                selectors(profile, "extract.author"),
                selectors(profile, "extract.published"),
                selectors(profile, "extract.category"),
                selectors(profile, "extract.tags"),
                selectors(profile, "extract.related"),
                selectors(profile, "extract.drop"));
    }

    private static Pattern pattern(Map<String, String> profile, String key) {
        String value = required(profile, key);
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(key + " = " + value + ": biểu thức chính quy không hợp lệ ("
                    + e.getDescription() + ")");
        }
    }

    /** Selectors are separated by {@code ||} so that a single selector may itself contain commas. */
    private static List<String> selectors(Map<String, String> profile, String key) {
        String value = required(profile, key);
        List<String> result = new ArrayList<>();
        for (String part : value.split("\\|\\|")) {
            String selector = part.trim();
            if (selector.isEmpty()) {
                continue;
            }
            try {
                Evaluator ignored = QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                throw new IllegalArgumentException(key + " = " + value + ": bộ chọn CSS không hợp lệ '"
                        + selector + "'");
            }
            result.add(selector);
        }
        return result;
    }

    private static String required(Map<String, String> profile, String key) {
        String value = profile.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": thiếu khóa bắt buộc trong cấu hình");
        }
        return value.trim();
    }
}
