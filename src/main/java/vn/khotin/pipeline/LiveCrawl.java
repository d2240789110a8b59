package vn.khotin.pipeline;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.function.IntSupplier;
import vn.khotin.crawl.Crawler;

/** A crawl run's live counters for the status, fed by the crawl thread and read by request threads. */
final class LiveCrawl {

    /** The rate shown is measured over this window, so a stall shows within seconds, not as a slow average. */
    private static final long RATE_WINDOW_NANOS = 10_000_000_000L;

    private final Instant started;
    private final IntSupplier articlesIndexed;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>(); // {nanoTime, requests, articles}, by this
    private volatile Crawler.Progress progress;

    LiveCrawl(Instant started, IntSupplier articlesIndexed) {
        this.started = started;
        this.articlesIndexed = articlesIndexed;
    }

    Instant started() {
        return started;
    }

    IntSupplier articlesIndexed() {
        return articlesIndexed;
    }

    Crawler.Progress progress() {
        return progress;
    }

    synchronized void update(Crawler.Progress p) {
        long now = System.nanoTime();
        samples.addLast(new long[] {now, p.requests(), articlesIndexed.getAsInt()});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > RATE_WINDOW_NANOS) {
            samples.removeFirst();
        }
        progress = p;
    }

    /** Articles indexed per second over the last few seconds; 0 until there are two samples. */
    synchronized double articleRate() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        double seconds = (last[0] - first[0]) / 1e9;
        return seconds > 0 ? (last[2] - first[2]) / seconds : 0;
    }

    /** Requests per second over the last few seconds; the run's average until there are two samples. */
    synchronized double rate() {
        Crawler.Progress p = progress;
        if (p == null) {
            return 0;
        }
        if (samples.size() < 2) {
            return p.rate();
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        double seconds = (last[0] - first[0]) / 1e9;
        return seconds > 0 ? (last[1] - first[1]) / seconds : p.rate();
    }
}
