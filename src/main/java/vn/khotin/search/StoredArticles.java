package vn.khotin.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * The load stage of a search ({@link SearchStages.Stage#LOAD}): each hit's stored article (the source JSON, which
 * also feeds the highlighter) and places, read once; and the reading of stored articles for whoever else needs
 * one (related stories, the article page).
 */
final class StoredArticles {

    /** Stored fields a hit shows besides what the source JSON has. */
    private static final Set<String> HIT_FIELDS = Set.of(ArticleSchema.SOURCE, ArticleSchema.PLACE);

    /** The stored article and places of each hit, in the order of the page. */
    record Loaded(Article[] articles, String[][] places) {}

    private StoredArticles() {}

    static Loaded load(IndexSearcher searcher, int[] docIds) throws IOException {
        StoredFields storedFields = searcher.storedFields();
        Article[] articles = new Article[docIds.length];
        String[][] places = new String[docIds.length][];
        for (int i = 0; i < docIds.length; i++) {
            Document d = storedFields.document(docIds[i], HIT_FIELDS);
            articles[i] = source(d);
            places[i] = d.getValues(ArticleSchema.PLACE);
        }
        return new Loaded(articles, places);
    }

    static long idOf(IndexSearcher searcher, int doc) throws IOException {
        return Long.parseLong(searcher.storedFields().document(doc, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID));
    }

    static Article article(IndexSearcher searcher, int doc) throws IOException {
        return source(searcher.storedFields().document(doc, Set.of(ArticleSchema.SOURCE)));
    }

    static Article source(Document stored) {
        BytesRef source = stored.getBinaryValue(ArticleSchema.SOURCE);
        return ArticleJson.read(source.bytes, source.offset, source.length);
    }
}
