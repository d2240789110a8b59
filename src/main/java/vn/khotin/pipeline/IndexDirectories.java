package vn.khotin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.khotin.index.ArticleIndex;

/**
 * Where a command's {@code --index} points, resolved the same way everywhere: a Lucene index directory, or a
 * data directory holding one in {@code lucene/}. A folder with neither is a one-line configuration error, never
 * an empty index created in it.
 */
public final class IndexDirectories {

    private IndexDirectories() {}

    /** The index directory {@code path} names: itself when it holds an index, else its {@code lucene/}. */
    public static Path resolve(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw PipelineException.configuration("Không có thư mục chỉ mục " + p + ".");
        }
        if (holdsIndex(p)) {
            return p;
        }
        if (holdsIndex(p.resolve("lucene"))) {
            return p.resolve("lucene");
        }
        throw PipelineException.configuration(p + " không chứa chỉ mục Lucene của khotin (không có tệp segments_N,"
                + " cũng không có lucene/ bên trong); chỉ rõ thư mục dữ liệu (ví dụ index/) hoặc thư mục lucene/ của nó.");
    }

    /** Opens the index {@code path} names ({@link #resolve}) for reading only, beside a process writing it. */
    public static ArticleIndex openReadOnly(Path path) {
        Path dir = resolve(path);
        try {
            return ArticleIndex.openReadOnly(dir);
        } catch (IOException e) {
            throw PipelineException.runtime("Không đọc được chỉ mục " + dir + ": " + Failures.describe(e), e);
        }
    }

    /** Whether a directory holds a Lucene index at its top (a {@code segments_N} file). */
    static boolean holdsIndex(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }
}
