package vn.khotin.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.VietnamTime;

/**
 * Reads one JSON line of an import file as an article. Two shapes are understood, field by field, so a line
 * may mix them:
 *
 * <ul>
 *   <li>the shared corpus ({@code vi-news.jsonl.gz}): {@code id} (string), {@code title}, {@code sapo},
 *       {@code body} (one string, paragraphs separated by line breaks), {@code date} ({@code YYYY-MM-DD}),
 *       {@code category}, {@code source};</li>
 *   <li>Khotin's own JSON (the {@code /api/v1/export?format=jsonl} rows and the stored article form):
 *       {@code id} (number), {@code url}, {@code title}, {@code sapo}, {@code published}, {@code category},
 *       and when present {@code body} (an array of paragraphs), {@code author}, {@code tags}, {@code updated},
 *       {@code breadcrumb}, {@code imageUrls}, {@code relatedIds}. Other fields ({@code permalink}) are
 *       ignored.</li>
 * </ul>
 *
 * A date without a time is the start of that day in Vietnam (+07:00); a time without an offset is Vietnam
 * time. A record without a URL gets {@code urn:khotin:import:<id>}; one without a title gets the first words
 * of its sapo (or body), so that a results list has something to show. Text is kept as written, except the
 * shared corpus's ten English topic labels ("sport"), which become the Vietnamese section names they stand for. A text field
 * (or an element of a list of texts) is a JSON string or null: a number, true/false, an object or an array there
 * makes the line malformed.
 */
public final class ImportParser {

    /**
     * The shared corpus's English topic labels (its UNC part, from dantri.com.vn) to the names of the dantri
     * sections they stand for, as its README gives them: the category facet and the article page speak Vietnamese.
     */
    private static final java.util.Map<String, String> CORPUS_CATEGORIES = java.util.Map.of(
            "business", "Kinh doanh", "education", "Giáo dục - Hướng nghiệp", "entertainment", "Giải trí",
            "health", "Sức khỏe", "science", "Khoa học - Công nghệ", "society", "Xã hội", "sport", "Thể thao",
            "tech", "Sức mạnh số", "travel", "Du lịch", "world", "Thế giới");

    /** What the URL of a record without one starts with. */
    public static final String URN_PREFIX = "urn:khotin:import:";
    private static final int DERIVED_TITLE = 90;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ImportParser() {}

    /** Why a line cannot be imported, in Vietnamese. */
    public static final class Malformed extends Exception {
        public Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Parses one line (UTF-8 JSON). */
    public static ImportRecord parse(byte[] line) throws Malformed {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            // Jackson's own wording is English; the column says where to look
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new Malformed("không phải JSON hợp lệ" + (at != null && at.getColumnNr() > 0
                    ? " (hỏng từ cột " + at.getColumnNr() + ")" : ""));
        } catch (java.io.IOException e) {
            throw new Malformed("không đọc được dòng: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("không phải một đối tượng JSON");
        }
        return toRecord(root);
    }

    private static ImportRecord toRecord(JsonNode j) throws Malformed {
        JsonNode idNode = j.get("id");
        String originalId;
        long id;
        try {
            if (idNode == null || idNode.isNull()) {
                throw new Malformed("thiếu trường id");
            } else if (idNode.isIntegralNumber() && idNode.canConvertToLong()) {
                originalId = Long.toString(idNode.longValue());
                id = ImportIds.ofNumber(idNode.longValue());
            } else if (idNode.isTextual()) {
                originalId = idNode.textValue().strip();
                id = ImportIds.ofString(originalId);
            } else {
                throw new Malformed("id phải là số nguyên hoặc chuỗi, không phải " + idNode);
            }
        } catch (IllegalArgumentException e) {
            throw new Malformed(e.getMessage());
        }
        String title = text(j, "title");
        String sapo = text(j, "sapo");
        List<String> body = paragraphs(j.get("body"));
        if (title.isBlank() && sapo.isBlank() && body.isEmpty()) {
            throw new Malformed("không có nội dung (title, sapo và body đều trống)");
        }
        if (title.isBlank()) {
            title = derivedTitle(sapo.isBlank() ? body.get(0) : sapo);
        }
        String category = CORPUS_CATEGORIES.getOrDefault(text(j, "category"), text(j, "category"));
        OffsetDateTime published = time(j, j.has("published") ? "published" : "date");
        Article article = new Article(id, url(j, originalId), title, sapo, text(j, "source"), body, List.of(),
                text(j, "author"), published, time(j, "updated"), category, strings(j, "breadcrumb"),
                strings(j, "tags"), longs(j, "relatedIds"), strings(j, "imageUrls"), ExtractionMethod.IMPORT);
        return new ImportRecord(originalId, article);
    }

