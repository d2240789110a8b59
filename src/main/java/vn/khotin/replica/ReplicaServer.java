package vn.khotin.replica;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A local replica of baohatinh.vn: the entry point of this package.
 *
 * <pre>{@code
 * try (ReplicaServer replica = ReplicaServer.start(ReplicaConfig.builder()
 *         .corpus(Path.of("articles.jsonl.gz"))
 *         .faults(Set.of(Fault.RATE_LIMIT_429, Fault.CONDITIONAL))
 *         .seed(42).build())) {
 *     URI base = replica.baseUri();              // http://127.0.0.1:<port>/
 *     ... crawl base ...
 *     replica.requests();                        // every request, for politeness assertions
 * }
 * }</pre>
 *
 * <p>Binds 127.0.0.1 on the configured port (0 = a free one). Thread-safe.
 */
public final class ReplicaServer implements AutoCloseable {

    private final ReplicaConfig config;
    private final ArticleStore store;
    private final RequestLog log;
    private final HttpCore http;
    private final Site site;
    private final FaultPlan plan;

    private ReplicaServer(ReplicaConfig config, ArticleStore store) throws IOException {
        this.config = config;
        this.store = store;
        this.log = new RequestLog(config.requestLogCapacity());
        this.plan = new FaultPlan(config, store);
        // The origin must be known before any page renders; the port is fixed once the socket is bound.
        SiteHolder holder = new SiteHolder();
        this.http = new HttpCore(config.port(), config.threads(), req -> holder.routes.handle(req), log);
        this.site = new Site(config, store, "http://127.0.0.1:" + http.port());
        holder.routes = new Routes(site, plan);
    }

    private static final class SiteHolder {
        volatile Routes routes;
    }

