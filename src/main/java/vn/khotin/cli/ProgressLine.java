package vn.khotin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import vn.khotin.pipeline.FileProgress;

/**
 * The progress of a long job ({@code import}, {@code reindex}): redrawn in place on a terminal; elsewhere (a log
 * file, a pipe) a line every 30 s, so the log keeps a trace without thousands of lines. Whatever else the job
 * prints clears it first.
 */
final class ProgressLine {

    private static final int BAR = 24;
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final PrintWriter out;
    private final boolean terminal;
    private long lastLog = System.nanoTime();
    private boolean drawn;

    /** @param terminal whether {@code out} is a terminal (redrawn in place) */
    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Shows the progress now: redraws the line, or prints it when 30 s have passed since the last one. */
    synchronized void show(String text) {
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

    /** Wipes a line drawn in place, so that the next message starts at the left. */
    synchronized void clear() {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
            drawn = false;
        }
    }

    /**
     * "Đang nhập [██████░░…] 25% · 1.234 bài · 120 bài/giây · còn khoảng 30 giây": what the job does, then the bar,
     * the share read, the articles done, the rate and the time left.
     */
    static String bar(String doing, FileProgress p) {
        int filled = (int) Math.round(p.fraction() * BAR);
        Duration eta = p.eta();
        return doing + " [" + "█".repeat(filled) + "░".repeat(BAR - filled) + "] "
                + String.format(VI, "%3.0f%%", p.fraction() * 100) + " · " + Numbers.integer(p.done()) + " bài · "
                + Numbers.integer(Math.round(p.rate())) + " bài/giây · còn khoảng "
                + (eta == null ? "-" : Numbers.duration(eta));
    }
}
