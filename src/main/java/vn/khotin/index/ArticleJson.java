package vn.khotin.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.khotin.extract.Article;

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

    /** Reads the stored form from a slice of a buffer (a stored field's bytes, without copying them). */
    public static Article read(byte[] buffer, int offset, int length) {
        try {
            return MAPPER.readValue(buffer, offset, length, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article read(byte[] json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
