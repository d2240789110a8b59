package vn.khotin.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.CommittedArticles;
import vn.khotin.index.CommittedArticles.Entry;
import vn.khotin.index.CommittedArticles.Position;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Fields;

/**
 * Sends the archive's articles to an OpenSearch index and keeps it up to date (see the package documentation).
 * One instance per data directory and index; {@link #pass()} catches up once, callers repeat it after crawls.
 */
public final class OpenSearchSync {

    /** The index definition: settings and the strict mapping, on the analysis-khotin plugin's analyzers. */
    public static final String DEFINITION = "/vn/khotin/sync/opensearch-index.json";

    /**
     * How far before the checkpoint a pass starts again. A crawl commits captures in batches, so an article
     * fetched just before the last one sent may be committed only afterwards; resending the last minutes costs
     * little, as documents are idempotent.
     */
    static final Duration RESEND_WINDOW = Duration.ofMinutes(15);

    /**
     * Where and how to sync.
     *
     * @param url the cluster's base URL
     * @param index the index name
     * @param batch articles per bulk request
     * @param shards primary shards of a new index, or null for the cluster's default
     * @param replicas replicas of a new index, or null for the cluster's default
     * @param full send every article, whatever the checkpoint says
     */
    public record Target(URI url, String index, int batch, Integer shards, Integer replicas, boolean full) {}

    private final Target target;
    private final Path dataDir;
    private final CommittedArticles articles;
    private final OpenSearchHttp http;
    private final SyncListener listener;
    private final ObjectMapper json = new ObjectMapper();
    private final OpenSearchDocument documents;
    private boolean indexChecked;
    private boolean full;
    private boolean passed;

    public OpenSearchSync(Target target, Path dataDir, CommittedArticles articles, SyncListener listener) {
        this(target, dataDir, articles, listener, 8, wait -> Thread.sleep(wait.toMillis()));
    }

    OpenSearchSync(Target target, Path dataDir, CommittedArticles articles, SyncListener listener, int attempts,
            OpenSearchHttp.Backoff backoff) {
        this.target = target;
        this.dataDir = dataDir;
        this.articles = articles;
        this.listener = listener;
        this.full = target.full();
        this.http = new OpenSearchHttp(target.url(), json, attempts, backoff, listener);
        this.documents = new OpenSearchDocument(json, Gazetteer.get());
    }

    /**
     * Catches up with the newest commit of the index: sends what came after the checkpoint. The first pass of an
     * instance always looks; later ones only when a new commit appeared since.
     */
    public SyncReport pass() throws IOException {
        long start = System.nanoTime();
        boolean changed = articles.refresh();
        if (passed && !changed && !full) {
            return finish(new SyncReport(0, articles.count(), 0, Duration.ZERO, false));
        }
        boolean created = ensureIndex();
        Path file = SyncCheckpoint.file(dataDir, target.index());
        Position from = created || full ? Position.START : SyncCheckpoint.load(file, json)
                .filter(c -> c.url().equals(target.url().toString()) && c.index().equals(target.index()))
                .map(c -> resumeFrom(c.position())).orElse(Position.START);
        List<Entry> todo = articles.after(from);
        listener.passStarted(todo.size(), articles.count(), from == Position.START);
        long bytes = 0;
        int sent = 0;
        for (int i = 0; i < todo.size(); i += target.batch()) {
            List<Entry> batch = todo.subList(i, Math.min(todo.size(), i + target.batch()));
            bytes += send(articles.read(batch));
            sent += batch.size();
            new SyncCheckpoint(target.url().toString(), target.index(), batch.getLast().position()).save(file, json);
            listener.progress(sent, todo.size(), bytes);
        }
        if (sent > 0) {
            http.refresh(target.index());
        }
        full = false;
        passed = true;
        return finish(new SyncReport(sent, articles.count(), bytes, Duration.ofNanos(System.nanoTime() - start),
                from == Position.START));
    }

