package vn.khotin.pipeline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a failure means to the user, in Vietnamese. A full disk reaches the pipeline as the system's English
 * ("No space left on device") from Lucene, the WARC writer or SQLite ("database or disk is full"), often wrapped
 * or as the suppressed cause of a later error; the user needs to know it is the disk, that nothing finished is
 * lost, and that a rerun resumes.
 */
public final class Failures {

    /** The full disk, said to the user; what was written stays (imports, crawls and reindexing all resume). */
    static final String DISK_FULL = "hết chỗ trống trên đĩa. Những gì đã ghi xong vẫn được giữ; hãy giải phóng chỗ"
            + " trống (hoặc dùng --data ở một đĩa khác) rồi chạy lại lệnh: lần sau tiếp tục từ chỗ đã dừng.";

    /** How the system, the JDK and SQLite word a full disk or an exhausted quota. */
    private static final List<String> DISK_FULL_MARKS = List.of("no space left on device", "disk quota exceeded",
            "sqlite_full", "database or disk is full", "not enough space on the disk");

    private Failures() {}

    /** A compressed file that ends in the middle (a copy cut short): Java says "Unexpected end of ZLIB input stream". */
    static final String TRUNCATED = "tệp nén bị cụt (hết dữ liệu giữa chừng). Những bài đọc được trước chỗ đó đã được"
            + " lưu; hãy lấy lại tệp đầy đủ rồi chạy lại lệnh: bài đã có sẽ không bị nhập lại.";

    /**
     * The failure for a user: a full disk or a truncated compressed file in Vietnamese wherever it stands in the
     * chain, else its own message.
     */
    public static String describe(Throwable failure) {
        if (isDiskFull(failure)) {
            return DISK_FULL;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException && String.valueOf(t.getMessage()).contains("ZLIB")) {
                return TRUNCATED;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return String.valueOf(failure.getMessage());
    }

    /** Whether a full disk caused this failure: itself, a cause, or a suppressed failure of either. */
    public static boolean isDiskFull(Throwable failure) {
        return diskFull(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean diskFull(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (DISK_FULL_MARKS.stream().anyMatch(message::contains)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (diskFull(suppressed, seen)) {
                return true;
            }
        }
        return diskFull(t.getCause(), seen);
    }
}
