package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.search.eval.JudgedDraftEvaluation.Draft;
import vn.khotin.search.eval.JudgedDraftEvaluation.DraftMethod;

/**
 * The draft set of the related-stories evaluation (new articles an editor is writing) is well formed, and its
 * methods' lists are scored against the drafts' own grades and pooled with the draft as the judge's source.
 */
class JudgedDraftEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void theShippedDraftSetHasFortyDraftsInBothPartsWrittenInFullVietnamese() throws Exception {
        assertThat(JudgedDraftEvaluation.present(null)).isTrue();
        List<Draft> drafts = JudgedDraftEvaluation.read(null);

        assertThat(drafts).hasSize(40);
        assertThat(drafts.stream().collect(Collectors.groupingBy(Draft::split, Collectors.counting())))
                .containsOnly(Map.entry("dev", 20L), Map.entry("test", 20L));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            assertThat(d.key()).isEqualTo(String.format("D%03d", i + 1));
            assertThat(d.topic()).isNotBlank();
            assertThat(d.title()).isNotBlank();
            int words = d.text().split("\\s+").length;
            assertThat(words).as(d.key() + " words").isBetween(60, 200);
            assertThat(d.text()).as(d.key()).doesNotContain("\\n", "\t").contains("đ");
        }
        // the file itself is NFC, as every judged file
        for (String line : Files.readAllLines(resource(), StandardCharsets.UTF_8)) {
            assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC)).as(line).isTrue();
        }
        assertThat(drafts.stream().filter(d -> d.text().split("\\s+").length <= 90).count())
                .as("short drafts").isGreaterThanOrEqualTo(10);
        // every draft's pooled candidates are graded, and the grades name no other draft
        Map<String, Map<String, Integer>> grades = JudgedSet.qrels(null, JudgedDraftEvaluation.QRELS);
        assertThat(grades.keySet()).containsExactlyInAnyOrderElementsOf(drafts.stream().map(Draft::key).toList());
    }

    @Test
    void aDraftWithoutTextOrWithAnUnknownPartIsRefused() throws Exception {
        Files.writeString(dir.resolve(JudgedDraftEvaluation.DRAFTS),
                "key\tsplit\ttopic\ttitle\ttext\nD001\tdev\tflood\tLũ ở Hương Khê\t \n");
        assertThatThrownBy(() -> JudgedDraftEvaluation.read(dir)).hasMessageContaining("D001");
        Files.writeString(dir.resolve(JudgedDraftEvaluation.DRAFTS),
                "key\tsplit\ttopic\ttitle\ttext\nD001\ttrain\tflood\tLũ ở Hương Khê\tMưa lớn.\n");
        assertThatThrownBy(() -> JudgedDraftEvaluation.read(dir)).hasMessageContaining("dev or test");
    }

    @Test
    void theLeadIsTheFirstSentenceAndMoreWhileShorterThanASapo() {
        String text = "Mưa lớn gây ngập 18 xã. Hơn 2.000 hộ dân bị cô lập, nhiều tuyến đường bị chia cắt nên lực lượng "
                + "cứu hộ phải dùng thuyền. Thủy điện Hố Hô xả lũ.\nĐoạn hai.";
        assertThat(JudgedDraftEvaluation.lead(text)).isEqualTo("Mưa lớn gây ngập 18 xã. Hơn 2.000 hộ dân bị cô lập, "
                + "nhiều tuyến đường bị chia cắt nên lực lượng cứu hộ phải dùng thuyền.");
        assertThat(JudgedDraftEvaluation.lead("Một câu chỉ có một đoạn\nvà đoạn sau."))
                .isEqualTo("Một câu chỉ có một đoạn");
    }

    @Test
    void eachMethodIsScoredAgainstTheDraftsGradesAndItsUnjudgedCandidatesArePooled() throws Exception {
        Files.writeString(dir.resolve(JudgedDraftEvaluation.DRAFTS), "key\tsplit\ttopic\ttitle\ttext\n"
                + "D001\tdev\tflood\tHố Hô xả lũ\tThủy điện Hố Hô xả lũ trong đêm.\\nHương Khê ngập sâu.\n"
                + "D002\ttest\tcourt\tXử phúc thẩm\tTòa cấp cao xử phúc thẩm.\n");
        Files.writeString(dir.resolve(JudgedDraftEvaluation.QRELS),
                "draft\tkey\tgrade\nD001\tbaomoi-1\t2\nD001\tbaomoi-2\t0\nD002\tbaomoi-2\t1\n");
        List<Draft> drafts = JudgedDraftEvaluation.read(dir);
        assertThat(drafts.get(0).text()).isEqualTo("Thủy điện Hố Hô xả lũ trong đêm.\nHương Khê ngập sâu.");
        Map<String, DraftMethod> methods = new LinkedHashMap<>();
        methods.put("Khotin", (d, k) -> d.key().equals("D001") ? List.of("baomoi-1", "baomoi-2") : List.of("baomoi-2"));
        methods.put("MoreLikeThis", (d, k) -> d.key().equals("D001") ? List.of("baomoi-2", "baomoi-3") : List.of());

        JudgedDraftEvaluation.Runs runs = JudgedDraftEvaluation.rank(drafts,
                JudgedSet.qrels(dir, JudgedDraftEvaluation.QRELS), methods, 10);
        StringWriter text = new StringWriter();
        JudgedDraftEvaluation.tables(runs, new PrintWriter(text));

        assertThat(text.toString()).contains("đã chấm: 2 / 2", "phần dev (1 bản thảo)", "phần test (1 bản thảo)")
                // dev: Khotin has the grade-2 story first; MoreLikeThis has none of it
                .contains("| Khotin | 1.000 | 0.200 | 0.200 | 1.000 | 2.0 | 0.500 |")
                .contains("| MoreLikeThis | 0.000 | 0.000 | 0.000 | 0.000 | 2.0 | 0.000 |");

        EvalArchive archive = EvalArchive.of(List.of(article(1, "Lũ Hương Khê"), article(2, "Giá vàng"),
                article(3, "Hố Hô")), List.of("baomoi-1", "baomoi-2", "baomoi-3"));
        Path pool = dir.resolve("pool.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(pool, StandardCharsets.UTF_8)) {
            assertThat(JudgedDraftEvaluation.writePool(runs, archive, w)).isEqualTo(1);
        }
        List<String> lines = Files.readAllLines(pool, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("query").asText()).isEqualTo("D001");
        assertThat(line.get("article").get("title").asText()).isEqualTo("Hố Hô xả lũ");
        assertThat(line.get("article").get("body").asText()).contains("Hương Khê ngập sâu");
        assertThat(line.get("candidates")).hasSize(1);
        assertThat(line.get("candidates").get(0).get("key").asText()).isEqualTo("baomoi-3");
        assertThat(line.get("candidates").get(0).get("title").asText()).isEqualTo("Hố Hô");
    }

    private static Path resource() throws IOException {
        try {
            return Path.of(JudgedDraftEvaluationTest.class.getClassLoader()
                    .getResource(JudgedSet.RESOURCE_DIR + JudgedDraftEvaluation.DRAFTS).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static Article article(long id, String title) {
        return new Article(id, "https://example.vn/a" + id + ".html", title, "Sa pô " + title, "",
                List.of("Nội dung " + title + "."), List.of(), "PV", OffsetDateTime.parse("2017-05-01T07:00+07:00"),
                null, "Xã hội", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
    }
}
