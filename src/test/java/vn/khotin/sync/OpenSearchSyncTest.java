package vn.khotin.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.CommittedArticles;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.ExtractionMethod;

class OpenSearchSyncTest {

    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    @TempDir
    Path data;

    private FakeOpenSearch cluster;
    private final List<Duration> waits = new ArrayList<>();
    private final SyncListener recorder = new SyncListener() {
        @Override
        public void retrying(String why, Duration wait) {
            waits.add(wait);
        }
    };

    @BeforeEach
    void start() throws IOException {
        cluster = new FakeOpenSearch();
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    /**
     * Article {@code id} fetched {@code id} hours after T0: the resend window (15 minutes before the checkpoint)
     * then holds exactly the last article acknowledged.
     */
    private static IndexedArticle article(long id) {
        Article a = new Article(id, "https://baohatinh.vn/bai-post" + id + ".html", "Tin số " + id + " ở Kỳ Anh",
                "Tóm tắt của bài " + id + ".", "Baohatinh.vn",
                List.of("Thân bài số " + id + " kể chuyện người dân thị xã Kỳ Anh, tỉnh Hà Tĩnh."), List.of(),
                "Lê Tuấn - Thành Chung", OffsetDateTime.of(2025, 5, 31, 20, 0, 0, 0, ZoneOffset.ofHours(7)), null,
                "Xã hội", List.of("Xã hội"), List.of("mưa lũ", " Kỳ Anh "), List.of(7L), List.of(),
                ExtractionMethod.PROFILE);
        return new IndexedArticle(a, new CaptureRef("khotin-1.warc.gz", id * 100),
                T0.plus(Duration.ofHours(id)));
    }

    private void archive(long... ids) throws IOException {
        try (ArticleIndex index = ArticleIndex.open(data.resolve("lucene"))) {
            for (long id : ids) {
                index.upsert(article(id));
            }
            index.commit();
        }
    }

    private SyncReport sync(int batch, boolean full) throws IOException {
        try (CommittedArticles articles = CommittedArticles.open(data.resolve("lucene"))) {
            return new OpenSearchSync(new OpenSearchSync.Target(cluster.url(), "khotin", batch, 2, 1, full), data,
                    articles, recorder, 3, wait -> { }).pass();
        }
    }

    private static List<String> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(Long::toString).toList();
    }

    @Test
    void createsTheIndexWithKhotinsMappingAndSendsEveryArticleOnce() throws IOException {
        archive(1, 2, 3, 4, 5, 6, 7);
        SyncReport report = sync(3, false);

        assertThat(report.sent()).isEqualTo(7);
        assertThat(report.fromStart()).isTrue();
        assertThat(cluster.received).containsExactlyElementsOf(ids(1, 7));
        JsonNode definition = new ObjectMapper().readTree(cluster.definition);
        assertThat(definition.at("/settings/index/number_of_shards").asInt()).isEqualTo(2);
        assertThat(definition.at("/mappings/dynamic").asText()).isEqualTo("strict");
        assertThat(definition.at("/mappings/_meta/khotin_analysis_version").asText()).isNotEmpty();
        assertThat(definition.at("/mappings/properties/title/analyzer").asText()).isEqualTo("vietnamese_khotin");

        JsonNode doc = cluster.docs.get("3");
        JsonNode properties = definition.at("/mappings/properties");
        doc.fieldNames().forEachRemaining(f -> assertThat(properties.has(f)).as("mapped field %s", f).isTrue());
        assertThat(doc.path("author")).extracting(JsonNode::asText).containsExactly("Lê Tuấn", "Thành Chung");
        assertThat(doc.path("tag")).extracting(JsonNode::asText).containsExactly("mưa lũ", "Kỳ Anh");
        assertThat(doc.path("place").toString()).contains("Kỳ Anh");
        assertThat(doc.path("year").asText()).isEqualTo("2025");
        assertThat(doc.path("month").asText()).isEqualTo("2025-05");
        assertThat(doc.path("category").asText()).isEqualTo("Xã hội");
        assertThat(cluster.versions.get("3")).isEqualTo(T0.plus(Duration.ofHours(3)).toEpochMilli());
    }

    @Test
    void overloadAndServerErrorsAreRetriedWithBackoffHonouringRetryAfter() throws IOException {
        archive(1, 2, 3, 4);
        cluster.bulkFaults.add(new int[] {429, 7});
        cluster.bulkFaults.add(new int[] {503});
        cluster.itemOverload.add("2");

        SyncReport report = sync(10, false);

        assertThat(report.sent()).isEqualTo(4);
        assertThat(cluster.docs.keySet()).containsExactlyInAnyOrderElementsOf(ids(1, 4));
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1), Duration.ofMillis(500));
        assertThat(cluster.received).containsExactly("1", "2", "3", "4", "2");
    }

    @Test
    void aSyncStoppedMidwayResumesAfterItsCheckpointWithoutLossOrDuplicates() throws IOException {
        archive(1, 2, 3, 4, 5, 6, 7, 8);
        cluster.failAfter = 2;
        assertThatThrownBy(() -> sync(3, false)).isInstanceOf(SyncException.class)
                .hasMessageContaining("chạy lại lệnh");
        assertThat(cluster.docs.keySet()).containsExactlyInAnyOrderElementsOf(ids(1, 6));

        cluster.failAfter = -1;
        cluster.received.clear();
        SyncReport resumed = sync(3, false);

        assertThat(resumed.fromStart()).isFalse();
        // the checkpointed article 6 again (the resend window), then what was never acknowledged
        assertThat(cluster.received).containsExactlyElementsOf(ids(6, 8));
        assertThat(cluster.docs.keySet()).containsExactlyInAnyOrderElementsOf(ids(1, 8));
    }

    @Test
    void laterCrawlsAreSentAloneAndFullResendsEverything() throws IOException {
        archive(1, 2, 3);
        sync(10, false);
        archive(4, 5);
        cluster.received.clear();

        assertThat(sync(10, false).sent()).isEqualTo(3);
        assertThat(cluster.received).as("the new articles after the last one sent again").containsExactly("3", "4", "5");
        assertThat(sync(10, false).sent()).isEqualTo(1);
        assertThat(sync(10, true).sent()).isEqualTo(5);
        assertThat(cluster.docs).hasSize(5);
    }

    @Test
    void followingTheIndexSendsNothingUntilACommitAddsArticles() throws IOException {
        archive(1, 2);
        try (CommittedArticles articles = CommittedArticles.open(data.resolve("lucene"))) {
            OpenSearchSync sync = new OpenSearchSync(new OpenSearchSync.Target(cluster.url(), "khotin", 10, null,
                    null, false), data, articles, recorder, 3, wait -> { });
            assertThat(sync.pass().sent()).isEqualTo(2);
            assertThat(sync.pass().sent()).isZero();
            archive(3);
            assertThat(sync.pass().sent()).as("article 2 again, within the resend window, and 3").isEqualTo(2);
            assertThat(sync.pass().sent()).isZero();
        }
        assertThat(cluster.docs).hasSize(3);
    }

    @Test
    void anArticleTheClusterRefusesStopsTheSyncNamingItAndIsNotCheckpointed() throws IOException {
        archive(1, 2, 3, 4);
        cluster.refused.add("4");
        assertThatThrownBy(() -> sync(2, false)).isInstanceOf(SyncException.class)
                .hasMessageContaining("bài 4").hasMessageContaining("mapper_parsing_exception");

        cluster.refused.clear();
        cluster.received.clear();
        sync(2, false);
        assertThat(cluster.received).containsExactly("2", "3", "4");
    }
}
