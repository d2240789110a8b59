package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code khotin import} on a few lines: ids kept, both input forms read, bad lines reported without stopping, a
 * rerun adds nothing, and an index lost after the archive was written is rebuilt from the archive alone.
 */
class ImporterTest {

    private static final String LINES = String.join("\n",
            "{\"id\": \"unc-news_sport_001\", \"title\": \"Đội bóng Hồng Lĩnh Hà Tĩnh thắng trận sân nhà\", "
                    + "\"sapo\": \"Chiều qua, đội bóng giành ba điểm.\", \"body\": \"Đoạn một của bài.\\nĐoạn hai "
                    + "của bài.\", \"category\": \"sport\", \"date\": \"2021-05-03\", \"source\": \"unc\"}",
            "{\"id\": 4242, \"title\": \"Cầu Cửa Hội thông xe\", \"sapo\": \"Cây cầu nối Nghệ An và Hà Tĩnh.\", "
                    + "\"body\": [\"Đoạn đầu.\", \"Đoạn sau.\"], \"published\": \"2024-09-02T08:00:00+07:00\", "
                    + "\"category\": \"Xã hội\", \"author\": \"Thu Trang\"}",
            "{\"id\": 4243, \"title\": \"dòng hỏng",
            "",
            "{\"title\": \"Không có id\"}",
            "{\"id\": 4244, \"title\": \"Mùa lúa mới ở Can Lộc\", \"body\": \"Nông dân thu hoạch lúa.\"}",
            "{\"id\": 4242, \"title\": \"Trùng id trong tệp\", \"body\": \"Bị bỏ qua.\"}") + "\n";

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private ImportResult importInto(Path data, Path input) throws IOException {
        try (Workspace ws = Workspace.open(data, Importer.INDEX_OPTIONS)) {
            return Importer.run(ws, Importer.Options.of(input).withThreads(2), new ImportListener() {
                @Override
                public void malformed(long line, String reason) {
                    problems.add(line + ": " + reason);
                }
            });
        }
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("articles.jsonl"), LINES, StandardCharsets.UTF_8);
    }

    @Test
    void importsBothFormsKeepsIdsAndReportsBadLinesByNumber() throws IOException {
        Path data = dir.resolve("data");
        ImportResult r = importInto(data, input());

        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.malformed()).isEqualTo(2);
        assertThat(r.present()).as("the repeated id 4242").isEqualTo(1);
        assertThat(problems).hasSize(2);
        // in Vietnamese, with where to look, not the parser's English ("Unexpected end-of-input…")
        assertThat(problems.get(0)).startsWith("3: ").contains("không phải JSON hợp lệ", "cột")
                .doesNotContain("Unexpected", "expected");
        assertThat(problems.get(1)).startsWith("5: ").contains("id");
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.index().count()).isEqualTo(3);
            assertThat(ws.index().articleIds())
                    .contains(4242L, 4244L, ImportIds.ofString("unc-news_sport_001"));
            assertThat(new String(ws.index().source(4242L).orElseThrow(), StandardCharsets.UTF_8))
                    .contains("Cầu Cửa Hội thông xe");
        }
    }

    @Test
    void theSharedCorpusEnglishTopicLabelsBecomeVietnameseSectionNames() throws ImportParser.Malformed {
        byte[] unc = LINES.split("\n")[0].getBytes(StandardCharsets.UTF_8);
        byte[] own = LINES.split("\n")[1].getBytes(StandardCharsets.UTF_8);

        assertThat(ImportParser.parse(unc).article().category()).isEqualTo("Thể thao");
        assertThat(ImportParser.parse(own).article().category()).as("kept as written").isEqualTo("Xã hội");
    }

    @Test
    void diacriticsWrittenAsCombiningMarksAreStoredPrecomposed() throws ImportParser.Malformed {
        String title = Normalizer.normalize("Nhiều lái xe say xỉn chống đối cảnh sát", Normalizer.Form.NFD);
        String line = "{\"id\": 59203, \"title\": \"" + title + "\", \"sapo\": \""
                + Normalizer.normalize("Lực lượng CSGT Hà Tĩnh", Normalizer.Form.NFD) + "\", \"body\": [\""
                + Normalizer.normalize("Đoạn một.", Normalizer.Form.NFD) + "\"], \"tags\": [\""
                + Normalizer.normalize("Nồng độ cồn", Normalizer.Form.NFD) + "\"]}";
        assertThat(title).as("the fixture is decomposed").isNotEqualTo("Nhiều lái xe say xỉn chống đối cảnh sát");

        var article = ImportParser.parse(line.getBytes(StandardCharsets.UTF_8)).article();

        assertThat(article.title()).isEqualTo("Nhiều lái xe say xỉn chống đối cảnh sát");
        assertThat(article.sapo()).isEqualTo("Lực lượng CSGT Hà Tĩnh");
        assertThat(article.body()).containsExactly("Đoạn một.");
        assertThat(article.tags()).containsExactly("Nồng độ cồn");
    }

    @Test
    void aTextFieldThatIsNotAStringIsAMalformedLineAndTheImportGoesOn() throws IOException {
        Path input = Files.writeString(dir.resolve("types.jsonl"), String.join("\n",
                "{\"id\": 1, \"title\": 42, \"body\": \"Đoạn văn.\"}",
                "{\"id\": 2, \"title\": {\"vi\": \"Tiêu đề\"}, \"body\": \"Đoạn văn.\"}",
                "{\"id\": 3, \"title\": \"Bài ba\", \"sapo\": true}",
                "{\"id\": 4, \"title\": \"Bài bốn\", \"body\": [\"Đoạn đầu.\", 7]}",
                "{\"id\": 5, \"title\": \"Bài năm\", \"author\": 12.5, \"body\": \"Đoạn văn.\"}",
                "{\"id\": 6, \"title\": \"Bài sáu\", \"sapo\": null, \"body\": [\"Đoạn.\", null]}")
                + "\n", StandardCharsets.UTF_8);
        ImportResult r = importInto(dir.resolve("data"), input);

        assertThat(r.imported()).as("only the last line, whose nulls stand for nothing").isEqualTo(1);
        assertThat(r.malformed()).isEqualTo(5);
        assertThat(problems).containsExactly(
                "1: title phải là chuỗi, không phải số 42",
                "2: title phải là chuỗi, không phải đối tượng",
                "3: sapo phải là chuỗi, không phải giá trị đúng/sai true",
                "4: body phải là chuỗi hoặc mảng chuỗi, không phải mảng có số 7",
                "5: author phải là chuỗi, không phải số 12.5");
    }

    @Test
    void aRerunImportsNothingAndArchivesNothingTwice() throws IOException {
        Path data = dir.resolve("data");
        Path input = input();
        importInto(data, input);
        long records = archivedRecords(data);

        ImportResult again = importInto(data, input);

        assertThat(again.imported()).isZero();
        assertThat(again.present()).isEqualTo(4);
        assertThat(again.indexArticles()).isEqualTo(3);
        assertThat(archivedRecords(data)).isEqualTo(records).isEqualTo(3);
    }

    @Test
    void anIndexLostAfterTheArchiveWasWrittenIsRebuiltFromTheArchiveOnRerun() throws IOException {
        Path data = dir.resolve("data");
        Path input = input();
        importInto(data, input);
        deleteTree(data.resolve("lucene")); // as if killed before any commit reached the disk

        ImportResult again = importInto(data, input);

        assertThat(again.recovered()).isEqualTo(3);
        assertThat(again.imported()).isZero();
        assertThat(again.indexArticles()).isEqualTo(3);
        assertThat(archivedRecords(data)).isEqualTo(3);
    }

    private static long archivedRecords(Path data) throws IOException {
        AtomicLong n = new AtomicLong();
        try (Workspace ws = Workspace.open(data)) {
            ws.archive().forEachResourceFrom(null, r -> n.incrementAndGet());
        }
        return n.get();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
