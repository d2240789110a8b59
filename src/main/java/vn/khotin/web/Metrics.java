package vn.khotin.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import vn.khotin.model.CrawlStatus;

/**
 * Request counters and latency histograms per route, written in the Prometheus text exposition format along
 * with the index size and the crawl state. Routes are labelled by their pattern ("/bai/{id}"), never by the raw
 * path, so the number of series stays fixed.
 */
final class Metrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder searchTimeouts = new LongAdder();
    private final IntSupplier indexSize;
    private final Supplier<CrawlStatus> crawl;

    Metrics(IntSupplier indexSize, Supplier<CrawlStatus> crawl) {
        this.indexSize = indexSize;
        this.crawl = crawl;
    }

    void record(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(method + "\u0000" + route + "\u0000" + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(seconds);
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void searchTimedOut() {
        searchTimeouts.increment();
    }

    /** The metrics in Prometheus text format 0.0.4. */
    String scrape() {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP khotin_http_requests_total HTTP requests by method, route and status.\n")
                .append("# TYPE khotin_http_requests_total counter\n");
        for (var e : new TreeMap<>(requests).entrySet()) {
            String[] key = e.getKey().split("\u0000", 3);
            out.append("khotin_http_requests_total{method=\"").append(label(key[0])).append("\",route=\"")
                    .append(label(key[1])).append("\",status=\"").append(key[2]).append("\"} ")
                    .append(e.getValue().sum()).append('\n');
        }
        out.append("# HELP khotin_http_request_duration_seconds Time to answer a request, by route.\n")
                .append("# TYPE khotin_http_request_duration_seconds histogram\n");
        for (var e : new TreeMap<>(latency).entrySet()) {
            e.getValue().write(out, "khotin_http_request_duration_seconds", "route=\"" + label(e.getKey()) + "\"");
        }
        gauge(out, "khotin_rate_limited_total", "counter", "API requests refused by the per-client rate limit.",
                rateLimited.sum());
        gauge(out, "khotin_search_timeouts_total", "counter", "Searches stopped for taking too long.",
                searchTimeouts.sum());
        gauge(out, "khotin_index_articles", "gauge", "Articles in the search index.", indexSize.getAsInt());
        CrawlStatus c = crawl.get();
        out.append("# HELP khotin_crawl_state The crawler's state (1 for the current one).\n")
                .append("# TYPE khotin_crawl_state gauge\n");
        for (CrawlStatus.State s : CrawlStatus.State.values()) {
            out.append("khotin_crawl_state{state=\"").append(s.name().toLowerCase(Locale.ROOT)).append("\"} ")
                    .append(s == c.state() ? 1 : 0).append('\n');
        }
        gauge(out, "khotin_crawl_pages_fetched", "gauge", "Pages fetched in the current or last crawl run.",
                c.pagesFetched());
        gauge(out, "khotin_crawl_articles_indexed", "gauge", "Articles indexed in the current or last crawl run.",
                c.articlesIndexed());
        gauge(out, "khotin_crawl_queued", "gauge", "URLs waiting in the crawl frontier.", c.queued());
        out.append("# HELP khotin_crawl_rate Requests per second of the running crawl (0 when none runs).\n")
                .append("# TYPE khotin_crawl_rate gauge\n")
                .append("khotin_crawl_rate ").append(String.format(Locale.ROOT, "%.3f", c.rate())).append('\n');
        if (c.totals() != null) {
            gauge(out, "khotin_archive_captures", "gauge", "Responses recorded by the crawler.", c.totals().captures());
            gauge(out, "khotin_archive_warc_bytes", "gauge", "Total size of the WARC files.", c.totals().warcBytes());
            gauge(out, "khotin_crawl_runs", "gauge", "Crawl runs started.", c.totals().runs());
        }
        out.append("# HELP khotin_crawl_failures Failed fetches in the current or last run, by reason.\n")
                .append("# TYPE khotin_crawl_failures gauge\n");
        for (var f : c.failuresByReason().entrySet()) {
            out.append("khotin_crawl_failures{reason=\"").append(label(f.getKey())).append("\"} ")
                    .append(f.getValue()).append('\n');
        }
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String type, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n')
                .append(name).append(' ').append(value).append('\n');
    }

    /** Escapes a label value as the exposition format requires. */
    static String label(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static final class Histogram {
        private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong sumNanos = new AtomicLong();

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts.incrementAndGet(i);
                    break;
                }
            }
            count.incrementAndGet();
            sumNanos.addAndGet((long) (seconds * 1e9));
        }

        void write(StringBuilder out, String name, String labels) {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += counts.get(i);
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(BUCKETS[i])
                        .append("\"} ").append(cumulative).append('\n');
            }
            long n = count.get();
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(n).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", sumNanos.get() / 1e9)).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(n).append('\n');
        }
    }
}
