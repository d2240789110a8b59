package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.pipeline.ReindexReporting;
import vn.khotin.pipeline.CrawlController;
import vn.khotin.pipeline.Reindexer;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.web.WebConfig;

/**
 * An operator who starts a reindex ({@code POST /admin/reindex}) sees on the status page how far it is — records
 * read, articles indexed, the share of the archive read, then the merge — and nothing of it once it is over.
 */
class ReindexStatusPageTest {

    private static final String TOKEN = "khoa-thu-nghiem";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REINDEXING = "Đang lập lại chỉ mục:";

    @TempDir
    Path tmp;

    private final CountDownLatch everyRecordRead = new CountDownLatch(1);
    private final CountDownLatch resumeReading = new CountDownLatch(1);
    private final CountDownLatch mergingStarted = new CountDownLatch(1);
    private final CountDownLatch resumeMerging = new CountDownLatch(1);

    @Test
    void theStatusPageShowsARunningReindexAndNothingOfItOnceItEnds() throws Exception {
        Path data = importThreeArticles();
        try (Serving serving = Serving.start(data, WebConfig.defaults("127.0.0.1", 0).withAdminToken(TOKEN),
                SiteProfile.loadDefault(), 0, holdingRebuild())) {
            String base = "http://127.0.0.1:" + serving.web().port();
            assertThat(page(base)).contains("đang nghỉ").doesNotContain(REINDEXING);

            assertThat(post(base + "/admin/reindex").statusCode()).isEqualTo(202);
            assertThat(everyRecordRead.await(30, TimeUnit.SECONDS)).as("the rebuild read every record").isTrue();
            String reading = page(base);
            resumeReading.countDown();
            assertThat(mergingStarted.await(30, TimeUnit.SECONDS)).as("the rebuild began merging").isTrue();
            String merging = page(base);
            resumeMerging.countDown();
            assertThat(serving.crawl().awaitIdle()).isEmpty();
            String after = page(base);

            assertThat(reading).contains("đang lập lại chỉ mục",
                    REINDEXING + " đã đọc 3 bản lưu (100% kho WARC), đã lập chỉ mục 3 bài. Bắt đầu lúc ")
                    .as("nothing left to read: no time left is guessed").doesNotContain("còn khoảng")
                    .doesNotContain("đang gộp phân đoạn");
            assertThat(merging).contains(REINDEXING + " đã đọc 3 bản lưu, đã lập chỉ mục 3 bài; đang gộp phân đoạn.");
            assertThat(after).contains("đang nghỉ").doesNotContain(REINDEXING).doesNotContain("đang gộp phân đoạn");
        } finally {
            resumeReading.countDown();
            resumeMerging.countDown();
        }
    }

    private Path importThreeArticles() throws Exception {
        Path input = Files.writeString(tmp.resolve("ba.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 4243, \"title\": \"Lúa chín ở Đức Thọ\", \"body\": \"Nông dân gặt lúa.\"}",
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "import", input.toString(), "--data",
                data.toString(), "--threads", "1");
        assertThat(code).as("%s%s", out, err).isZero();
        return data;
    }

    /** Holds the rebuild once every record is read, then again as it merges, while the page is asked. */
    private CrawlController.Listener holdingRebuild() {
        return new CrawlController.Listener() {
            @Override
            public void progress(ReindexReporting.Progress p) {
                if (p.fraction() >= 1) {
                    everyRecordRead.countDown();
                    await(resumeReading);
                }
            }

            @Override
            public void merging() {
                mergingStarted.countDown();
                await(resumeMerging);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String page(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/trang-thai")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
