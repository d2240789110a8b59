package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStoreTest {

    @TempDir
    Path tmp;

    @Test
    void queueOrderRetriesPendingIngestAndReopening() throws Exception {
        Path db = tmp.resolve("crawl.db");
        long articleRow;
        try (CrawlStore store = CrawlStore.open(db)) {
            long run = store.beginRun(1000);
            store.insert("https://baohatinh.vn/xa-hoi/", CrawlStore.Kind.PAGE, null, 1, 0, null, run, 1000);
            articleRow = store.insert("https://baohatinh.vn/a-post1.html", CrawlStore.Kind.ARTICLE, 1L, 2, 0, null, run, 1000);
            store.insert("https://baohatinh.vn/sitemap.xml", CrawlStore.Kind.SITEMAP, null, 0, 0, null, run, 1000);
            assertThat(store.next(2000).orElseThrow().kind()).isEqualTo(CrawlStore.Kind.SITEMAP);
            assertThatThrownBy(() -> store.insert("https://baohatinh.vn/a/1.htm", CrawlStore.Kind.ARTICLE, 1L, 2, 0,
                    null, run, 1000)).as("one row per article").isInstanceOf(java.sql.SQLException.class);

            CrawlStore.Row sitemap = store.next(2000).orElseThrow();
            store.recordFetched(sitemap, 200, "f.warc.gz@0", "\"e1\"", null, "h", 2000, run, null);
            CrawlStore.Row article = store.next(2000).orElseThrow();
            assertThat(article.articleId()).isEqualTo(1L);
            store.recordRetry(article.id(), 1, 5000, 503, "http-503");
            assertThat(store.next(2000).orElseThrow().kind()).as("the postponed article waits").isEqualTo(CrawlStore.Kind.PAGE);
            assertThat(store.next(5000).orElseThrow().kind()).isEqualTo(CrawlStore.Kind.ARTICLE);
            assertThat(store.pendingIngest()).extracting(CrawlStore.Pending::archiveRef).containsExactly("f.warc.gz@0");
            store.finishRun(run, 6000, false, "{}");
        }
        try (CrawlStore store = CrawlStore.open(db)) {
            assertThat(store.pendingIngest()).as("survives reopening").hasSize(1);
            assertThat(store.markIngested()).isEqualTo(1);
            assertThat(store.pendingIngest()).isEmpty();
            assertThat(store.find("https://baohatinh.vn/sitemap.xml").orElseThrow().etag()).isEqualTo("\"e1\"");
            assertThat(store.findArticle(1).orElseThrow().id()).isEqualTo(articleRow);
            long run2 = store.beginRun(7000);
            assertThat(store.cycleStart(run2)).as("a stopped run's cycle goes on").isEqualTo(1000);
            store.finishRun(run2, 8000, true, "{}");
            long run3 = store.beginRun(9000);
            assertThat(store.cycleStart(run3)).isEqualTo(9000);
            assertThat(store.captureCount()).isEqualTo(1);
        }
    }

    @Test
    void aFullDatabaseFailsWithItsOwnCauseAndKeepsWhatWasCommitted() throws Exception {
        try (CrawlStore store = CrawlStore.open(tmp.resolve("crawl.db"))) {
            long run = store.beginRun(1000);
            store.insert("https://baohatinh.vn/xa-hoi/", CrawlStore.Kind.PAGE, null, 1, 0, null, run, 1000);
            long pages = pageCount(store);
            try (java.sql.Statement s = store.connection().createStatement()) {
                s.executeQuery("PRAGMA max_page_count = " + pages).close();
            }
            // SQLite rolls such a transaction back itself; the failure must still say that the disk is full
            assertThatThrownBy(() -> store.inTransaction(() -> {
                for (int i = 1; i < 100_000; i++) {
                    store.insert("https://baohatinh.vn/bai-" + i + "-post" + i + ".html", CrawlStore.Kind.ARTICLE,
                            (long) i, 2, 0, null, run, 1000);
                }
                return null;
            })).hasMessageContaining("full");
        }
        try (CrawlStore store = CrawlStore.open(tmp.resolve("crawl.db"))) {
            assertThat(store.next(2000).orElseThrow().url()).as("what was committed before").isEqualTo(
                    "https://baohatinh.vn/xa-hoi/");
            assertThat(store.find("https://baohatinh.vn/bai-1-post1.html")).as("none of the failed transaction").isEmpty();
            store.insert("https://baohatinh.vn/a-post7.html", CrawlStore.Kind.ARTICLE, 7L, 2, 0, null, 2, 1000);
        }
    }

    private static long pageCount(CrawlStore store) throws java.sql.SQLException {
        try (java.sql.Statement s = store.connection().createStatement();
                java.sql.ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
