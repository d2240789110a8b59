package vn.khotin.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.khotin.model.Article;
import vn.khotin.search.ResultStream;

/**
 * Writes an export, one row per article as the rows arrive, as CSV or JSON Lines: the columns a researcher
 * cites and counts with (author, tags, places, category, word count, original URL, permalink, a citation line),
 * the body on request. Nothing is kept between rows, so memory does not grow with the export.
 */
final class ExportWriter implements ResultStream.Sink {

    /** The export formats. */
    enum FileType {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String contentType;
        final String extension;

        FileType(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** Every field an export can carry, in column order. */
    static final List<String> FIELDS = List.of("id", "url", "permalink", "title", "published", "category", "author",
            "tags", "places", "wordCount", "sapo", "citation", "allWords", "source", "body");
    /**
     * What an export carries without {@code fields=}: everything but the source mark and the body, which
     * {@code fields=all} adds (an archive exported so imports again whole, its publishers kept).
     */
    static final List<String> DEFAULT_FIELDS = FIELDS.subList(0, FIELDS.size() - 2);
    /** Separator of the values of a list field (tags, places) in one CSV cell. */
    static final String LIST_SEPARATOR = "; ";
    /** Rows between flushes, so the client sees the export arrive while it is written. */
    private static final int FLUSH_EVERY_ROWS = 200;

    private final FileType format;
    private final List<String> fields;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final Writer w;
    private long rows;

    /**
     * @param fields the fields to write, in order ({@link #fields(String)})
     * @param baseUrl scheme and authority of this site, for permalinks ("http://127.0.0.1:7070")
     */
    ExportWriter(FileType format, List<String> fields, ObjectMapper mapper, String baseUrl, OutputStream out)
            throws IOException {
        this.format = format;
        this.fields = List.copyOf(fields);
        this.mapper = mapper;
        this.baseUrl = baseUrl;
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == FileType.CSV) {
            w.write('\uFEFF'); // lets spreadsheet programs detect UTF-8 and show Vietnamese correctly
            w.write(String.join(",", fields));
            w.write("\r\n");
        }
    }

    /**
     * The fields a {@code fields=} parameter asks for: a comma-separated list of {@link #FIELDS} (in the order
     * given), {@code all}, or nothing for {@link #DEFAULT_FIELDS}; anything else is a 400.
     */
    static List<String> fields(String param) {
        if (param == null || param.isBlank()) {
            return DEFAULT_FIELDS;
        }
        if (param.strip().equalsIgnoreCase("all")) {
            return FIELDS;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : param.split(",")) {
            String name = f.strip();
            String known = FIELDS.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                throw new BadRequest("Tham số 'fields' chỉ nhận: " + String.join(", ", FIELDS) + " hoặc all; không có '"
                        + name + "'.");
            }
            out.add(known);
        }
        return new ArrayList<>(out);
    }

    /** "khotin-lu-lut-2026-12-03.csv": what was searched, and the day of the export. */
    static String fileName(SearchParams p, LocalDate day, FileType format) {
        List<String> parts = new ArrayList<>();
        parts.add(p.q());
        p.filters().values().forEach(parts::addAll);
        if (p.from() != null) {
            parts.add("tu " + p.from());
        }
        if (p.to() != null) {
            parts.add("den " + p.to());
        }
        String slug = slug(String.join(" ", parts));
        return "khotin-" + (slug.isEmpty() ? "tat-ca" : slug) + "-" + day + "." + format.extension;
    }

    /** Lower-case ASCII words joined by hyphens, at most 60 characters ("Lũ lụt" → "lu-lut"). */
    static String slug(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    @Override
    public void accept(ResultStream.Row row) throws IOException {
        if (format == FileType.CSV) {
            csvRow(row);
        } else {
            jsonRow(row);
        }
        if (++rows % FLUSH_EVERY_ROWS == 0) {
            w.flush();
        }
    }

    /** Rows written so far. */
    long rows() {
        return rows;
    }

    /** Flushes what is buffered; call at the end. */
    void finish() throws IOException {
        w.flush();
    }

    private void csvRow(ResultStream.Row row) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = value(fields.get(i), row);
            w.write(csvCell(v instanceof List<?> list ? String.join(LIST_SEPARATOR, list.stream()
                    .map(String::valueOf).toList()) : v == null ? "" : v.toString()));
        }
        w.write("\r\n");
    }

    private void jsonRow(ResultStream.Row row) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(new NonClosing(w))) {
            g.writeStartObject();
            for (String f : fields) {
                g.writeFieldName(f);
                mapper.writeValue(g, value(f, row));
            }
            g.writeEndObject();
        }
        w.write('\n');
    }

    /** A field's value: a string, a number, a boolean, a list of strings, or null. */
    private Object value(String field, ResultStream.Row row) {
        Article a = row.article();
        return switch (field) {
            case "id" -> a.id();
            case "url" -> a.url();
            case "permalink" -> permalink(a.id());
            case "title" -> a.title();
            case "published" -> Format.iso(a.published());
            case "category" -> a.category();
            case "author" -> a.author();
            case "tags" -> a.tags();
            case "places" -> row.places();
            case "wordCount" -> wordCount(a);
            case "sapo" -> a.sapo();
            case "citation" -> Views.citation(a, permalink(a.id()),
                    row.fetched() == null ? null : new RawCaptures.Info(row.fetched(), true));
            case "source" -> a.source();
            case "body" -> a.bodyText();
            // false for a row a search relaxed to most of the words added (the page marks it "không đủ mọi từ")
            case "allWords" -> row.allWords();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /**
     * Words of the body as a word processor counts them: runs of letters or digits, so a Vietnamese syllable is
     * one ("Hà Tĩnh" is two).
     */
    static int wordCount(Article a) {
        int count = 0;
        for (String paragraph : a.body()) {
            boolean inWord = false;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                boolean letter = Character.isLetterOrDigit(cp);
                if (letter && !inWord) {
                    count++;
                }
                inWord = letter || (inWord && Character.getType(cp) == Character.NON_SPACING_MARK);
                i += Character.charCount(cp);
            }
        }
        return count;
    }

    /**
     * One quoted CSV cell. A cell that a spreadsheet would read as a formula (leading =, +, -, @, tab or CR) gets
     * a leading apostrophe, so hostile article text cannot run in a researcher's spreadsheet.
     */
    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    String permalink(long id) {
        return Requests.permalink(baseUrl, id);
    }

    /** Keeps the generator from closing the shared writer. */
    private static final class NonClosing extends Writer {
        private final Writer w;

        NonClosing(Writer w) {
            this.w = w;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            w.write(buf, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
