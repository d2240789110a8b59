package vn.khotin.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.FieldSpec;

/**
 * The OpenSearch document of an article: the fields of {@code opensearch-index.json}, with the same values Khotin's
 * own index derives ({@link ArticleSchema}: authors split from the byline, places and names from the gazetteer,
 * year and month in Vietnam time, SimHash and title hash for copies).
 */
final class OpenSearchDocument {

    private final ObjectMapper json;
    private final Gazetteer gazetteer;

    OpenSearchDocument(ObjectMapper json, Gazetteer gazetteer) {
        this.json = json;
        this.gazetteer = gazetteer;
    }

    ObjectNode of(IndexedArticle indexed) {
        Article a = indexed.article();
        String body = a.bodyText();
        String captions = ArticleSchema.captionsText(a);
        ArticleFeatures features = ArticleFeatures.of(a.title(), a.sapo() + "\n" + body, captions, gazetteer);
        ObjectNode doc = json.createObjectNode();
        doc.put("id", a.id());
        doc.put("url", a.url());
        text(doc, "title", a.title());
        text(doc, "sapo", a.sapo());
        text(doc, "body", body);
        text(doc, "captions", captions);
        text(doc, "source", a.source());
        text(doc, "byline", a.author());
        for (FieldSpec facet : Fields.FACETS) {
            Collection<String> values = ArticleSchema.facetValues(facet.name(), a, features);
            if (facet.multiValued()) {
                list(doc, facet.name(), new LinkedHashSet<>(values));
            } else if (!values.isEmpty()) {
                text(doc, facet.name(), values.iterator().next());
            }
        }
        list(doc, "name", features.names());
        if (a.published() != null) {
            doc.put("published", a.published().toString());
        }
        if (a.updated() != null) {
            doc.put("updated", a.updated().toString());
        }
        if (indexed.fetched() != null) {
            doc.put("fetched", indexed.fetched().toString());
        }
        ArrayNode related = doc.putArray("related_ids");
        a.relatedIds().forEach(related::add);
        list(doc, "image_urls", a.imageUrls());
        if (indexed.capture() != null) {
            doc.put("capture", indexed.capture().toString());
        }
        if (a.sapo().length() + body.length() >= ArticleSchema.MIN_DUPLICATE_TEXT) {
            doc.put("simhash", features.simhash());
        }
        if (!a.title().isBlank()) {
            doc.put("title_hash", ArticleSchema.titleHash(a.title()));
        }
        return doc;
    }

    private static void text(ObjectNode doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.put(field, value);
        }
    }

    /**
     * Adds to the mapping's properties the facet fields of the registry it does not map: a keyword, with a folded
     * text field for those the query language searches (as in {@link ArticleSchema}).
     */
    static void mapFacets(ObjectNode properties, List<FieldSpec> facets) {
        for (FieldSpec facet : facets) {
            if (properties.has(facet.name())) {
                continue;
            }
            ObjectNode field = properties.putObject(facet.name());
            field.put("type", "keyword");
            if (facet.searchable()) {
                field.putObject("fields").putObject("folded").put("type", "text")
                        .put("analyzer", "vietnamese_khotin_folded")
                        .put("search_analyzer", "vietnamese_khotin_folded_search");
            }
        }
    }

    private static void list(ObjectNode doc, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = doc.putArray(field);
            values.forEach(array::add);
        }
    }
}
