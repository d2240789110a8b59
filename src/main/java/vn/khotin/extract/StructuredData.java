package vn.khotin.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The page's machine-readable description of itself: JSON-LD ({@code NewsArticle}, {@code BreadcrumbList}) and
 * OpenGraph / {@code article:*} meta tags. Used as fallbacks when the profile's selectors find nothing, and to
 * fill metadata the visible page does not show.
 */
final class StructuredData {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle");
    private static final int MAX_JSON_CHARS = 1 << 20;

    private StructuredData() {
    }

    /** What the page's JSON-LD says; {@code article} is null when it declares no article. */
    record JsonLd(Draft article, List<String> breadcrumb) {}

    static JsonLd jsonLd(Page page) {
        Draft article = null;
        List<String> crumbs = List.of();
        for (Element script : page.doc.select("script[type~=(?i)application/ld\\+json]")) {
            page.deadline.check();
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_JSON_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the other sources still count
            }
            for (JsonNode node : flatten(root)) {
                Set<String> types = types(node);
                if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)
                        && !text(node.get("headline")).isEmpty()) {
                    article = article(node, page);
                } else if (crumbs.isEmpty() && types.contains("breadcrumblist")) {
                    crumbs = breadcrumb(node);
                }
            }
        }
        if (article != null && article.breadcrumb.isEmpty()) {
            article.breadcrumb = crumbs;
        }
        return new JsonLd(article, crumbs);
    }

    private static List<JsonNode> flatten(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
            }
        }
        return out;
    }

    private static Set<String> types(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = node.get("@type");
        if (t != null) {
            if (t.isArray()) {
                t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
            } else {
                out.add(t.asText().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Draft article(JsonNode n, Page page) {
        Draft d = new Draft();
        d.title = Texts.normalize(text(n.get("headline")));
        d.sapo = Texts.normalize(text(n.get("description")));
        String body = text(n.get("articleBody"));
        for (String line : body.split("\\R")) {
            String p = Texts.normalize(line);
            if (!p.isEmpty()) {
                d.body.add(p);
            }
        }
        d.author = String.join(" - ", names(n.get("author")));
        d.published = VietnameseDates.parse(text(n.get("datePublished"))).orElse(null);
        d.updated = VietnameseDates.parse(text(n.get("dateModified"))).orElse(null);
        d.category = Texts.normalize(firstText(n.get("articleSection")));
        JsonNode keywords = n.get("keywords");
        if (keywords != null) {
            List<String> raw = new ArrayList<>();
            if (keywords.isArray()) {
                keywords.forEach(k -> raw.add(k.asText()));
            } else {
                raw.addAll(List.of(keywords.asText().split(",")));
            }
            raw.stream().map(Texts::normalize).filter(s -> !s.isEmpty()).distinct().forEach(d.tags::add);
        }
        for (JsonNode img : iterable(n.get("image"))) {
            String url = img.isObject() ? text(img.get("url")) : img.asText();
            if (url.startsWith("http")) {
                d.imageUrls.add(url);
            }
        }
        JsonNode main = n.get("mainEntityOfPage");
        String url = main == null ? "" : main.isObject() ? text(main.get("@id")) : main.asText();
        if (url.isEmpty()) {
            url = text(n.get("url"));
        }
        d.url = page.articleId(url).isPresent() ? url : "";
        return d;
    }

    private static List<String> breadcrumb(JsonNode node) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        int i = 0;
        for (JsonNode item : iterable(node.get("itemListElement"))) {
            int position = item.has("position") ? item.get("position").asInt(i) : i;
            String name = text(item.get("name"));
            if (name.isEmpty() && item.get("item") != null) {
                name = text(item.get("item").get("name"));
            }
            name = Texts.normalize(name);
            if (!name.isEmpty()) {
                byPosition.putIfAbsent(position, name);
            }
            i++;
        }
        return new ArrayList<>(byPosition.values());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : iterable(n)) {
            String name = Texts.normalize(a.isObject() ? text(a.get("name")) : a.asText());
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            List<JsonNode> l = new ArrayList<>();
            n.forEach(l::add);
            return l;
        }
        return List.of(n);
    }

    private static String firstText(JsonNode n) {
        for (JsonNode x : iterable(n)) {
            return x.asText();
        }
        return "";
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    /** OpenGraph and {@code article:*} meta tags. {@code looksLikeArticle} is true for og:type article. */
    record Meta(Draft draft, boolean looksLikeArticle) {}

    static Meta meta(Page page) {
        Draft d = new Draft();
        d.title = stripSuffix(page, meta(page, "og:title"));
        d.sapo = meta(page, "og:description");
        if (d.sapo.isEmpty()) {
            d.sapo = meta(page, "description");
        }
        String url = meta(page, "og:url");
        d.url = page.articleId(url).isPresent() ? url : "";
        String image = meta(page, "og:image");
        if (image.startsWith("http")) {
            d.imageUrls.add(image);
        }
        d.published = VietnameseDates.parse(meta(page, "article:published_time")).orElse(null);
        d.updated = VietnameseDates.parse(meta(page, "article:modified_time")).orElse(null);
        d.category = meta(page, "article:section");
        d.author = meta(page, "dable:author");
        if (d.author.isEmpty()) {
            d.author = meta(page, "article:author");
            if (d.author.startsWith("http")) {
                d.author = "";
            }
        }
        for (Element e : page.doc.select("meta[property=article:tag], meta[name=article:tag]")) {
            String tag = Texts.normalize(e.attr("content"));
            if (!tag.isEmpty() && !d.tags.contains(tag)) {
                d.tags.add(tag);
            }
        }
        boolean article = meta(page, "og:type").equalsIgnoreCase("article") || d.published != null;
        return new Meta(d, article && !d.title.isEmpty());
    }

    static String meta(Page page, String name) {
        Element e = page.doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
        return e == null ? "" : Texts.normalize(e.attr("content"));
    }

    static String stripSuffix(Page page, String title) {
        if (title.isEmpty() || title.length() > 1000) {
            return title;
        }
        return page.rules.titleSuffix().matcher(title).replaceFirst("").trim();
    }
}
