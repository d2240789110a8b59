package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.CrawlStatus;

/**
 * While a running server rebuilds its index ({@code POST /admin/reindex}), its status says how far the rebuild is
 * (records read, articles indexed, bytes read of the archive, when it began), not only that it runs.
 */
class AdminReindexStatusTest {

    @TempDir
    Path dir;

    @Test
    void theStatusOfARunningReindexSaysHowFarItIs() throws Exception {
        Path input = Files.writeString(dir.resolve("ba.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 4243, \"title\": \"Lúa chín ở Đức Thọ\", \"body\": \"Nông dân gặt lúa.\"}",
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        try (Workspace ws = Workspace.open(data, Importer.INDEX_OPTIONS)) {
            Importer.run(ws, Importer.Options.of(input).withThreads(1), new ImportListener() {});
        }

        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AtomicReference<CrawlController> controller = new AtomicReference<>();
        AtomicReference<CrawlStatus> whileMerging = new AtomicReference<>();
        CrawlController.Listener console = new CrawlController.Listener() {
            @Override
            public void progress(ReindexReporting.Progress p) {
                if (p.fraction() >= 1) { // every record read: hold the rebuild there while the status is asked
                    read.countDown();
                    await(resume);
                }
            }

            @Override
            public void merging() {
                whileMerging.set(controller.get().status());
            }
        };
        try (Workspace ws = Workspace.open(data)) {
            long warcBytes = ws.archive().totalBytes();
            Instant before = Instant.now();
            controller.set(new CrawlController(ws, SiteProfile.loadDefault(), 0, console));
            assertThat(controller.get().reindex()).isTrue();
            assertThat(read.await(30, TimeUnit.SECONDS)).isTrue();

            CrawlStatus reading = controller.get().status();
            resume.countDown();
            assertThat(controller.get().awaitIdle()).isEmpty();
            CrawlStatus after = controller.get().status();
            controller.get().close();

            assertThat(reading.state()).isEqualTo(CrawlStatus.State.REINDEXING);
            CrawlStatus.Reindex r = reading.reindex();
            assertThat(r).isNotNull();
            assertThat(r.started()).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(r.recordsRead()).isEqualTo(3);
            assertThat(r.articlesIndexed()).isEqualTo(3);
            assertThat(r.recordsSkipped()).isZero();
            assertThat(r.bytesTotal()).isEqualTo(warcBytes).isPositive();
            assertThat(r.bytesRead()).isEqualTo(warcBytes);
            assertThat(r.etaSeconds()).as("nothing left to read").isNull();
            assertThat(r.merging()).isFalse();

            assertThat(whileMerging.get().state()).isEqualTo(CrawlStatus.State.REINDEXING);
            assertThat(whileMerging.get().reindex().merging()).isTrue();
            assertThat(after.state()).isEqualTo(CrawlStatus.State.IDLE);
            assertThat(after.reindex()).as("no reindex runs").isNull();
            assertThat(after.lastError()).isNull();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
