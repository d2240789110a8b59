package vn.khotin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import vn.khotin.pipeline.FileProgress;

/**
 * The progress of a long job ({@code import}, {@code reindex}): redrawn in place on a terminal; elsewhere (a log
 * file, a pipe, a script or CI) a plain line at each tenth of the input read, and at least every 30 s between, so
 * that a log keeps a trace of a job of seconds as of one of hours, in at most a few lines a minute. Whatever else
 * the job prints clears it first.
 */
final class ProgressLine {

    private static final int BAR = 24;
    private static final int LOGGED_STEPS = 10;
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private long lastLog;
    /** The tenths of the input read when the last line was logged. */
    private int loggedStep;
    /** The last progress shown in a log but not printed yet. */
    private String unlogged;
    private boolean drawn;

    /** @param terminal whether {@code out} is a terminal (redrawn in place) */
    ProgressLine(PrintWriter out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    /** @param nanoClock {@link System#nanoTime()}, or a test's clock */
    ProgressLine(PrintWriter out, boolean terminal, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.lastLog = nanoClock.getAsLong();
    }

    /**
     * Shows how far the job is: redraws the line; in a log, prints it when another tenth of the input is read or
     * 30 s have passed since the last one, and keeps it for {@link #finish()} otherwise. The whole input read is
     * left to {@link #finish()}: the input is read ahead of the articles done, so that line comes last.
     */
    synchronized void show(FileProgress progress, String text) {
        if (terminal) {
            out.print("\r" + text + "\u001b[K");
            out.flush();
            drawn = true;
            return;
        }
        int step = (int) (progress.fraction() * LOGGED_STEPS);
        long now = nanoClock.getAsLong();
        if ((step > loggedStep && step < LOGGED_STEPS) || now - lastLog > LOG_EVERY_NANOS) {
            loggedStep = Math.max(loggedStep, step);
            lastLog = now;
            out.println(text);
            out.flush();
            unlogged = null;
        } else {
            unlogged = text;
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
     * The input is read (or the job stopped): wipes a line drawn in place; in a log, prints the last progress shown
     * unless it was printed already, so that a log always ends with how far the job got.
     */
    synchronized void finish() {
        clear();
        if (unlogged != null) {
            out.println(unlogged);
            out.flush();
            unlogged = null;
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