    /**
     * Loads the articles and starts serving.
     *
     * @throws IOException when the corpus cannot be read or the port cannot be bound
     * @throws IllegalArgumentException when the corpus holds no usable article
     */
    public static ReplicaServer start(ReplicaConfig config) throws IOException {
        ArticleStore store = ArticleStore.load(config.corpus(), config.samples());
        try {
            return new ReplicaServer(config, store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Starts a replica of the sample articles on a free port, no faults: what the demo needs. */
    public static ReplicaServer startWithSamples() throws IOException {
        return start(ReplicaConfig.builder().build());
    }

    public ReplicaConfig config() {
        return config;
    }

    /** {@code http://127.0.0.1:<port>/} */
    public URI baseUri() {
        return URI.create(site.origin + "/");
    }

    public int port() {
        return http.port();
    }

    /** The absolute URL of a path on the replica. */
    public URI uri(String path) {
        return URI.create(site.origin + path);
    }

    /** Every request so far, oldest first (bounded by {@link ReplicaConfig#requestLogCapacity()}). */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    /** Writes the request log as JSON Lines (see {@link RecordedRequest}). */
    public void writeRequests(Writer out) throws IOException {
        log.writeJsonLines(out);
    }

    public void dumpRequests(Path file) throws IOException {
        log.dump(file);
    }

    /** One request as a JSON object, the format of the dump. */
    public static String toJson(RecordedRequest r) {
        return RequestLog.toJson(r);
    }

    public int articleCount() {
        return store.size();
    }

    /** All article IDs, ascending. */
    public long[] articleIds() {
        return store.allIds();
    }

    /** The article as served: the ground truth for extractor tests. */
    public Optional<ReplicaArticle> article(long id) {
        return plan.special(id).or(() -> store.get(id));
    }

    /** The current-scheme URL of an article. */
    public URI articleUri(long id) {
        return uri(article(id).orElseThrow(() -> new IllegalArgumentException("no article " + id)).path());
    }

    /** The old-scheme ({@code .htm}) URL of an article. */
    public URI oldArticleUri(long id) {
        return uri(article(id).orElseThrow(() -> new IllegalArgumentException("no article " + id)).oldPath());
    }

    /** The image URLs an article page shows, lead image first, without repeats. */
    public List<String> imageUrls(long id) {
        ReplicaArticle a = article(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        List<String> out = new ArrayList<>();
        for (ReplicaArticle.Figure f : a.figures()) {
            String u = site.imageUrl(a, f.file());
            if (!out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The page tag URL of a tag name, or empty. */
    public Optional<URI> tagUri(String tag) {
        return store.tagByName(tag).map(t -> uri("/" + t.slug + "-tag" + t.id + ".html"));
    }

    /**
     * Edits an article as the newsroom would: the change is visible at once on its page, its ETag and
     * Last-Modified, and its sitemap {@code lastmod}.
     */
    public ReplicaArticle updateArticle(long id, UnaryOperator<ReplicaArticle> change) {
        return store.edit(id, change).orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }

    /** Appends a paragraph and sets the edit time to now (or just after the previous edit). */
    public ReplicaArticle updateArticle(long id, String extraParagraph) {
        return updateArticle(id, a -> {
            List<String> body = new ArrayList<>(a.body());
            body.add(extraParagraph);
            OffsetDateTime now = OffsetDateTime.now(IdDates.VN).truncatedTo(ChronoUnit.SECONDS);
            return a.edited(null, null, body, now.isAfter(a.lastModified()) ? now : a.lastModified().plusSeconds(1));
        });
    }

    /**
     * Adds {@code n} new articles, newer than every existing one, with IDs after the highest and text
     * recombined from existing paragraphs; returns them.
     */
    public List<ReplicaArticle> addGeneratedArticles(int n) {
        long[] ids = store.allIds();
        long next = ids.length == 0 ? 307_400 : ids[ids.length - 1] + 1;
        OffsetDateTime t = OffsetDateTime.now(IdDates.VN).truncatedTo(ChronoUnit.MINUTES);
        for (long id : ids) {
            OffsetDateTime p = store.get(id).map(ReplicaArticle::published).orElse(t);
            if (!p.isBefore(t)) {
                t = p.plusMinutes(1);
            }
        }
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < ids.length && pool.size() < 200; i++) {
            store.get(ids[i]).ifPresent(a -> a.body().stream().filter(p -> !p.startsWith("> ")).forEach(pool::add));
        }
        if (pool.isEmpty()) {
            pool.add("Nội dung đang được cập nhật.");
        }
        List<ReplicaArticle> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = next + i;
            List<String> body = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                body.add(pool.get((int) ((id * 7 + k * 13) % pool.size())));
            }
            Category c = Category.CURRENT.get((int) (id % Category.CURRENT.size()));
            made.add(new ReplicaArticle(id, null, "Tin mới số " + (i + 1) + " từ các địa phương Hà Tĩnh (" + id + ")",
                    "Tổng hợp thông tin mới từ các địa phương trong tỉnh.", body,
                    List.of(new ReplicaArticle.Figure("tin-moi-" + id + ".jpg", "Ảnh minh họa. Ảnh: PV", 0)), "PV",
                    t.plusMinutes(i), null, c, List.of("Tin địa phương"), List.of(), null));
        }
        store.add(made);
        return made;
    }

    /** The URLs a fault shows on; empty when the fault is off. */
    public List<URI> faultTargets(Fault fault) {
        List<URI> out = new ArrayList<>();
        switch (fault) {
            case LARGE_PAGE -> plan.large().ifPresent(a -> out.add(uri(a.path())));
            case NON_HTML -> plan.nonHtml().ifPresent(a -> out.add(uri(a.path())));
            case REDIRECTS -> plan.redirectPaths().forEach(p -> out.add(uri(p)));
            default -> {
                for (long id : plan.targets(fault)) {
                    out.add(articleUri(id));
                }
            }
        }
        return out;
    }

    /** Corpus lines skipped as unusable, and the first problems found (Vietnamese). */
    public int skippedLines() {
        return store.skipped();
    }

    public List<String> loadWarnings() {
        return store.warnings();
    }

    /** Stops serving, closes open connections and removes any temporary corpus copy. */
    @Override
    public void close() throws IOException {
        http.close();
        store.close();
    }
}
