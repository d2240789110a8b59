package vn.khotin.replica;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a replica run is configured with; built once with {@link #builder()} and never changed.
 *
 * @param port the port to bind on 127.0.0.1 (0 = pick a free one)
 * @param corpus a JSON Lines file (plain or .gz) of articles to serve, or null
 * @param samples whether to serve the sample articles shipped with the replica
 * @param faults the faults switched on
 * @param seed the seed for every deterministic choice (fault targets, error draws)
 * @param oldEra how articles of the old ({@code .htm}) era are rendered
 * @param currentEra how current ({@code -post}) articles are rendered
 * @param currentEraStartId the first ID of the current era; lower IDs also have an old {@code .htm} URL
 * @param redirectMode how old {@code .htm} URLs answer
 * @param pagination how category listings page
 * @param pageSize cards per listing page
 * @param maxPages the deepest listing page served (0 = no limit); deeper pages answer 404
 * @param titleSuffix appended to every {@code <title>} (" | Báo Hà Tĩnh")
 * @param feedStyle the per-category feed URL form that pages link to (all forms are served)
 * @param gzipSitemaps whether the sitemap index points to {@code .xml.gz} monthly sitemaps
 * @param crawlDelaySeconds the robots.txt {@code Crawl-delay}
 * @param rateLimitPerSecond requests per second above which {@link Fault#RATE_LIMIT_429} answers 429
 * @param errorRate the share of HTML requests {@link Fault#INTERMITTENT_500} fails
 * @param slowMillis the delay of {@link Fault#SLOW} targets
 * @param latencyMillis a delay added to every response (0 = none), to model a distant server
 * @param faultTargets how many articles each per-article fault hits
 * @param threads the worker threads (open connections served at once)
 * @param requestLogCapacity requests kept in memory for {@link ReplicaServer#requests()}; older ones are dropped
 * @param largePageBytes the body size of the {@link Fault#LARGE_PAGE} article
 */
public record ReplicaConfig(
        int port,
        Path corpus,
        boolean samples,
        Set<Fault> faults,
        long seed,
        EraStyle oldEra,
        EraStyle currentEra,
        long currentEraStartId,
        RedirectMode redirectMode,
        Pagination pagination,
        int pageSize,
        int maxPages,
        String titleSuffix,
        FeedStyle feedStyle,
        boolean gzipSitemaps,
        double crawlDelaySeconds,
        int rateLimitPerSecond,
        double errorRate,
        int slowMillis,
        int latencyMillis,
        int faultTargets,
        int threads,
        int requestLogCapacity,
        int largePageBytes) {

    public ReplicaConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port);
        }
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
        Objects.requireNonNull(oldEra, "oldEra");
        Objects.requireNonNull(currentEra, "currentEra");
        Objects.requireNonNull(redirectMode, "redirectMode");
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(feedStyle, "feedStyle");
        titleSuffix = titleSuffix == null ? "" : titleSuffix;
        if (pageSize < 1 || maxPages < 0 || threads < 1 || faultTargets < 1 || requestLogCapacity < 1) {
            throw new IllegalArgumentException("pageSize, maxPages, threads, faultTargets or requestLogCapacity out of range");
        }
        if (errorRate < 0 || errorRate > 1 || crawlDelaySeconds < 0 || slowMillis < 0 || latencyMillis < 0) {
            throw new IllegalArgumentException("errorRate, crawlDelaySeconds, slowMillis or latencyMillis out of range");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a fault is on. */
    public boolean has(Fault f) {
        return faults.contains(f);
    }

    /** The style of an article's era. */
    public EraStyle styleFor(long articleId) {
        return isOldEra(articleId) ? oldEra : currentEra;
    }

    /** Whether an article belongs to the old ({@code .htm}) era. */
    public boolean isOldEra(long articleId) {
        return articleId < currentEraStartId;
    }

    /** How old {@code .htm} URLs answer (reference §0). */
    public enum RedirectMode {
        /** 301 to {@code /<slug>-post<ID>.html} */
        MOVED_301,
        /** 200 with the same page, whose canonical link names the new URL */
        BOTH_200,
        /** 404 */
        GONE_404
    }

    /** Listing pagination (reference §0). */
    public enum Pagination {
        /** {@code /<slug>/?page=N} with numbered links and prev/next ({@code rel=prev/next}) */
        NUMBERED,
        /** a "Xem thêm" button whose script fetches {@code /ajax/<slug>/page-N.html} fragments; no page links */
        LOAD_MORE
    }

    /** Per-category feed URL forms (reference §5). */
    public enum FeedStyle {
        /** {@code /rss/<slug>.rss} */
        SLUG_RSS,
        /** {@code /rss/<zoneslug>-<zoneId>.rss}, zone slug without hyphens (sister CMS) */
        ZONE_ID,
        /** {@code /rss/<slug>.xml} (old site) */
        OLD_XML
    }

    /** Mutable builder; every setter returns the builder. */
    public static final class Builder {
        private int port;
        private Path corpus;
        private boolean samples = true;
        private Set<Fault> faults = EnumSet.noneOf(Fault.class);
        private long seed = 42;
        private EraStyle oldEra = EraStyle.oldDefaults();
        private EraStyle currentEra = EraStyle.currentDefaults();
        private long currentEraStartId = 265_000;
        private RedirectMode redirectMode = RedirectMode.MOVED_301;
        private Pagination pagination = Pagination.NUMBERED;
        private int pageSize = 20;
        private int maxPages;
        private String titleSuffix = " | Báo Hà Tĩnh";
        private FeedStyle feedStyle = FeedStyle.SLUG_RSS;
        private boolean gzipSitemaps;
        private double crawlDelaySeconds = 0.5;
        private int rateLimitPerSecond = 20;
        private double errorRate = 0.1;
        private int slowMillis = 1500;
        private int latencyMillis;
        private int faultTargets = 2;
        private int threads = 16;
        private int requestLogCapacity = 500_000;
        private int largePageBytes = 5 << 20;

        public Builder port(int v) { port = v; return this; }
        public Builder corpus(Path v) { corpus = v; return this; }
        public Builder samples(boolean v) { samples = v; return this; }
        public Builder faults(Set<Fault> v) { faults = EnumSet.noneOf(Fault.class); faults.addAll(v); return this; }
        public Builder fault(Fault v) { faults.add(v); return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder oldEra(EraStyle v) { oldEra = v; return this; }
        public Builder currentEra(EraStyle v) { currentEra = v; return this; }
        /** Sets both eras' style. */
        public Builder eras(EraStyle v) { oldEra = v; currentEra = v; return this; }
        public Builder currentEraStartId(long v) { currentEraStartId = v; return this; }
        public Builder redirectMode(RedirectMode v) { redirectMode = v; return this; }
        public Builder pagination(Pagination v) { pagination = v; return this; }
        public Builder pageSize(int v) { pageSize = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder titleSuffix(String v) { titleSuffix = v; return this; }
        public Builder feedStyle(FeedStyle v) { feedStyle = v; return this; }
        public Builder gzipSitemaps(boolean v) { gzipSitemaps = v; return this; }
        public Builder crawlDelaySeconds(double v) { crawlDelaySeconds = v; return this; }
        public Builder rateLimitPerSecond(int v) { rateLimitPerSecond = v; return this; }
        public Builder errorRate(double v) { errorRate = v; return this; }
        public Builder slowMillis(int v) { slowMillis = v; return this; }
        public Builder latencyMillis(int v) { latencyMillis = v; return this; }
        public Builder faultTargets(int v) { faultTargets = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder requestLogCapacity(int v) { requestLogCapacity = v; return this; }
        public Builder largePageBytes(int v) { largePageBytes = v; return this; }

        public ReplicaConfig build() {
            return new ReplicaConfig(port, corpus, samples, faults, seed, oldEra, currentEra, currentEraStartId,
                    redirectMode, pagination, pageSize, maxPages, titleSuffix, feedStyle, gzipSitemaps,
                    crawlDelaySeconds, rateLimitPerSecond, errorRate, slowMillis, latencyMillis, faultTargets,
                    threads, requestLogCapacity, largePageBytes);
        }
    }
}
