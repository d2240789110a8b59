package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * The judged set asked of a larger archive: unjudged distractor articles appended under their own IDs, and an index
 * that already holds some of the archive (a copy of a large import) completed rather than rebuilt.
 */
class DistractorArchiveTest {

    @TempDir
    Path dir;

    private static Article article(long id, String title) {
        return new Article(id, "https://baohatinh.vn/xa-hoi/a-post" + id + ".html", title, "Sa pô " + title, "",
                List.of("Nội dung của bài " + title + "."), List.of(), "PV", OffsetDateTime.parse("2024-01-01T07:00+07:00"),
                null, "Xã hội", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
    }

    private static EvalArchive judged() {
        return EvalArchive.of(List.of(article(1, "Mưa lũ ở Hương Khê"), article(2, "Cháy rừng Hồng Lĩnh")),
                List.of("baomoi-1", "baomoi-2"));
    }

    private Path jsonl(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static String json(Article a) {
        return new String(ArticleJson.write(a), StandardCharsets.UTF_8);
    }

    @Test
    void distractorsFollowTheJudgedArticlesUnderTheirOwnIdsUpToTheLimit() throws IOException {
        Path file = jsonl("gen.jsonl.gz", List.of(json(article(100_000_001, "Bài sinh một")), "",
                json(article(100_000_002, "Bài sinh hai")), json(article(100_000_003, "Bài sinh ba"))));
        EvalArchive archive = judged().withDistractors(file, 2);
        assertThat(archive.size()).isEqualTo(4);
        assertThat(archive.keyOf(100_000_002)).isEqualTo("gen-100000002");
        assertThat(archive.keyOf(100_000_003)).isNull();
        assertThat(archive.keyOf(1)).isEqualTo("baomoi-1");
        assertThat(archive.byKey("gen-100000001").title()).isEqualTo("Bài sinh một");
    }

    @Test
    void aDistractorWithATakenIdOrABrokenLineIsAnErrorWithItsLine() throws IOException {
        Path taken = jsonl("taken.jsonl.gz", List.of(json(article(100_000_001, "Một")), json(article(2, "Trùng"))));
        assertThatThrownBy(() -> judged().withDistractors(taken, 10)).isInstanceOf(IOException.class)
                .hasMessageContaining("dòng 2").hasMessageContaining("mã bài 2");
        Path broken = jsonl("broken.jsonl.gz", List.of(json(article(100_000_001, "Một")), "{\"id\": "));
        assertThatThrownBy(() -> judged().withDistractors(broken, 10)).isInstanceOf(IOException.class)
                .hasMessageContaining("dòng 2");
    }

    @Test
    void anIndexHoldingPartOfTheArchiveIsCompletedAndOneWithAForeignArticleRefused() throws Exception {
        Path file = jsonl("gen.jsonl.gz", List.of(json(article(100_000_001, "Bài sinh một")),
                json(article(100_000_002, "Bài sinh hai"))));
        EvalArchive archive = judged().withDistractors(file, 10);
        try (ArticleIndex partial = ArticleIndex.open(dir.resolve("work").resolve("khotin"), IndexOptions.BULK)) {
            partial.add(new IndexedArticle(archive.byKey("gen-100000001"), null, null));
            partial.commit();
        }
        StringWriter log = new StringWriter();
        try (ArticleIndex index = EvalIndexes.khotin(archive, dir.resolve("work"), new PrintWriter(log))) {
            assertThat(index.count()).isEqualTo(4);
            assertThat(new ArrayList<>(index.articleIds())).containsExactlyInAnyOrder(1L, 2L, 100_000_001L, 100_000_002L);
        }
        assertThat(log.toString()).contains("thêm 3 bài (đã có 1)");

        EvalArchive smaller = judged();
        assertThatThrownBy(() -> EvalIndexes.khotin(smaller, dir.resolve("work"), new PrintWriter(new StringWriter())))
                .isInstanceOf(IOException.class).hasMessageContaining("không thuộc kho đánh giá");
    }
}
