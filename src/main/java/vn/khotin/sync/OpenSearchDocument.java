package vn.khotin.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

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
        list(doc, "author", ArticleSchema.authors(a.author()));
        text(doc, "category", a.category());
        Set<String> tags = new LinkedHashSet<>();
        a.tags().stream().filter(t -> !t.isBlank()).map(String::strip).forEach(tags::add);
        list(doc, "tag", tags);
        list(doc, "place", features.places());
        list(doc, "name", features.names());
        if (a.published() != null) {
            doc.put("published", a.published().toString());
            ZonedDateTime local = a.published().atZoneSameInstant(ArticleSchema.ZONE);
            doc.put("year", Integer.toString(local.getYear()));
            doc.put("month", String.format("%04d-%02d", local.getYear(), local.getMonthValue()));
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

    private static void list(ObjectNode doc, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = doc.putArray(field);
            values.forEach(array::add);
        }
    }
}
