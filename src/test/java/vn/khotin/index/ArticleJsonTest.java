package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.search.eval.CorpusArticles;

class ArticleJsonTest {

    private static Article full() {
        return new Article(42, "https://baohatinh.vn/bai-post42.html", "Tiêu đề \"có ngoặc\" <b>", "Sa pô\nhai dòng",
                "Báo Hà Tĩnh", List.of("Đoạn một.", "Đoạn hai có \\ và \u0001."),
                List.of(new Article.Caption("Ảnh: cầu", "Thành Chung", "https://img/1.jpg"),
                        new Article.Caption("Chỉ chữ", null, null)),
                "Lê Tuấn - Thành Chung", OffsetDateTime.of(2024, 10, 15, 7, 30, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2024, 10, 16, 0, 5, 9, 0, ZoneOffset.UTC), "Xã hội", List.of("Xã hội", "Dân sinh"),
                List.of("mưa lũ", "Kỳ Anh"), List.of(1001L, 9_007_199_254_740_993L), List.of("https://img/1.jpg"),
                ExtractionMethod.JSON_LD);
    }

    @Test
    void streamingReadAgreesWithTheObjectMapper() {
        List<Article> articles = new ArrayList<>(List.of(full(), new Article(1, "https://x/a.html", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)));
        Path corpus = Path.of("..", "shared", "corpus", "vi-news.jsonl.gz");
        if (Files.isRegularFile(corpus)) {
            try {
                articles.addAll(CorpusArticles.read(corpus, 300));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Article a : articles) {
            byte[] json = ArticleJson.write(a);
            assertThat(ArticleJson.read(json)).isEqualTo(ArticleJson.readBound(json)).isEqualTo(a);
            byte[] padded = new byte[json.length + 7];
            System.arraycopy(json, 0, padded, 3, json.length);
            assertThat(ArticleJson.read(padded, 3, json.length)).isEqualTo(a);
        }
    }

    @Test
    void fieldsOfANewerVersionAreSkippedAndNullsMeanEmpty() {
        String json = "{\"id\":7,\"future\":{\"a\":[1,{\"b\":2}]},\"url\":\"https://x/7.html\",\"title\":null,"
                + "\"body\":null,\"captions\":[{\"text\":\"t\",\"extra\":[1]}],\"published\":null,\"later\":[]}";
        Article a = ArticleJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(a).isEqualTo(ArticleJson.readBound(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.id()).isEqualTo(7);
        assertThat(a.title()).isEmpty();
        assertThat(a.body()).isEmpty();
        assertThat(a.captions()).containsExactly(new Article.Caption("t", "", ""));
        assertThat(a.method()).isEqualTo(ExtractionMethod.PROFILE);
    }

    @Test
    void aDamagedStoredFormIsAClearError() {
        assertThatThrownBy(() -> ArticleJson.read("{\"id\":1,\"url\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("stored article is not valid");
        assertThatThrownBy(() -> ArticleJson.read("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UncheckedIOException.class);
    }
}
