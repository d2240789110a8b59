package vn.khotin.search.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load generator of {@code khotin bench web}: C connections, each its own thread and HTTP/1.1 client, send
 * searches drawn from a list of queries to one URL prefix for a while, and every latency is kept for percentiles.
 * It runs in the server's process, so {@link #cpuByThreadGroup()} tells its CPU apart from the server's.
 */
public final class WebLoad {

    private final String base;
    private final List<String> queries;
    private final int connections;
    // kept over every run, warm-up included: the first error of all is the one worth reading
    private final AtomicReference<String> firstError = new AtomicReference<>();

    /** Load on {@code base} (a URL ending in {@code q=}) with {@code queries}, URL-encoded, over C connections. */
    public WebLoad(String base, List<String> queries, int connections) {
        this.base = base;
        this.queries = queries;
        this.connections = connections;
    }

    /** Latencies of one run in nanoseconds, sorted, and the number of failed requests. */
    public record Result(long[] latencies, long errors) {

        /** The p-th percentile latency in milliseconds (100: the slowest); NaN for no requests. */
        public double pct(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1);
            return latencies[Math.max(0, i)] / 1e6;
        }
    }

    /** The first failure of any run so far (status and start of body, or the exception), or null. */
    public String firstError() {
        return firstError.get();
    }

    /** Keeps every connection busy for {@code seconds}; a connection stops early when its latency array is full. */
    public Result run(int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] lat = new long[4_000_000 / connections];
            perThread.add(lat);
            counts.add(0);
            int slot = c;
            Thread t = new Thread(() -> {
                int n = client(slot, lat, end, errors);
                synchronized (counts) {
                    counts.set(slot, n);
                }
            }, "bench-web-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts.get(c));
            at += counts.get(c);
        }
        Arrays.sort(all);
        return new Result(all, errors.get());
    }

    /** One connection's requests until {@code end}, their latencies into {@code lat}; returns how many. */
    private int client(int slot, long[] lat, long end, AtomicLong errors) {
        // one client per thread: HTTP/1.1 keep-alive gives one connection each
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(slot);
        int n = 0;
        while (System.nanoTime() < end && n < lat.length) {
            String q = queries.get(random.nextInt(queries.size()));
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                if (resp.statusCode() != 200) {
                    if (errors.incrementAndGet() == 1) {
                        String body = new String(resp.body(), StandardCharsets.UTF_8);
                        firstError.set(resp.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
                    }
                }
            } catch (IOException e) {
                if (errors.incrementAndGet() == 1) {
                    firstError.set(e.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0; // an interrupted connection's latencies are left out, as if it never ran
            }
            lat[n++] = System.nanoTime() - t0;
        }
        return n;
    }

    /**
     * CPU time so far in nanoseconds: the whole process ("tiến trình", GC and JIT included) and the live threads
     * by role (search pool, Jetty, the load generator's clients).
     */
    public static Map<String, Long> cpuByThreadGroup() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.put("tiến trình", os.getProcessCpuTime());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        out.put("luồng tìm kiếm", 0L);
        out.put("Jetty", 0L);
        out.put("khách đo tải", 0L);
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            String name = t.getThreadName();
            String group = name.startsWith("khotin-search") ? "luồng tìm kiếm"
                    : name.startsWith("JettyServerThreadPool") ? "Jetty"
                    : name.startsWith("bench-web") || name.startsWith("HttpClient") ? "khách đo tải" : null;
            long ns = mx.getThreadCpuTime(t.getThreadId());
            if (group != null && ns > 0) {
                out.merge(group, ns, Long::sum);
            }
        }
        return out;
    }
}
