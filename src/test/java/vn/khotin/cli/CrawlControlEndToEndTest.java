package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.index.IndexedArticle;
import vn.khotin.replica.ReplicaArticle;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.web.WebConfig;
import vn.khotin.pipeline.Workspace;

/**
 * The crawler driven through the web server, as an operator would: the admin actions (with and without the
 * token) start a crawl of the replica, stop one and rebuild the index, and {@code /api/v1/crawl}, the status
 * page and {@code /metrics} show what happened.
 */
class CrawlControlEndToEndTest {

    private static final String TOKEN = "khoa-thu-nghiem";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private ReplicaServer replica;
    private Serving serving;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void startReplica() throws Exception {
        replica = ReplicaServer.start(ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000).build());
    }

    @AfterEach
    void stopAll() throws Exception {
        if (serving != null) {
            serving.close();
        }
        replica.close();
    }

    private void serve(double rate) {
        Options.Crawl crawl = new Options.Crawl();
        crawl.origin = replica.baseUri().toString();
        crawl.rate = rate;
        serving = Serving.start(tmp.resolve("data"), WebConfig.defaults("127.0.0.1", 0).withAdminToken(TOKEN),
                crawl.profile(), 0, new PrintWriter(out, true), false);
    }

    @Test
    void adminStartsACrawlWhoseRunTheStatusShowsAndWhoseArticlesAreSearchable() throws Exception {
        serve(100);
        JsonNode before = get("/api/v1/crawl");
        assertThat(before.get("state").asText()).isEqualTo("IDLE");
        assertThat(before.get("lastRun").isNull()).isTrue();
        assertThat(before.get("totals").get("articles").asLong()).isZero();

        HttpResponse<String> started = post("/admin/crawl/start", TOKEN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(JSON.readTree(started.body()).get("accepted").asBoolean()).isTrue();
        HttpResponse<String> again = post("/admin/crawl/start", TOKEN);
        assertThat(again.statusCode()).as("a second start while one runs").isEqualTo(409);
        assertThat(post("/admin/reindex", TOKEN).statusCode()).as("reindex while crawling").isEqualTo(409);

        JsonNode running = get("/api/v1/crawl");
        assertThat(running.get("state").asText()).isEqualTo("RUNNING");
        assertThat(running.get("lastStarted").isNull()).isFalse();
        assertThat(running.get("lastFinished").isNull()).isTrue();

        JsonNode done = awaitIdle();
        Set<Long> expected = CrawlAcceptanceTest.expectedArticles(replica);
        assertThat(done.get("lastError").isNull()).as("error: %s; output: %s", done.get("lastError"), out).isTrue();
        JsonNode run = done.get("lastRun");
        assertThat(run.get("complete").asBoolean()).isTrue();
        assertThat(run.get("articlesIndexed").asLong()).isEqualTo(expected.size());
        assertThat(run.get("pagesFetched").asLong()).isGreaterThan(expected.size());
        assertThat(run.get("requests").asLong()).isGreaterThanOrEqualTo(run.get("pagesFetched").asLong());
        assertThat(done.get("pagesFetched").asLong()).isEqualTo(run.get("pagesFetched").asLong());
        assertThat(done.get("articlesIndexed").asLong()).isEqualTo(expected.size());
        assertThat(done.get("lastFinished").isNull()).isFalse();
        assertThat(done.get("rate").asDouble()).isZero();
        JsonNode totals = done.get("totals");
        assertThat(totals.get("articles").asLong()).isEqualTo(expected.size());
        assertThat(totals.get("captures").asLong()).isGreaterThanOrEqualTo(run.get("pagesFetched").asLong());
        assertThat(totals.get("warcBytes").asLong()).isPositive();
        assertThat(totals.get("runs").asLong()).isEqualTo(1);

        ReplicaArticle sample = replica.article(expected.iterator().next()).orElseThrow();
        assertThat(searchIds(sample.title())).contains(sample.id());

        String page = getText("/trang-thai");
        assertThat(page).contains("đang nghỉ", "Lần thu thập xong gần nhất", "trọn vẹn", "Tệp WARC");
        assertThat(getText("/metrics")).contains("khotin_crawl_state{state=\"idle\"} 1",
                "khotin_crawl_articles_indexed " + expected.size(), "khotin_archive_captures ");
        assertThat(post("/admin/crawl/stop", TOKEN).statusCode()).as("stop with nothing running").isEqualTo(409);
    }

    @Test
    void adminReindexRebuildsTheIndexInPlaceFromWarc() throws Exception {
        serve(500);
        assertThat(post("/admin/crawl/start", TOKEN).statusCode()).isEqualTo(202);
        awaitIdle();
        Set<Long> expected = CrawlAcceptanceTest.expectedArticles(replica);
        long[] ids = expected.stream().mapToLong(Long::longValue).sorted().toArray();
        ReplicaArticle lost = replica.article(ids[0]).orElseThrow();
        // damage the index as an old bug or a changed schema might: an article gone, a stray one added
        var index = serving.workspace().index();
        index.delete(lost.id());
        index.upsert(new IndexedArticle(stray(), CaptureRef.parse("khong-co.warc.gz@0"), Instant.now()));
        index.commit();
        index.refresh();
        assertThat(searchIds(lost.title())).doesNotContain(lost.id());
        assertThat(searchIds("Bài lạc không có trong kho")).contains(9_999_999L);

        HttpResponse<String> reindex = post("/admin/reindex", TOKEN);
        assertThat(reindex.statusCode()).as(reindex.body()).isEqualTo(202);
        JsonNode done = awaitIdle();

        assertThat(done.get("lastError").isNull()).as("output: %s", out).isTrue();
        assertThat(done.get("reindex").isNull()).as("no reindex runs any more").isTrue();
        assertThat(done.get("totals").get("articles").asLong()).isEqualTo(expected.size());
        assertThat(searchIds(lost.title())).contains(lost.id());
        assertThat(searchIds("Bài lạc không có trong kho")).doesNotContain(9_999_999L);
        assertThat(out.toString()).contains("Xong: đọc ", "Đã xóa khỏi chỉ mục 1 bài mà kho WARC không còn.");
    }

    @Test
    void adminActionsNeedTheTokenAndStopEndsARunEarly() throws Exception {
        serve(10);
        HttpResponse<String> noToken = post("/admin/crawl/start", null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(post("/admin/crawl/start", "sai-ma").statusCode()).isEqualTo(401);
        assertThat(post("/admin/reindex", "sai-ma").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/crawl").get("state").asText()).as("nothing started").isEqualTo("IDLE");
        assertThat(get("/health").get("crawl").asText()).isEqualTo("idle");

        // at 10 requests/s the replica takes many seconds; stop it at once
        assertThat(post("/admin/crawl/start", TOKEN).statusCode()).isEqualTo(202);
        HttpResponse<String> stop = post("/admin/crawl/stop", TOKEN);
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
        JsonNode done = awaitIdle();
        assertThat(done.get("lastRun").get("complete").asBoolean()).as("a stopped run is not complete").isFalse();
        assertThat(done.get("articlesIndexed").asLong())
                .isLessThan(CrawlAcceptanceTest.expectedArticles(replica).size());

        // Ctrl-C's path: closing stops a running crawl quickly and releases the data directory
        assertThat(serving.crawl().start()).isTrue();
        long t0 = System.nanoTime();
        serving.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(serving.crawl().start()).as("no crawl after shutdown").isFalse();
        Workspace.open(tmp.resolve("data")).close();
    }

    @Test
    void serveOnAnEmptyDataDirectoryAnswersAndASecondServeOnItFailsOnOneLine() throws Exception {
        serve(10);
        JsonNode health = get("/health");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asInt()).isZero();
        assertThat(health.get("crawl").asText()).isEqualTo("idle");
        assertThat(getText("/")).contains("lang=\"vi\"", "Kho lưu trữ chưa có bài nào");
        assertThat(getText("/trang-thai")).contains("đang nghỉ").doesNotContain("Lần thu thập xong gần nhất");

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), "serve", "--data",
                tmp.resolve("data").toString(), "--port", "0");
        assertThat(code).isEqualTo(1);
        assertThat(stderr.toString().strip()).doesNotContain("\n").contains("đang được một tiến trình khotin khác sử dụng");
        assertThat(get("/health").get("status").asText()).as("the first server is unharmed").isEqualTo("ok");
    }

    private static Article stray() {
        OffsetDateTime when = OffsetDateTime.parse("2026-01-02T08:00:00+07:00");
        return new Article(9_999_999L, "https://baohatinh.vn/bai-lac-post9999999.html", "Bài lạc không có trong kho",
                "Bài này chỉ có trong chỉ mục.", "Baohatinh.vn", List.of("Không có bản lưu WARC nào cho bài này."),
                List.of(), null, when, null, "Xã hội", List.of("Xã hội"), List.of(), List.of(), List.of(),
                ExtractionMethod.HEURISTIC);
    }

    private JsonNode awaitIdle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Predicate<JsonNode> idle = s -> s.get("state").asText().equals("IDLE");
        while (true) {
            JsonNode s = get("/api/v1/crawl");
            if (idle.test(s)) {
                return s;
            }
            assertThat(System.nanoTime()).as("still %s; output: %s", s, out).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private List<Long> searchIds(String query) throws Exception {
        JsonNode result = get("/api/v1/search?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return result.get("hits").valueStream().map(h -> h.get("id").asLong()).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serving.web().port() + path);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private String getText(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
