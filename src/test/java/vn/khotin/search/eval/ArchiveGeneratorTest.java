package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated archive on a small corpus written here (thirty articles of random Vietnamese words in three
 * categories, five paragraphs each), so the test needs no shared data: what an import benchmark relies on.
 */
class ArchiveGeneratorTest {

    private static final String[] WORDS = ("người dân xã huyện tỉnh Hà Tĩnh cán bộ chính quyền kinh tế đường giao "
            + "thông nông dân lúa mùa vụ học sinh giáo viên trường bệnh viện bác sĩ thể thao bóng đá đội tuyển trận "
            + "đấu thi đua sản xuất doanh nghiệp đầu tư dự án cảng biển Vũng Áng khu công nghiệp thép điện gió nước "
            + "sạch công trình xây dựng cầu Cửa Hội sông Lam biển Thiên Cầm du lịch lễ hội văn hóa di tích tiền "
            + "ngân sách hỗ trợ hộ nghèo bão lũ mưa ngập cứu trợ an ninh trật tự công an điều tra vụ án tòa xét xử "
            + "hội nghị tổng kết năm kế hoạch chỉ tiêu tăng trưởng xuất khẩu hàng hóa chợ giá cả").split(" ");
    private static final String[] CATEGORIES = {"business", "sport", "society"};
    private static final int CORPUS = 30;
    private static final int ARTICLES = 600;
    private static final long FIRST_ID = 500_000_001L;

    @TempDir
    static Path dir;

    private static List<ObjectNode> corpus;
    private static Set<String> corpusParagraphs;
    private static Map<String, Integer> paragraphOwner;
    private static List<JsonNode> generated;
    private static ArchiveGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(7);
        corpus = new ArrayList<>();
        corpusParagraphs = new HashSet<>();
        paragraphOwner = new HashMap<>();
        for (int a = 0; a < CORPUS; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                String paragraph = sentence(random) + " " + sentence(random) + " " + sentence(random);
                paragraphs.add(paragraph);
                corpusParagraphs.add(paragraph);
                paragraphOwner.put(paragraph, a);
            }
            ObjectNode j = mapper.createObjectNode();
            j.put("id", "corpus-" + a);
            j.put("title", "Tiêu đề gốc số " + a);
            j.put("sapo", sentence(random));
            j.put("body", String.join("\n", paragraphs));
            j.put("category", CATEGORIES[a % CATEGORIES.length]);
            j.put("date", "2021-05-0" + (1 + a % 9));
            j.put("source", "nguồn " + a);
            corpus.add(j);
        }
        Path corpusFile = dir.resolve("corpus.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpusFile));
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (ObjectNode j : corpus) {
                w.write(mapper.writeValueAsString(j) + "\n");
            }
        }
        Path out = dir.resolve("generated.jsonl");
        summary = ArchiveGenerator.generate(new ArchiveGenerator.Options(corpusFile, ARTICLES, out, 2026, FIRST_ID),
                k -> { });
        generated = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            generated.add(mapper.readTree(line));
        }
    }

    /** A capitalised sentence of 10 to 18 random words ending in a full stop. */
    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 10 + random.nextInt(9);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    @Test
    void writesTheRequestedNumberOfArticlesWithNewConsecutiveIds() {
        assertThat(generated).hasSize(ARTICLES);
        assertThat(summary.articles()).isEqualTo(ARTICLES);
        for (int k = 0; k < ARTICLES; k++) {
            assertThat(generated.get(k).get("id").asLong()).isEqualTo(FIRST_ID + k);
        }
    }

    @Test
    void spreadsDatesOverEveryYearFrom2000To2026WithMoreInLaterYears() {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (JsonNode a : generated) {
            int year = OffsetDateTime.parse(a.get("published").asText()).getYear();
            perYear.merge(year, 1, Integer::sum);
        }
        assertThat(perYear.keySet()).first().isEqualTo(2000);
        assertThat(perYear.keySet()).last().isEqualTo(2026);
        assertThat(perYear).hasSize(27);
        int early = perYear.get(2000) + perYear.get(2001) + perYear.get(2002);
        int late = perYear.get(2024) + perYear.get(2025) + perYear.get(2026);
        assertThat(late).isGreaterThan(2 * early);
    }

    @Test
    void bodiesAreRealParagraphsRecombinedFromSeveralArticlesOfTheSameCategory() {
        Set<List<String>> bodies = new HashSet<>();
        for (JsonNode a : generated) {
            List<String> body = new ArrayList<>();
            a.get("body").forEach(p -> body.add(p.asText()));
            assertThat(body).hasSizeBetween(4, 9);
            assertThat(corpusParagraphs).containsAll(body);
            Set<Integer> owners = new HashSet<>();
            for (String p : body) {
                int owner = paragraphOwner.get(p);
                owners.add(owner);
                assertThat(CorpusArticles.UNC.get(CATEGORIES[owner % CATEGORIES.length]))
                        .isEqualTo(a.get("category").asText());
            }
            assertThat(owners).as("paragraphs from more than one corpus article").hasSizeGreaterThan(1);
            bodies.add(body);
        }
        assertThat(bodies).as("no two generated bodies are the same").hasSize(ARTICLES);
    }

    @Test
    void keepsCategoryAndSourceAndGivesAuthorsAndTitlesThatSeldomRepeat() {
        Set<String> titles = new HashSet<>();
        Set<String> authors = new HashSet<>();
        for (JsonNode a : generated) {
            assertThat(a.get("source").asText()).startsWith("nguồn ");
            assertThat(a.get("author").asText()).isNotBlank();
            titles.add(a.get("title").asText());
            authors.add(a.get("author").asText());
        }
        // thirty bases with sixteen sentences each cannot give 600 distinct titles; most must still differ
        assertThat(titles).hasSizeGreaterThan(CORPUS * 10);
        assertThat(authors).hasSizeGreaterThan(50);
    }

    @Test
    void theNearCopyCheckComparesTheWholeSampleAndFindsFewCopies() {
        NearCopies.Report copies = summary.copies();
        assertThat(copies.articles()).isEqualTo(ARTICLES);
        assertThat(copies.pairs()).isEqualTo((long) ARTICLES * (ARTICLES - 1) / 2);
        // each base is used 20 times here (a 1.6M-article archive from the real corpus): still under 1% copies
        assertThat(copies.copyPairs()).isLessThan(copies.sameBasePairs() / 100);
    }

    @Test
    void isTheSameForTheSameSeed() throws IOException {
        Path again = dir.resolve("again.jsonl");
        ArchiveGenerator.generate(new ArchiveGenerator.Options(dir.resolve("corpus.jsonl.gz"), 50, again, 2026,
                FIRST_ID), k -> { });
        List<String> first = Files.readAllLines(dir.resolve("generated.jsonl"), StandardCharsets.UTF_8).subList(0, 50);
        assertThat(Files.readAllLines(again, StandardCharsets.UTF_8)).isEqualTo(first);
    }
}
