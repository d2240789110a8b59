package vn.khotin.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON-LD an article page carries in its head: {@code NewsArticle} and {@code BreadcrumbList} (§6.4). */
final class ArticleJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonLd() {
    }

    static String newsArticle(Site site, ReplicaArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "NewsArticle");
        m.put("mainEntityOfPage", object("@type", "WebPage", "@id", site.abs(a.path())));
        m.put("headline", a.title());
        m.put("description", a.sapo());
        Optional.ofNullable(site.leadImage(a)).ifPresent(u -> m.put("image", List.of(u)));
        m.put("datePublished", Site.ISO.format(a.published()));
        m.put("dateModified", Site.ISO.format(a.lastModified()));
        if (!a.author().isEmpty()) {
            m.put("author", List.of(object("@type", "Person", "name", a.author())));
        }
        m.put("articleSection", a.category().currentParent().label());
        if (!a.tags().isEmpty()) {
            m.put("keywords", String.join(", ", a.tags()));
        }
        m.put("inLanguage", "vi");
        m.put("publisher", object("@type", "Organization", "name", "Báo Hà Tĩnh điện tử",
                "logo", object("@type", "ImageObject", "url", site.abs("/assets/web/styles/img/logo.png"))));
        return json(m);
    }

    static String breadcrumbs(Site site, ReplicaArticle a) {
        Category s = a.category().currentParent();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(object("@type", "ListItem", "position", 1, "name", "Trang chủ", "item", site.abs("/")));
        items.add(object("@type", "ListItem", "position", 2, "name", s.label(), "item", site.abs(site.categoryHref(s))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "BreadcrumbList");
        m.put("itemListElement", items);
        return json(m);
    }

    /**
     * A JSON object whose keys come out in the order given. Not {@code Map.of}: its order changes from one run to
     * the next, and a page must be the same bytes on every run (crawler tests, conditional requests).
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
