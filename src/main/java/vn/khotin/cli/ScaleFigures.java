package vn.khotin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measured figures as a tab-separated file, one per line: {@code metric <TAB> articles <TAB> value}. The metric is
 * the label the chart's legend shows (Vietnamese, with its unit), so a file written by hand and one appended to by
 * the bench commands read the same. Blank lines and lines starting with {@code #} are skipped, and so is a header
 * line {@code metric articles value}. Numbers are plain ({@code 4.8}, never {@code 4,8}): the file is for machines.
 */
final class ScaleFigures {

    static final String HEADER = "metric\tarticles\tvalue";

    /** The metrics the bench commands record ({@code --record}), as src/docs/scale-figures.tsv names them. */
    static final String IMPORT_CPU = "CPU nhập dữ liệu (ms/bài)";
    static final String INDEX_SIZE = "Chỉ mục trên đĩa (kB/bài)";
    static final String SEARCH_CPU = "CPU tìm kiếm (ms/truy vấn, 1 luồng)";
    static final String RELATED_CPU = "CPU tin liên quan (ms/danh sách)";

    /** One measurement: {@code value} of {@code metric} with {@code articles} articles in the archive. */
    record Figure(String metric, long articles, double value) {}

    private ScaleFigures() {}

    /** The figures of a file; a malformed line is a usage error naming the file, the line number and the reason. */
    static List<Figure> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserException.usage("Không tìm thấy tệp số liệu: " + file + ".");
        } catch (IOException e) {
            throw UserException.runtime("Không đọc được tệp số liệu " + file + ": " + e.getMessage(), e);
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            figures.add(parse(lines.get(i), file, i + 1));
        }
        if (figures.isEmpty()) {
            throw UserException.usage("Tệp số liệu " + file + " không có dòng số liệu nào (cần: chỉ số, số bài, giá trị; "
                    + "cách nhau bằng dấu tab).");
        }
        return figures;
    }

    private static Figure parse(String line, Path file, int number) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 3) {
            throw malformed(file, number, "cần 3 cột cách nhau bằng dấu tab (chỉ số, số bài, giá trị), có "
                    + cells.length + " cột");
        }
        String metric = cells[0].strip();
        if (metric.isEmpty()) {
            throw malformed(file, number, "thiếu tên chỉ số ở cột 1");
        }
        long articles;
        try {
            articles = Long.parseLong(cells[1].strip());
        } catch (NumberFormatException e) {
            throw malformed(file, number, "số bài \"" + cells[1].strip() + "\" không phải số nguyên");
        }
        if (articles < 1) {
            throw malformed(file, number, "số bài phải lớn hơn 0 (trục ngang theo thang logarit)");
        }
        double value;
        try {
            value = Double.parseDouble(cells[2].strip());
        } catch (NumberFormatException e) {
            throw malformed(file, number, "giá trị \"" + cells[2].strip() + "\" không phải số (dùng dấu chấm thập phân, "
                    + "ví dụ 4.8)");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw malformed(file, number, "giá trị phải là số không âm");
        }
        return new Figure(metric, articles, value);
    }

    private static UserException malformed(Path file, int line, String reason) {
        return UserException.usage("Dòng " + line + " của " + file + " sai định dạng: " + reason + ".");
    }

    /** Appends figures to a file (created with its header when missing), for {@code --record} of the bench commands. */
    static void append(Path file, List<Figure> figures) {
        StringBuilder text = new StringBuilder();
        if (!Files.exists(file)) {
            text.append(HEADER).append('\n');
        }
        for (Figure f : figures) {
            text.append(f.metric()).append('\t').append(f.articles()).append('\t').append(plain(f.value())).append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw UserException.runtime("Không ghi được tệp số liệu " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code --record FILE} of the bench commands: append the run's figures to a figures file. */
    static final class Record {
        @picocli.CommandLine.Option(names = "--record", paramLabel = "TỆP",
                description = "Ghi thêm kết quả vào tệp số liệu (TSV: chỉ số, số bài, giá trị) để vẽ bằng bench chart.")
        Path file;

        /** Appends the figures (rounded to two decimals) when {@code --record} was given, and says so. */
        void append(List<Figure> figures, java.io.PrintWriter out) {
            if (file == null) {
                return;
            }
            ScaleFigures.append(file, figures.stream()
                    .map(f -> new Figure(f.metric(), f.articles(), Math.round(f.value() * 100) / 100.0)).toList());
            out.printf("Đã ghi %d số liệu vào %s.%n", figures.size(), file);
            out.flush();
        }
    }

    /** "4.8", "18.66", "596.9": at most three decimals, no grouping, no trailing zeros. */
    static String plain(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
