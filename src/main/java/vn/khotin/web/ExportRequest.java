package vn.khotin.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * An export as asked ({@code GET} or {@code HEAD /api/v1/export}), read and checked before any search: a parameter
 * the export does not read is a 400 naming it ({@link UnknownParameters#ofExport}).
 *
 * @param format CSV or JSON Lines
 * @param fields the fields of each row, in order
 * @param search the search, on its first page of {@link SearchParams#MAX_SIZE}
 * @param limit at most this many rows ({@code size}; without it, as many as the server's cap allows)
 */
record ExportRequest(ExportWriter.FileType format, List<String> fields, SearchParams search, long limit) {

    static ExportRequest of(Context ctx) {
        String unread = UnknownParameters.ofExport(ctx);
        if (unread != null) {
            throw new BadRequest(unread);
        }
        String f = ctx.queryParam("format");
        ExportWriter.FileType format;
        if (f == null || f.isBlank() || f.equalsIgnoreCase("csv")) {
            format = ExportWriter.FileType.CSV;
        } else if (f.equalsIgnoreCase("jsonl")) {
            format = ExportWriter.FileType.JSONL;
        } else {
            throw new BadRequest("Tham số 'format' phải là csv hoặc jsonl.");
        }
        List<String> fields = ExportWriter.fields(ctx.queryParam("fields"));
        SearchParams search = SearchParamsParser.ofExport(ctx);
        // the rows of a search are counted from 0, as its size=0 asks for the counts alone
        int limit = SearchParamsParser.intParam(ctx, "size", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        if (limit < 0) {
            throw new BadRequest("Tham số 'size' của bản tải (số dòng tối đa) phải từ 0 trở lên.");
        }
        return new ExportRequest(format, fields, search, limit);
    }
}