    private SyncReport finish(SyncReport report) {
        listener.passFinished(report);
        return report;
    }

    /** True when the index was created now, so everything must be sent. */
    private boolean ensureIndex() {
        if (indexChecked) {
            return false;
        }
        boolean created = false;
        if (!http.indexExists(target.index())) {
            http.createIndex(target.index(), definition());
            created = true;
        }
        indexChecked = true;
        return created;
    }

    /**
     * Where a pass starts after a checkpoint: the resend window before it, or right after it for articles without
     * a fetch time (an index not built by crawling), whose order is by ID alone.
     */
    private static Position resumeFrom(Position checkpoint) {
        if (checkpoint.fetched() <= 0) {
            return checkpoint;
        }
        return new Position(Math.max(1, checkpoint.fetched() - RESEND_WINDOW.toMillis()), Long.MIN_VALUE);
    }

    /** Sends one batch until every article is accepted; returns the bytes sent. */
    private long send(List<IndexedArticle> batch) {
        List<IndexedArticle> pending = batch;
        long bytes = 0;
        for (int attempt = 1; ; attempt++) {
            byte[] body = bulkBody(pending);
            bytes += body.length;
            List<OpenSearchHttp.BulkItem> items = http.bulk(body);
            List<IndexedArticle> retry = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                OpenSearchHttp.BulkItem item = items.get(i);
                if (item.retryable()) {
                    retry.add(pending.get(i));
                } else if (!item.accepted()) {
                    throw new SyncException("OpenSearch từ chối bài " + item.id() + " (" + item.status() + "): "
                            + item.error());
                }
            }
            if (items.size() != pending.size()) {
                throw new SyncException("OpenSearch trả lời " + items.size() + " mục cho " + pending.size() + " bài.");
            }
            if (retry.isEmpty()) {
                return bytes;
            }
            if (attempt >= http.attempts()) {
                throw new SyncException(retry.size() + " bài vẫn bị từ chối vì quá tải sau " + attempt
                        + " lần thử; chạy lại lệnh để tiếp tục từ chỗ đã dừng.");
            }
            http.pause(attempt, retry.size() + " bài bị từ chối vì quá tải");
            pending = retry;
        }
    }

    /**
     * Index actions by article ID with the fetch time as an external version ({@code external_gte}): resending
     * is harmless, and an older capture is refused (409) where a newer one is already indexed.
     */
    private byte[] bulkBody(List<IndexedArticle> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 8192);
        try {
            for (IndexedArticle a : batch) {
                ObjectNode action = json.createObjectNode();
                ObjectNode meta = action.putObject("index");
                meta.put("_index", target.index());
                meta.put("_id", Long.toString(a.article().id()));
                meta.put("version", a.fetched() == null ? 0 : a.fetched().toEpochMilli());
                meta.put("version_type", "external_gte");
                out.writeBytes(json.writeValueAsBytes(action));
                out.write('\n');
                out.writeBytes(json.writeValueAsBytes(documents.of(a)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The index definition with the shard and replica counts asked for and Khotin's analysis version. */
    byte[] definition() {
        try (InputStream in = OpenSearchSync.class.getResourceAsStream(DEFINITION)) {
            ObjectNode def = (ObjectNode) json.readTree(in);
            ObjectNode index = ((ObjectNode) def.with("settings")).with("index");
            if (target.shards() != null) {
                index.put("number_of_shards", target.shards());
            }
            if (target.replicas() != null) {
                index.put("number_of_replicas", target.replicas());
            }
            OpenSearchDocument.mapFacets((ObjectNode) def.get("mappings").get("properties"), Fields.FACETS);
            ObjectNode meta = ((ObjectNode) def.get("mappings")).putObject("_meta");
            meta.put("khotin_analysis_version", ArticleSchema.ANALYSIS_VERSION);
            return json.writeValueAsString(def).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