    private static String url(JsonNode j, String originalId) throws Malformed {
        String url = text(j, "url").strip();
        if (url.isEmpty()) {
            return URN_PREFIX + URLEncoder.encode(originalId, StandardCharsets.UTF_8);
        }
        try {
            if (!new URI(url).isAbsolute()) {
                throw new Malformed("url phải là địa chỉ đầy đủ: " + url);
            }
        } catch (URISyntaxException e) {
            throw new Malformed("url không hợp lệ: " + url);
        }
        return url;
    }

    /** The first words of a text, cut at a space before {@value #DERIVED_TITLE} characters. */
    static String derivedTitle(String lead) {
        String s = lead.strip();
        if (s.length() <= DERIVED_TITLE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', DERIVED_TITLE);
        return (cut > 0 ? s.substring(0, cut) : s.substring(0, DERIVED_TITLE)) + "…";
    }

    private static OffsetDateTime time(JsonNode j, String field) throws Malformed {
        String s = text(j, field).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
            }
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(s).atZone(VietnamTime.ZONE).toOffsetDateTime();
            }
        } catch (DateTimeParseException e) {
            throw new Malformed(field + " không phải ngày giờ ISO-8601: " + s);
        }
    }

    private static List<String> paragraphs(JsonNode body) throws Malformed {
        List<String> out = new ArrayList<>();
        if (body == null || body.isNull()) {
            return out;
        }
        if (body.isTextual()) {
            for (String line : body.textValue().split("\n")) {
                if (!line.isBlank()) {
                    out.add(nfc(line.strip()));
                }
            }
            return out;
        }
        if (!body.isArray()) {
            throw new Malformed("body phải là chuỗi hoặc mảng chuỗi, không phải " + describe(body));
        }
        for (JsonNode p : body) {
            if (p.isTextual() && !p.textValue().isBlank()) {
                out.add(nfc(p.textValue()));
            } else if (!p.isTextual() && !p.isNull()) {
                throw new Malformed("body phải là chuỗi hoặc mảng chuỗi, không phải mảng có " + describe(p));
            }
        }
        return out;
    }

    private static String text(JsonNode j, String field) throws Malformed {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) { // a number or true is no title: what the file meant is unknown
            throw new Malformed(field + " phải là chuỗi, không phải " + describe(v));
        }
        return nfc(v.textValue());
    }

    /**
     * The text in NFC. About 3 % of the shared corpus writes its diacritics as combining marks: shown as they were,
     * such a title cannot be found by pasting it, matched against a copy written precomposed, or compared with
     * another archive's; the crawler's extractor normalizes the same way.
     */
    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** What a JSON value is, in Vietnamese, for a reason: "số 42", "đối tượng". */
    private static String describe(JsonNode v) {
        if (v.isNumber()) {
            return "số " + v.asText();
        }
        if (v.isBoolean()) {
            return "giá trị đúng/sai " + v.asText();
        }
        if (v.isObject()) {
            return "đối tượng";
        }
        return v.isArray() ? "mảng" : "giá trị kiểu " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> strings(JsonNode j, String field) throws Malformed {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new Malformed(field + " phải là mảng chuỗi, không phải " + describe(v));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (e.isTextual() && !e.textValue().isBlank()) {
                out.add(nfc(e.textValue()));
            } else if (!e.isTextual() && !e.isNull()) {
                throw new Malformed(field + " phải là mảng chuỗi, không phải mảng có " + describe(e));
            }
        }
        return out;
    }

    private static List<Long> longs(JsonNode j, String field) throws Malformed {
        JsonNode v = j.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new Malformed(field + " phải là mảng số");
        }
        List<Long> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (e.canConvertToLong()) {
                out.add(e.longValue());
            }
        }
        return out;
    }
}
