package vn.khotin.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * The stored form of an {@link Article} in the index: JSON with the record's own field names, times as
 * ISO-8601 with their offset. Unknown fields are ignored when reading, so older indexes stay readable
 * when the record grows.
 */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = newMapper();

    private ArticleJson() {}

    /** A mapper configured like the stored form; the web layer uses the same settings for its API. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static byte[] write(Article article) {
        try {
            return MAPPER.writeValueAsBytes(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the stored form from a slice of a buffer (a stored field's bytes, without copying them). A streaming
     * read: every search hit goes through here, and binding the record through the generic object mapper cost
     * about twice as much (see {@link #readBound} for the reference it must agree with).
     */
    public static Article read(byte[] buffer, int offset, int length) {
        try (JsonParser p = MAPPER.getFactory().createParser(buffer, offset, length)) {
            return readArticle(p);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("stored article is not valid: " + e.getMessage(), e));
        }
    }

    public static Article read(byte[] json) {
        return read(json, 0, json.length);
    }

    /** The same read through the object mapper: the reference the streaming read is tested against. */
    static Article readBound(byte[] json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article readArticle(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        long id = 0;
        String url = null;
        String title = null;
        String sapo = null;
        String source = null;
        String author = null;
        String category = null;
        OffsetDateTime published = null;
        OffsetDateTime updated = null;
        List<String> body = null;
        List<String> breadcrumb = null;
        List<String> tags = null;
        List<String> imageUrls = null;
        List<Long> relatedIds = null;
        List<Article.Caption> captions = null;
        ExtractionMethod method = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(t, JsonToken.FIELD_NAME);
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> id = v == JsonToken.VALUE_NULL ? 0 : p.getLongValue();
                case "url" -> url = text(p, v);
                case "title" -> title = text(p, v);
                case "sapo" -> sapo = text(p, v);
                case "source" -> source = text(p, v);
                case "author" -> author = text(p, v);
                case "category" -> category = text(p, v);
                case "published" -> published = time(p, v);
                case "updated" -> updated = time(p, v);
                case "body" -> body = strings(p, v);
                case "breadcrumb" -> breadcrumb = strings(p, v);
                case "tags" -> tags = strings(p, v);
                case "imageUrls" -> imageUrls = strings(p, v);
                case "relatedIds" -> relatedIds = longs(p, v);
                case "captions" -> captions = captions(p, v);
                case "method" -> method = v == JsonToken.VALUE_NULL ? null : ExtractionMethod.valueOf(p.getText());
                default -> p.skipChildren(); // a field of a newer version
            }
        }
        return new Article(id, url, title, sapo, source, body, captions, author, published, updated, category,
                breadcrumb, tags, relatedIds, imageUrls, method);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    private static String text(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static OffsetDateTime time(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_NULL ? null : OffsetDateTime.parse(p.getText());
    }

    private static List<String> strings(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(t == JsonToken.VALUE_NULL ? null : p.getText());
        }
        return out;
    }

    private static List<Long> longs(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_ARRAY);
        List<Long> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(p.getLongValue());
        }
        return out;
    }

    private static List<Article.Caption> captions(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_ARRAY);
        List<Article.Caption> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String text = null;
            String credit = null;
            String imageUrl = null;
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String name = p.currentName();
                JsonToken fv = p.nextToken();
                switch (name) {
                    case "text" -> text = text(p, fv);
                    case "credit" -> credit = text(p, fv);
                    case "imageUrl" -> imageUrl = text(p, fv);
                    default -> p.skipChildren();
                }
            }
            out.add(new Article.Caption(text, credit, imageUrl));
        }
        return out;
    }
}
