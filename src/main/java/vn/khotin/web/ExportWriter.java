package vn.khotin.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;

/**
 * Streams a whole result set, page by page, as CSV or JSON Lines, up to a cap. Rows go out as they are found,
 * so memory does not grow with the export.
 */
final class ExportWriter {

    /** The export formats. */
    enum Format {
        CSV("text/csv; charset=utf-8", "csv"), JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    static final String[] COLUMNS = {"id", "url", "permalink", "title", "published", "category", "sapo"};
    private static final int PAGE = SearchParams.MAX_SIZE;

    private final ObjectMapper mapper;
    private final String baseUrl;

    /** @param baseUrl scheme and authority of this site, for permalinks ("http://127.0.0.1:7070") */
    ExportWriter(ObjectMapper mapper, String baseUrl) {
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    /**
     * Writes up to {@code cap} hits.
     *
     * @param firstPage the first page of results, already fetched (its total tells the caller about truncation)
     * @param fetch fetches the page with the given 1-based number and page size {@value #PAGE}
     * @return the number of rows written
     */
    long write(Format format, SearchResult firstPage, Function<Integer, SearchResult> fetch, int cap,
            OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == Format.CSV) {
            w.write('\uFEFF'); // lets spreadsheet programs detect UTF-8 and show Vietnamese correctly
            w.write(String.join(",", COLUMNS));
            w.write("\r\n");
        }
        long written = 0;
        SearchResult page = firstPage;
        int pageNo = 1;
        while (true) {
            for (SearchHit hit : page.hits()) {
                if (written >= cap) {
                    break;
                }
                if (format == Format.CSV) {
                    csvRow(w, hit);
                } else {
                    jsonRow(w, hit);
                }
                written++;
            }
            w.flush();
            if (written >= cap || page.hits().size() < PAGE || (long) pageNo * PAGE >= page.total()
                    || (long) (pageNo + 1) * PAGE > SearchParams.MAX_WINDOW) {
                break;
            }
            page = fetch.apply(++pageNo);
            if (page.hits().isEmpty()) {
                break;
            }
        }
        w.flush();
        return written;
    }

    private void csvRow(Writer w, SearchHit h) throws IOException {
        String[] cells = {Long.toString(h.id()), h.url(), permalink(h.id()), h.title(),
                h.published() == null ? "" : vn.khotin.web.Format.iso(h.published()), h.category(), h.sapo()};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells[i]));
        }
        w.write("\r\n");
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

    private void jsonRow(Writer w, SearchHit h) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(new NonClosing(w))) {
            g.writeStartObject();
            g.writeNumberField("id", h.id());
            g.writeStringField("url", h.url());
            g.writeStringField("permalink", permalink(h.id()));
            g.writeStringField("title", h.title());
            g.writeStringField("published", vn.khotin.web.Format.iso(h.published()));
            g.writeStringField("category", h.category());
            g.writeStringField("sapo", h.sapo());
            g.writeEndObject();
        }
        w.write('\n');
    }

    String permalink(long id) {
        return baseUrl + "/bai/" + id;
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
