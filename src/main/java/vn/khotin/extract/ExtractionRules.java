package vn.khotin.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The site profile's extraction settings ({@code extract.*} keys of a {@code crawler-config/*.properties}
 * file): where on a page each field lives, as CSS selectors, the site's text conventions as regular
 * expressions, and the limits that keep one hostile page from stalling a crawl.
 *
 * <p>Selector lists are alternatives tried in order (separated by {@code ||} in the file, so that one selector
 * may itself contain commas); the first one that matches anything wins. Every selector and regex is compiled
 * here, so a typo fails at start with the key named, not on the first page.
 *
 * @param articleIdPattern a regex over the URL whose first non-null group is the article ID
 * @param pageKinds URL regexes naming the kinds of page that are not articles (tag, topic, tool …), in order
 * @param title the headline
 * @param sapo the lead paragraph
 * @param body the body container
 * @param author the author name element(s)
 * @param published the publication time: an element with {@code datetime}/{@code content}, or visible text
 * @param updated the last-modified time, same forms
 * @param breadcrumb the breadcrumb links, top level first
 * @param category the category label; when nothing matches, the last breadcrumb label is used
 * @param tags the tag links
 * @param related the editors' related-news links outside the body
 * @param inlineRelated related-news boxes inside the body: their links count as related, their text is dropped
 * @param leadImage the lead image element
 * @param figure figure containers inside the body (image plus caption)
 * @param caption the caption element inside a figure
 * @param drop furniture removed from the body before reading it
 * @param imageAttributes image URL attributes, best first ({@code data-src} before a placeholder {@code src})
 * @param sourceMark regex for the source mark that leads the sapo; group 1 is the source
 * @param captionCredit regex for the photo credit at the end of a caption; group 1 is the credit
 * @param byline regex a last body line must match to be taken as the byline
 * @param boilerplate regexes of whole lines that are page furniture wherever they appear
 * @param titleSuffix regex for the site-name suffix of {@code <title>} and {@code og:title}
 * @param limits size and time bounds per page
 */
