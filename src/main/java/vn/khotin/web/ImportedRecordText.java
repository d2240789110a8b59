package vn.khotin.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The "bản lưu gốc" of an imported article as plain text: a few lines in Vietnamese saying that the article was
 * not fetched from the web but read from a file by {@code khotin import}, where from, and then what the WARC
 * record holds, the input line exactly as read.
 */
final class ImportedRecordText {

    private ImportedRecordText() {}

    static byte[] of(long id, RawCaptures.Raw raw) {
        RawCaptures.Imported from = raw.imported();
        StringBuilder head = new StringBuilder();
        head.append("Bản lưu gốc của bài ").append(id).append(" trong kho WARC\n\n")
                .append("Bài này không được thu thập từ web: nó được nhập từ một tệp JSON Lines bằng lệnh ")
                .append("\"khotin import\".\nKhông có trang HTML nào được tải về, nên bản lưu gốc là bản ghi WARC ")
                .append("\"resource\" giữ nguyên văn dòng đã đọc từ tệp (bên dưới).\n\n");
        line(head, "Tệp nguồn", from.file().isEmpty() ? "không rõ"
                : from.file() + (from.line() > 0 ? ", dòng " + Format.number(from.line()) : ""));
        line(head, "Mã bài trong tệp", from.originalId().isEmpty() ? "không rõ" : from.originalId());
        line(head, "Thời điểm nhập", raw.fetched() == null ? "không rõ" : Format.dateTime(raw.fetched()));
        line(head, "Địa chỉ ghi trong bản ghi", raw.url());
        line(head, "Bản ghi WARC", raw.warcRecord() + " (" + raw.contentType() + ")");
        head.append("\n--- Dòng đã nhập, nguyên văn ---\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() * 2 + raw.body().length + 1);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw.body());
        out.write('\n');
        return out.toByteArray();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(label).append(": ").append(value == null ? "" : value).append('\n');
    }
}
