package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.extract.ArticleExtractor;

/**
 * A rebuild from WARC accounts for every record it reads (an article, or a reason to skip it), tells how far it is
 * as it goes, and gets past an article the index refuses, as the import it replays did.
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
        try (Workspace ws = Workspace.open(data, false, Importer.INDEX_OPTIONS)) {
            ImportResult imported = Importer.run(ws, Importer.Options.of(input).withThreads(1), new ImportListener() {});
            assertThat(imported.imported()).isEqualTo(2);
            assertThat(imported.malformed()).as("the index refused one").isEqualTo(1);
        }

        List<Reindexer.Progress> seen = new ArrayList<>();
        Reindexer.Result r;
        try (Workspace ws = Workspace.open(data, true)) {
            r = Reindexer.rebuild(ws, new ArticleExtractor(SiteProfile.loadDefault().extraction()),
                    () -> false, new Reindexer.Listener() {
                        @Override
                        public void progress(Reindexer.Progress p) {
                            seen.add(p);
                        }
                    });
            assertThat(ws.index().articleIds()).containsExactlyInAnyOrder(4242L, 4244L);
        }

        assertThat(r.complete()).isTrue();
        assertThat(r.resources()).as("import records read").isEqualTo(3);
        assertThat(r.pages()).isZero();
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(Map.of(Reindexer.Skip.INDEX_REFUSED, Map.of("", 1L)));
        assertThat(r.articles() + r.skippedRecords()).as("every record accounted for").isEqualTo(r.records());

        assertThat(seen).isNotEmpty();
        Reindexer.Progress last = seen.getLast();
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.records()).isEqualTo(3);
        assertThat(last.articles()).isEqualTo(2);
        assertThat(last.skipped()).isEqualTo(1);
    }
}
