package vn.khotin.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vn.khotin.extract.Article;

/**
 * The Lucene schema: which fields an article becomes and how each is analyzed. Field names are constants
 * here so that index and search agree.
 */
public final class ArticleSchema {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String SAPO = "sapo";
    public static final String BODY = "body";
    public static final String CATEGORY = "category";
    public static final String PUBLISHED = "published";
    public static final String FETCHED = "fetched";
    public static final String CAPTURE = "capture";
    public static final String SOURCE = "_source";

    /** The text fields searched by default, in the order of their weight. */
    public static final List<String> TEXT_FIELDS = List.of(TITLE, SAPO, BODY);

    private ArticleSchema() {}

    /**
     * The analyzer for the text fields: ICU word breaking with Unicode normalization and diacritic folding,
     * so that "ha tinh" finds "Hà Tĩnh".
     */
    public static Analyzer textAnalyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("icu")
                    .addTokenFilter("icuFolding")
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The document for one article. */
    public static Document toDocument(IndexedArticle indexed) {
        Article a = indexed.article();
        Document doc = new Document();
        String id = Long.toString(a.id());
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, a.id()));
        doc.add(new StringField(URL, a.url(), Field.Store.YES));
        doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        doc.add(new TextField(SAPO, a.sapo(), Field.Store.YES));
        doc.add(new TextField(BODY, a.bodyText(), Field.Store.YES));
        if (!a.category().isEmpty()) {
            doc.add(new StringField(CATEGORY, a.category(), Field.Store.YES));
            doc.add(new SortedDocValuesField(CATEGORY, new BytesRef(a.category())));
        }
        if (a.published() != null) {
            long millis = a.published().toInstant().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, millis));
            doc.add(new NumericDocValuesField(PUBLISHED, millis));
        }
        if (indexed.capture() != null) {
            doc.add(new StoredField(CAPTURE, indexed.capture().toString()));
        }
        if (indexed.fetched() != null) {
            doc.add(new StoredField(FETCHED, indexed.fetched().toEpochMilli()));
        }
        doc.add(new StoredField(SOURCE, ArticleJson.write(a)));
        return doc;
    }
}
