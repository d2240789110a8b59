package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.extract.ArticleExtractor;

/**
 * A rebuild from WARC accounts for every record it reads (an article, or a reason to skip it), tells how far it is
 * as it goes, and gets past an article the index refuses, as the import it replays did. It builds the new index
 * beside the old one: a rebuild that fails partway, or a killed one, leaves the old index as it was.
 */
class ReindexerTest {

    @TempDir
    Path dir;

    @Test
    void everyImportRecordIsCountedAndOneTheIndexRefusesIsSkipped() throws Exception {
        // a category longer than Lucene's 32,766-byte term limit: the import archives the line, the index refuses it
        String immense = "{\"id\": 77, \"title\": \"Chuyên mục quá dài\", \"body\": \"Đoạn văn.\", \"category\": \""
                + "x".repeat(40_000) + "\"}";
        Path input = Files.writeString(dir.resolve("bai.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                immense,
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        try (Workspace ws = Workspace.open(data, Importer.INDEX_OPTIONS)) {
            ImportResult imported = Importer.run(ws, Importer.Options.of(input).withThreads(1), new ImportListener() {});
            assertThat(imported.imported()).isEqualTo(2);
            assertThat(imported.malformed()).as("the index refused one").isEqualTo(1);
        }

        List<ReindexReporting.Progress> seen = new ArrayList<>();
        ReindexReporting.Result r;
        try (Workspace ws = Workspace.open(data)) {
            ws.index().derived().write("accent-model-test.kam", f -> Files.writeString(f, "model"));
            r = Reindexer.rebuild(ws, new ArticleExtractor(SiteProfile.loadDefault().extraction()),
                    () -> false, new ReindexReporting.Listener() {
                        @Override
                        public void progress(ReindexReporting.Progress p) {
                            seen.add(p);
                        }
                    });
            assertThat(ws.index().articleIds()).containsExactlyInAnyOrder(4242L, 4244L);
            assertThat(ws.index().derived().list()).as("derived files move with the index")
                    .contains("accent-model-test.kam");
        }
        assertThat(sideDirectories(data)).isEmpty();

        assertThat(r.complete()).isTrue();
        assertThat(r.resources()).as("import records read").isEqualTo(3);
        assertThat(r.pages()).isZero();
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(Map.of(ReindexReporting.Skip.INDEX_REFUSED, Map.of("", 1L)));
        assertThat(r.articles() + r.skippedRecords()).as("every record accounted for").isEqualTo(r.records());

        assertThat(seen).isNotEmpty();
        ReindexReporting.Progress last = seen.getLast();
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.records()).isEqualTo(3);
        assertThat(last.articles()).isEqualTo(2);
        assertThat(last.skipped()).isEqualTo(1);
    }

    @Test
    void aRebuildThatFailsPartwayLeavesTheOldIndexSearchable() throws Exception {
        Path data = importThree();
        try (Workspace ws = Workspace.open(data)) {
            long[] records = {0};
            // checked before each record: the second one fails, as a full disk or an unreadable file would
            BooleanSupplier failing = () -> {
                if (++records[0] == 2) {
                    throw new IllegalStateException("injected failure");
                }
                return false;
            };
            assertThatThrownBy(() -> Reindexer.rebuild(ws, extractor(), failing, new ReindexReporting.Listener() {}))
                    .hasMessageContaining("injected failure");
            assertThat(ws.index().articleIds()).containsExactlyInAnyOrder(4242L, 4243L, 4244L);
            assertThat(sideDirectories(data)).as("the unfinished rebuild is removed").isEmpty();
        }
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().count()).isEqualTo(3);
            assertThat(ws.index().analysisOutdated()).isFalse();
        }
    }

    @Test
    void aStoppedRebuildKeepsTheOldIndex() throws Exception {
        Path data = importThree();
        try (Workspace ws = Workspace.open(data)) {
            ReindexReporting.Result r = Reindexer.rebuild(ws, extractor(), () -> true, new ReindexReporting.Listener() {});
            assertThat(r.complete()).isFalse();
            assertThat(ws.index().count()).isEqualTo(3);
        }
        assertThat(sideDirectories(data)).isEmpty();
    }

    @Test
    void neitherRebuildGivesAnArchiveNeverCrawledACrawlStore() throws Exception {
        Path data = importThree();
        try (Workspace ws = Workspace.open(data)) {
            assertThat(Reindexer.rebuild(ws, extractor(), () -> false, new ReindexReporting.Listener() {}).complete()).isTrue();
            assertThat(Reindexer.rebuildInPlace(ws, extractor(), () -> false, new ReindexReporting.Listener() {}).complete())
                    .isTrue();
            assertThat(ws.index().count()).isEqualTo(3);
        }
        assertThat(data.resolve("crawl.db")).as("crawl state the archive never had").doesNotExist();
    }

    @Test
    void whatAKilledRebuildLeftIsRemovedOrFinishedOnTheNextOpen() throws Exception {
        Path data = importThree();
        Path other = dir.resolve("other");
        try (Workspace ws = Workspace.open(other, Importer.INDEX_OPTIONS)) {
            Importer.run(ws, Importer.Options.of(Files.writeString(dir.resolve("one.jsonl"),
                    "{\"id\": 9, \"title\": \"Bài khác\", \"body\": \"Nội dung.\"}\n")).withThreads(1),
                    new ImportListener() {});
        }

        // killed while building: a half-written index that must never be taken for the index
        copyTree(other.resolve("lucene"), data.resolve(SideIndex.BUILDING));
        Files.delete(segmentsFile(data.resolve(SideIndex.BUILDING)));
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().articleIds()).containsExactlyInAnyOrder(4242L, 4243L, 4244L);
        }
        assertThat(sideDirectories(data)).isEmpty();

        // killed between moving the old index aside and moving the new one in: the old one comes back
        Files.move(data.resolve("lucene"), data.resolve(SideIndex.OLD));
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().count()).isEqualTo(3);
        }
        assertThat(sideDirectories(data)).isEmpty();

        // killed once the new index was complete: the swap is finished
        copyTree(other.resolve("lucene"), data.resolve(SideIndex.BUILT));
        Files.move(data.resolve("lucene"), data.resolve(SideIndex.OLD));
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().articleIds()).containsExactly(9L);
        }
        assertThat(sideDirectories(data)).isEmpty();
    }

    private Path importThree() throws Exception {
        Path input = Files.writeString(dir.resolve("ba.jsonl"), String.join("\n",
                "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"body\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\"}",
                "{\"id\": 4243, \"title\": \"Lúa chín ở Đức Thọ\", \"body\": \"Nông dân gặt lúa.\"}",
                "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}")
                + "\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        try (Workspace ws = Workspace.open(data, Importer.INDEX_OPTIONS)) {
            assertThat(Importer.run(ws, Importer.Options.of(input).withThreads(1), new ImportListener() {}).imported())
                    .isEqualTo(3);
        }
        return data;
    }

    private static ArticleExtractor extractor() {
        return new ArticleExtractor(SiteProfile.loadDefault().extraction());
    }

    private static List<String> sideDirectories(Path data) throws Exception {
        try (var files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("lucene.")).toList();
        }
    }

    private static Path segmentsFile(Path index) throws Exception {
        try (var files = Files.list(index)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    @Test
    void recordsIndexedOnSeveralThreadsAreCountedExactlyAndTheLastOfAnArticleWins() throws Exception {
        Path data = dir.resolve("data");
        long expectedArticles = 0;
        try (Workspace ws = Workspace.open(data)) {
            for (int version = 1; version <= 4; version++) {
                for (int id = 1; id <= 150; id++) {
                    appendImport(ws, id, "{\"id\": " + id + ", \"title\": \"Bài " + id + " bản " + version
                            + "\", \"body\": \"Nội dung bài " + id + ".\"}");
                    expectedArticles++;
                }
                appendImport(ws, 900 + version, "{\"id\": 9"); // a line that no longer reads as an article
                ws.archive().appendResource(java.net.URI.create("https://baohatinh.vn/khac-" + version),
                        java.time.Instant.now(), Map.of(), "text/plain", new byte[] {'x'});
            }
            appendImport(ws, 77, "{\"id\": 77, \"title\": \"Quá dài\", \"body\": \"Đoạn.\", \"category\": \""
                    + "x".repeat(40_000) + "\"}"); // refused by the index: bản 4 of article 77 stays
        }

        ReindexReporting.Result r;
        try (Workspace ws = Workspace.open(data)) {
            r = Reindexer.rebuild(ws, extractor(), () -> false, new ReindexReporting.Listener() {});
            assertThat(ws.index().count()).isEqualTo(150);
            Map<Long, String> titles = ws.index().withSearcher(searcher -> {
                Map<Long, String> out = new java.util.HashMap<>();
                var stored = searcher.getIndexReader().storedFields();
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    var d = stored.document(doc);
                    out.put(Long.parseLong(d.get(vn.khotin.index.ArticleSchema.ID)),
                            d.get(vn.khotin.index.ArticleSchema.TITLE));
                }
                return out;
            });
            for (long id = 1; id <= 150; id++) {
                assertThat(titles.get(id)).as("article %d", id).isEqualTo("Bài " + id + " bản 4");
            }
        }
        assertThat(r.resources()).isEqualTo(expectedArticles + 4 + 4 + 1);
        assertThat(r.articles()).isEqualTo(expectedArticles);
        assertThat(r.skipped()).isEqualTo(Map.of(
                ReindexReporting.Skip.IMPORT_UNREADABLE, Map.of("", 4L),
                ReindexReporting.Skip.OTHER_RESOURCE, Map.of("", 4L),
                ReindexReporting.Skip.INDEX_REFUSED, Map.of("", 1L)));
        assertThat(r.articles() + r.skippedRecords()).isEqualTo(r.records());
    }

    private static void appendImport(Workspace ws, long id, String line) throws Exception {
        ws.archive().appendResource(java.net.URI.create("https://baohatinh.vn/bai-" + id + ".html"),
                java.time.Instant.now(), Map.of(ImportArchive.ARTICLE_ID, Long.toString(id)), "application/json",
                line.getBytes(StandardCharsets.UTF_8));
    }
}
