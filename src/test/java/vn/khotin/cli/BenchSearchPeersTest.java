package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seconds-long smoke of {@code bench search --peers} on 200 articles of random Vietnamese words written here:
 * the side-by-side table, with PostgreSQL's rows where a usable server answers at PGHOST/PGPORT and the line
 * that says why it is skipped otherwise. No timing is asserted.
 */
class BenchSearchPeersTest {

    private static final String[] WORDS = ("người dân xã huyện tỉnh Hà Tĩnh cán bộ chính quyền kinh tế đường giao "
            + "thông nông dân lúa mùa vụ học sinh giáo viên trường bệnh viện bác sĩ thể thao bóng đá đội tuyển trận "
            + "đấu sản xuất doanh nghiệp đầu tư dự án cảng biển Vũng Áng khu công nghiệp thép điện gió nước sạch "
            + "cầu Cửa Hội sông Lam biển Thiên Cầm du lịch lễ hội văn hóa di tích").split(" ");
    private static final String[] CATEGORIES = {"business", "sport", "society"};

    @TempDir
    static Path dir;

    private static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = tinyCorpus(dir.resolve("tiny.jsonl.gz"));
    }

    /** Writes 200 articles of random Vietnamese words in the shared corpus's form to {@code corpus}. */
    static Path tinyCorpus(Path corpus) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(11);
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(corpus)),
                StandardCharsets.UTF_8)) {
            for (int i = 0; i < 200; i++) {
                ObjectNode j = mapper.createObjectNode();
                j.put("id", "tiny-" + i);
                j.put("title", words(random, 8));
                j.put("sapo", words(random, 20));
                j.put("body", words(random, 60) + "\n" + words(random, 60));
                j.put("category", CATEGORIES[i % CATEGORIES.length]);
                j.put("date", "2024-03-" + (10 + i % 18));
                w.write(mapper.writeValueAsString(j));
                w.write('\n');
            }
        }
        return corpus;
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @Test
    void peersPrintsSqliteRowsBesideKhotinAndPostgresRowsOrWhyTheyAreSkipped() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "search",
                "--corpus", corpus.toString(), "--articles", "200", "--queries", "10", "--peers");

        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("| Hệ thống | Khách | truy vấn/s | p50 (ms) | p99 (ms) | CPU ms/truy vấn "
                + "| CPU tiến trình ms/truy vấn | kết quả TB/truy vấn | Khotin/hệ thống (truy vấn/s) "
                + "| hệ thống/Khotin (CPU tiến trình) |");
        assertThat(text).containsPattern("\\| Khotin \\| 1 \\| [\\d,]+ \\|");
        // system, clients, queries/s, p50, p99, CPU ms, process CPU ms, mean matches, throughput ratio, CPU ratio
        assertThat(text).containsPattern("\\| SQLite FTS5 \\| 1 \\| [\\d,]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ "
                + "\\| [\\d.]+ \\| [\\d,]+ \\| [\\d.]+× \\| [\\d.]+× \\|");
        assertThat(text).containsPattern("\\| SQLite FTS5 \\| 2 \\| .*× \\|");
        if (text.contains("PostgreSQL FTS: bỏ qua — ")) {
            assertThat(text).doesNotContain("| PostgreSQL FTS |");
        } else {
            assertThat(text).containsPattern("\\| PostgreSQL FTS \\| 1 \\| [\\d,]+ \\| .* \\| [\\d.]+× \\| .* \\|")
                    .contains("| PostgreSQL FTS | 2 |");
        }
        if (!postgresAnswers()) {
            assertThat(text).contains("không có máy chủ PostgreSQL nào trả lời");
        }
        // The warm-up is reported with its CPU per block, so a reader can see it levelled off (10 queries per run:
        // a smoke-sized warm-up of 50, one block).
        assertThat(text).containsPattern("Khởi động \\(không đo\\): 50 truy vấn khác với các lượt đo; CPU ms/truy vấn "
                + "của từng 1,000 truy vấn: [\\d.]+\\.");
        // All 200 articles are the file's own: no note about republished copies.
        assertThat(text).doesNotContain("bản đăng lại");
    }

    private static boolean postgresAnswers() {
        try (Socket s = new Socket()) {
            String host = System.getenv().getOrDefault("PGHOST", "");
            s.connect(new InetSocketAddress(host.isEmpty() || host.startsWith("/") ? "localhost" : host,
                    Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432"))), 1000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
