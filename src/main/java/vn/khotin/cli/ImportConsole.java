package vn.khotin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import vn.khotin.pipeline.ImportListener;
import vn.khotin.pipeline.ImportResult;

/**
 * What {@code khotin import} prints: a progress bar with the rate and the time left (redrawn in place on a
 * terminal, a line every 30 s elsewhere), the first malformed lines with their numbers and reasons (all of them
 * go to a file), and a summary.
 */
final class ImportConsole implements ImportListener, AutoCloseable {

    private static final int SHOWN_PROBLEMS = 20;
    private static final int BAR = 24;
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Path problemFile;
    private BufferedWriter problems;
    private long problemCount;
    private long lastLog = System.nanoTime();
    private boolean drawn;

    /**
     * @param problemFile where every malformed line is listed (created at the first one)
     * @param terminal whether {@code out} is a terminal (progress redrawn in place)
     */
    ImportConsole(PrintWriter out, PrintWriter err, boolean terminal, Path problemFile) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.problemFile = problemFile;
    }

    @Override
    public void recovering(boolean wholeArchive) {
        out.println(wholeArchive ? "Đang kiểm tra kho WARC tìm các bài đã nhập nhưng chưa vào chỉ mục…"
                : "Đang lập chỉ mục các bài lần nhập trước đã lưu nhưng chưa kịp đưa vào chỉ mục…");
        out.flush();
    }

    @Override
    public void recovered(long articles) {
        if (articles > 0) {
            out.println("Đã lập chỉ mục lại " + number(articles) + " bài từ kho WARC.");
            out.flush();
        }
    }

    @Override
    public synchronized void progress(Progress p) {
        String text = line(p);
        if (terminal) {
            out.print("\r" + text + "\u001b[K");
            out.flush();
            drawn = true;
        } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            out.println(text);
            out.flush();
        }
    }

    /** One progress line: bar, share, articles, rate, time left. */
    static String line(Progress p) {
        int filled = (int) Math.round(p.fraction() * BAR);
        Duration eta = p.eta();
        return "Đang nhập [" + "█".repeat(filled) + "░".repeat(BAR - filled) + "] "
                + String.format(VI, "%3.0f%%", p.fraction() * 100) + " · " + number(p.imported()) + " bài · "
                + number(Math.round(p.rate())) + " bài/giây · còn khoảng " + (eta == null ? "-" : duration(eta))
                + (p.present() > 0 ? " · đã có " + number(p.present()) : "")
                + (p.malformed() > 0 ? " · lỗi " + number(p.malformed()) : "");
    }

    @Override
    public synchronized void malformed(long line, String reason) {
        problemCount++;
        if (problemCount <= SHOWN_PROBLEMS) {
            clearLine();
            err.println("Dòng " + line + ": " + reason);
            err.flush();
        }
        try {
            if (problems == null) {
                Files.createDirectories(problemFile.getParent());
                problems = Files.newBufferedWriter(problemFile, StandardCharsets.UTF_8);
                problems.write("dòng\tlý do\n");
            }
            problems.write(line + "\t" + reason.replace('\n', ' ') + "\n");
        } catch (IOException e) {
            // the console already showed the first ones; a full disk will fail the import itself soon
        }
    }

    @Override
    public synchronized void merging() {
        clearLine();
        out.println("Đang gộp chỉ mục thành một phân đoạn (tìm kiếm nhanh hơn)…");
        out.flush();
    }

    /** The summary at the end. */
    synchronized void finished(ImportResult r) {
        clearLine();
        out.printf("Xong: nhập %s bài trong %s (%s bài/giây)%s; bỏ qua %s bài đã có; %s dòng lỗi. Kho có %s bài.%n",
                number(r.imported()), duration(r.reading()), number(Math.round(r.rate())),
                r.merge().isZero() ? "" : ", gộp chỉ mục " + duration(r.merge()), number(r.present()),
                number(r.malformed()), number(r.indexArticles()));
        if (problemCount > SHOWN_PROBLEMS) {
            out.println("… và " + number(problemCount - SHOWN_PROBLEMS) + " dòng lỗi khác.");
        }
        if (problemCount > 0) {
            out.println("Danh sách dòng lỗi: " + problemFile);
        }
        out.flush();
    }

    private void clearLine() {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
            drawn = false;
        }
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s == 0 && d.toMillis() > 0 ? String.format(VI, "%.1f giây", d.toMillis() / 1000.0) : s + " giây";
        }
        if (s < 3600) {
            return (s / 60) + " phút " + (s % 60) + " giây";
        }
        return (s / 3600) + " giờ " + (s % 3600 / 60) + " phút";
    }

    @Override
    public synchronized void close() throws IOException {
        if (problems != null) {
            problems.close();
            problems = null;
        }
    }
}