public record ExtractionRules(
        Pattern articleIdPattern,
        Map<String, Pattern> pageKinds,
        List<Css> title,
        List<Css> sapo,
        List<Css> body,
        List<Css> author,
        List<Css> published,
        List<Css> updated,
        List<Css> breadcrumb,
        List<Css> category,
        List<Css> tags,
        List<Css> related,
        List<Css> inlineRelated,
        List<Css> leadImage,
        List<Css> figure,
        List<Css> caption,
        List<Css> drop,
        List<String> imageAttributes,
        Pattern sourceMark,
        Pattern captionCredit,
        Pattern byline,
        List<Pattern> boilerplate,
        Pattern titleSuffix,
        Limits limits) {

    /** A CSS selector with its parsed form, parsed once per profile rather than once per page. */
    public record Css(String query, Evaluator evaluator) {
        Elements select(Element root) {
            return root.select(evaluator);
        }

        Element selectFirst(Element root) {
            return root.selectFirst(evaluator);
        }

        @Override
        public String toString() {
            return query;
        }
    }

    /**
     * Bounds per page.
     *
     * @param maxBytes bodies beyond this are cut here before decoding (the cut is noted in the outcome)
     * @param maxElements a parsed page with more elements than this fails as "too-complex"
     * @param maxDepth the HTML parser's maximum element nesting; deeper elements are flattened
     * @param timeLimitMillis extraction of one page stops with "timeout" after this long
     */
    public record Limits(int maxBytes, int maxElements, int maxDepth, long timeLimitMillis) {}

    public ExtractionRules {
        pageKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pageKinds));
        title = List.copyOf(title);
        sapo = List.copyOf(sapo);
        body = List.copyOf(body);
        author = List.copyOf(author);
        published = List.copyOf(published);
        updated = List.copyOf(updated);
        breadcrumb = List.copyOf(breadcrumb);
        category = List.copyOf(category);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        inlineRelated = List.copyOf(inlineRelated);
        leadImage = List.copyOf(leadImage);
        figure = List.copyOf(figure);
        caption = List.copyOf(caption);
        drop = List.copyOf(drop);
        imageAttributes = List.copyOf(imageAttributes);
        boilerplate = List.copyOf(boilerplate);
    }

    /**
     * Reads the {@code extract.*} keys of a site profile.
     *
     * @throws IllegalArgumentException with a Vietnamese message naming the bad key and value
     */
    public static ExtractionRules from(Map<String, String> profile) {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        // Sorted so that the order does not depend on the map the caller passes (Properties is a hash table).
        new TreeMap<>(profile).forEach((key, value) -> {
            if (key.startsWith("extract.page-kind.")) {
                String kind = key.substring("extract.page-kind.".length());
                if (kind.isBlank()) {
                    throw new IllegalArgumentException(key + ": thiếu tên loại trang sau 'extract.page-kind.'");
                }
                kinds.put(kind, pattern(profile, key));
            }
        });
        return new ExtractionRules(
                pattern(profile, "extract.article-id-pattern"),
                kinds,
                selectors(profile, "extract.title"),
                selectors(profile, "extract.sapo"),
                selectors(profile, "extract.body"),
                selectors(profile, "extract.author"),
                selectors(profile, "extract.published"),
                selectors(profile, "extract.updated"),
                selectors(profile, "extract.breadcrumb"),
                selectors(profile, "extract.category"),
                selectors(profile, "extract.tags"),
                selectors(profile, "extract.related"),
                selectors(profile, "extract.inline-related"),
                selectors(profile, "extract.lead-image"),
                selectors(profile, "extract.figure"),
                selectors(profile, "extract.caption"),
                selectors(profile, "extract.drop"),
                list(profile, "extract.image-attributes"),
                pattern(profile, "extract.source-mark"),
                pattern(profile, "extract.caption-credit"),
                pattern(profile, "extract.byline"),
                patterns(profile, "extract.boilerplate"),
                pattern(profile, "extract.title-suffix"),
                new Limits(
                        (int) number(profile, "extract.max-bytes", 4L << 20, 1024, Integer.MAX_VALUE),
                        (int) number(profile, "extract.max-elements", 200_000, 100, 10_000_000),
                        (int) number(profile, "extract.max-depth", 256, 16, 2048),
                        number(profile, "extract.time-limit-ms", 2_000, 10, 600_000)));
    }

    private static Pattern pattern(Map<String, String> profile, String key) {
        String value = required(profile, key);
        return compile(key, value, value);
    }

    private static Pattern compile(String key, String value, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(key + " = " + value + ": biểu thức chính quy không hợp lệ ("
                    + e.getDescription() + ")");
        }
    }

    private static List<Pattern> patterns(Map<String, String> profile, String key) {
        String value = required(profile, key);
        List<Pattern> result = new ArrayList<>();
        for (String part : value.split("\\|\\|")) {
            if (!part.isBlank()) {
                result.add(compile(key, value, part.trim()));
            }
        }
        return result;
    }

    private static List<String> list(Map<String, String> profile, String key) {
        List<String> result = new ArrayList<>();
        for (String part : required(profile, key).split(",")) {
            if (!part.isBlank()) {
                result.add(part.trim());
            }
        }
        return result;
    }

    private static List<Css> selectors(Map<String, String> profile, String key) {
        String value = required(profile, key);
        List<Css> result = new ArrayList<>();
        for (String part : value.split("\\|\\|")) {
            String selector = part.trim();
            if (selector.isEmpty()) {
                continue;
            }
            try {
                result.add(new Css(selector, QueryParser.parse(selector)));
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(key + " = " + value + ": bộ chọn CSS không hợp lệ '"
                        + selector + "'");
            }
        }
        return result;
    }

    private static long number(Map<String, String> profile, String key, long dflt, long min, long max) {
        String value = profile.get(key);
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(value.trim().replace("_", ""));
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + " = " + value.trim() + ": phải nằm trong khoảng "
                        + min + " – " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + value.trim() + ": không phải là số nguyên");
        }
    }

    private static String required(Map<String, String> profile, String key) {
        String value = profile.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": thiếu khóa bắt buộc trong cấu hình");
        }
        return value.trim();
    }
}
