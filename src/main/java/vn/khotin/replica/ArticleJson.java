package vn.khotin.replica;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The corpus line format: one JSON object per line with {@code id}, {@code title}, {@code sapo}, {@code body}
 * (paragraphs separated by newlines), {@code category}, {@code date} (ISO date or date-time), and optionally
 * {@code author}, {@code tags} (array or comma-separated), {@code related} (ids), and the replica's own
 * extensions {@code slug}, {@code updated}, {@code entities}, {@code images} ({@code [{"file", "caption",
 * "after"}]}).
 */
final class ArticleJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ArticleJson() {
    }

    /** The fields the index needs, read without decoding the body. */
    record Head(String id, boolean numeric, String title, String category, String date, String updated,
            List<String> tags) {
    }

    /** Reads the index fields of one line; throws {@link IllegalArgumentException} on malformed JSON. */
    static Head scan(byte[] buf, int off, int len) {
        String id = null;
        boolean numeric = false;
        String title = null;
        String category = null;
        String date = null;
        String updated = null;
        List<String> tags = List.of();
        try (JsonParser p = FACTORY.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "id" -> {
                        numeric = t == JsonToken.VALUE_NUMBER_INT || (t == JsonToken.VALUE_STRING && p.getText().matches("\\d{1,15}"));
                        id = t == JsonToken.VALUE_NULL ? null : p.getText();
                    }
                    case "title" -> title = text(p, t);
                    case "category" -> category = text(p, t);
                    case "date" -> date = text(p, t);
                    case "updated" -> updated = text(p, t);
                    case "tags" -> tags = strings(p, t);
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("missing id");
        }
        return new Head(id, numeric, title, category, date, updated, tags);
    }

    /**
     * Builds the full article of one line.
     *
     * @param id the numeric ID the index gave the line
     * @param relatedId maps a related reference (as written) to a numeric ID, or -1 if unknown
     */
    static ReplicaArticle parse(byte[] buf, int off, int len, long id, Category category, OffsetDateTime published,
            ToLongFunction<String> relatedId) {
        JsonNode n;
        try {
            n = MAPPER.readTree(FACTORY.createParser(buf, off, len));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<String> body = new ArrayList<>();
        for (String line : str(n, "body").split("\n")) {
            if (!line.isBlank()) {
                body.add(line.strip());
            }
        }
        String sapo = str(n, "sapo").strip();
        String title = str(n, "title").strip();
        if (sapo.isEmpty() && body.size() > 1) {
            sapo = body.remove(0);
        }
        if (title.isEmpty()) {
            title = firstWords(!sapo.isEmpty() ? sapo : body.isEmpty() ? "Bài viết " + id : body.get(0), 14);
        }
        List<ReplicaArticle.Figure> figures = new ArrayList<>();
        JsonNode images = n.get("images");
        if (images != null && images.isArray()) {
            for (JsonNode im : images) {
                figures.add(new ReplicaArticle.Figure(im.path("file").asText(), im.path("caption").asText(""),
                        im.path("after").asInt(0)));
            }
        } else if (!body.isEmpty()) {
            // Corpus records carry no images; every real article has at least one, so add a stand-in.
            figures.add(new ReplicaArticle.Figure(Slugs.slugify(title, 2) + "-" + (id % 10000) + ".jpg",
                    "Ảnh minh họa. (Ảnh: PV)", Math.min(1, body.size() - 1)));
        }
        List<Long> related = new ArrayList<>();
        JsonNode rel = n.get("related");
        if (rel != null && rel.isArray()) {
            for (JsonNode r : rel) {
                long rid = relatedId.applyAsLong(r.asText());
                if (rid >= 0 && rid != id && !related.contains(rid)) {
                    related.add(rid);
                }
            }
        }
        List<String> tags = List.of();
        JsonNode t = n.get("tags");
        if (t != null && !t.isNull()) {
            tags = t.isArray() ? toStrings(t) : splitTags(t.asText());
        }
        String updated = str(n, "updated");
        String entities = n.hasNonNull("entities") ? n.get("entities").asText() : null;
        return new ReplicaArticle(id, n.hasNonNull("slug") ? n.get("slug").asText() : null, title, sapo, body,
                figures, str(n, "author"), published, updated.isEmpty() ? null : parseDate(updated, id), category,
                tags, related, entities);
    }

    /** Parses an ISO date (time derived from the ID) or date-time (local times are taken as +07:00). */
    static OffsetDateTime parseDate(String s, long id) {
        s = s.strip();
        try {
            if (s.length() == 10) {
                OffsetDateTime t = IdDates.dateFor(id);
                return LocalDate.parse(s).atTime(t.toLocalTime()).atOffset(IdDates.VN);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(s).withOffsetSameInstant(IdDates.VN);
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).atOffset(IdDates.VN);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + s + "'", e);
        }
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= n) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n)) + "…";
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_ARRAY) {
            List<String> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (p.currentToken() != JsonToken.VALUE_NULL) {
                    out.add(p.getText().strip());
                }
            }
            return out;
        }
        if (t == JsonToken.START_OBJECT) {
            p.skipChildren();
            return List.of();
        }
        return t == JsonToken.VALUE_NULL ? List.of() : splitTags(p.getText());
    }

    private static List<String> splitTags(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    private static List<String> toStrings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : arr) {
            if (!x.isNull() && !x.asText().isBlank()) {
                out.add(x.asText().strip());
            }
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
