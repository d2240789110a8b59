package vn.khotin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import vn.khotin.pipeline.ImportListener;
import vn.khotin.pipeline.ImportResult;

/**
 * What {@code khotin import} prints: a progress bar with the rate and the time left (redrawn in place on a
 * terminal; elsewhere a line at each tenth read and at least every 30 s, {@link ProgressLine}), the first malformed lines with their numbers and reasons (all of them
 * go to a file), and a summary.
 */
final class ImportConsole implements ImportListener, AutoCloseable {

    private static final int SHOWN_PROBLEMS = 20;
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressLine progress;
    private final Path problemFile;
    private BufferedWriter problems;
    private long problemCount;

    /**
     * @param problemFile where every malformed line is listed (created at the first one)
     * @param terminal whether {@code out} is a terminal (progress redrawn in place)
     */
    ImportConsole(PrintWriter out, PrintWriter err, boolean terminal, Path problemFile) {
        this.out = out;
        this.err = err;
        this.progress = new ProgressLine(out, terminal);
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
        progress.show(p, line(p));
    }

    /** One progress line: the bar, then lines skipped as already there and malformed lines. */
    static String line(Progress p) {
        return ProgressLine.bar("Đang nhập", p)
                + (p.present() > 0 ? " · đã có " + number(p.present()) : "")
                + (p.malformed() > 0 ? " · lỗi " + number(p.malformed()) : "");
    }

    @Override
    public synchronized void malformed(long line, String reason) {
        problemCount++;
        if (problemCount <= SHOWN_PROBLEMS) {
            progress.clear();
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
        progress.finish();
        out.println("Đang gộp chỉ mục thành một phân đoạn (tìm kiếm nhanh hơn)…");
        out.flush();
    }

    /** The summary at the end. */
    synchronized void finished(ImportResult r) {
        progress.finish();
        out.printf("Xong: nhập %s bài trong %s (%s bài/giây)%s; bỏ qua %s bài đã có; %s dòng lỗi. Kho có %s bài.%n",
                number(r.imported()), Numbers.duration(r.reading()), number(Math.round(r.rate())),
                r.merge().isZero() ? "" : ", gộp chỉ mục " + Numbers.duration(r.merge()), number(r.present()),
                number(r.malformed()), number(r.indexArticles()));
        if (problemCount > SHOWN_PROBLEMS) {
            out.println("… và " + number(problemCount - SHOWN_PROBLEMS) + " dòng lỗi khác.");
        }
        if (problemCount > 0) {
            out.println("Danh sách dòng lỗi: " + problemFile);
        }
        out.flush();
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    @Override
    public synchronized void close() throws IOException {
        if (problems != null) {
            problems.close();
            problems = null;
        }
    }
}
