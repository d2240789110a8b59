package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    static List<String> lines(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = i % 2 == 0 ? String.valueOf(250_000 + i) : "\"baomoi-" + (9000 + i) + "\"";
            String date = i % 3 == 0 ? "null" : "\"2023-0" + (1 + i % 9) + "-1" + (i % 10) + "\"";
            String cat = i % 4 == 0 ? "null" : i % 4 == 1 ? "\"business\"" : i % 4 == 2 ? "\"xa-hoi\"" : "\"Thể thao\"";
            out.add("{\"id\":" + id + ",\"title\":\"Bản tin số " + i + " về nông thôn mới\",\"sapo\":\"Tóm tắt bản tin " + i
                    + ".\",\"body\":\"Đoạn một của bài " + i + ".\\nĐoạn hai.\\nĐoạn ba.\",\"category\":" + cat + ",\"date\":" + date
                    + (i == 5 ? ",\"related\":[\"baomoi-9001\",250002],\"tags\":\"OCOP, Can Lộc\",\"author\":\"Hà Linh\"" : "") + "}");
        }
        return out;
    }

    @Test
    void servesAPlainJsonlCorpusWithStableIds(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("c.jsonl");
        List<String> ls = new ArrayList<>(lines(40));
        ls.add(7, "{not json");
        ls.add(9, "");
        ls.add(12, "{\"title\":\"không có id\"}");
        Files.write(f, ls, StandardCharsets.UTF_8);
        long[] first;
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().corpus(f).samples(false).build())) {
            assertThat(s.articleCount()).isEqualTo(40);
            assertThat(s.skippedLines()).isEqualTo(2);
            assertThat(s.loadWarnings()).anyMatch(w -> w.startsWith("dòng 8"));
            first = s.articleIds();
            ReplicaArticle a = s.article(250_000).orElseThrow();
            assertThat(a.title()).isEqualTo("Bản tin số 0 về nông thôn mới");
            assertThat(a.body()).containsExactly("Đoạn một của bài 0.", "Đoạn hai.", "Đoạn ba.");
            assertThat(a.published()).isEqualTo(IdDates.dateFor(250_000)); // no date: derived from the ID
            // Non-numeric ids land near the ID their date implies.
            ReplicaArticle five = s.article(first[0]).isPresent() ? findByTitle(s, "Bản tin số 5 về nông thôn mới") : null;
            assertThat(five).isNotNull();
            assertThat(five.author()).isEqualTo("Hà Linh");
            assertThat(five.tags()).containsExactly("OCOP", "Can Lộc");
            assertThat(five.related()).hasSize(2).contains(250_002L);
            assertThat(five.category().slug()).isEqualTo("kinh-te");
            Document d = Jsoup.parse(Http.text(Http.get(s.articleUri(five.id()))));
            assertThat(d.select("h1.article__title").text()).isEqualTo(five.title());
            assertThat(d.select("section.related article.story")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(d.select("div.cms-body figure figcaption").text()).isEqualTo("Ảnh minh họa. (Ảnh: PV)");
            assertThat(Http.get(s.uri("/the-thao/")).statusCode()).isEqualTo(200);
        }
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().corpus(f).samples(false).build())) {
            assertThat(s.articleIds()).containsExactly(first);
        }
    }

    private static ReplicaArticle findByTitle(ReplicaServer s, String title) {
        for (long id : s.articleIds()) {
            ReplicaArticle a = s.article(id).orElseThrow();
            if (a.title().equals(title)) {
                return a;
            }
        }
        return null;
    }

    @Test
    void gzipCorpusAndSamplesTogether(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(String.join("\n", lines(30)).getBytes(StandardCharsets.UTF_8));
        }
        try (ReplicaServer s = ReplicaServer.start(ReplicaConfig.builder().corpus(f).build())) {
            assertThat(s.articleCount()).isEqualTo(30 + 35);
            assertThat(Http.get(s.articleUri(250_010)).statusCode()).isEqualTo(200);
            assertThat(Http.get(s.articleUri(275560)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void emptyCorpusIsAClearError(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("e.jsonl");
        Files.writeString(f, "oops\n");
        assertThatThrownBy(() -> ReplicaServer.start(ReplicaConfig.builder().corpus(f).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không có dòng bài viết hợp lệ");
    }

    @Test
    void idDatesFollowTheReferenceTable() {
        assertThat(IdDates.dateFor(275550).toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 10, 15));
        assertThat(IdDates.dateFor(161718).getYear()).isEqualTo(2018);
        assertThat(IdDates.idFor(java.time.LocalDate.of(2024, 9, 12))).isEqualTo(273494);
        assertThat(IdDates.dateFor(400_000).isAfter(IdDates.dateFor(317_598))).isTrue();
    }

    @Test
    void slugsDropDiacritics() {
        assertThat(Slugs.slugify("Hà Tĩnh có thêm 7 sản phẩm OCOP 4 sao")).isEqualTo("ha-tinh-co-them-7-san-pham-ocop-4-sao");
        assertThat(Slugs.slugify("Đường về xã Đức Thọ", 3)).isEqualTo("duong-ve-xa");
        assertThat(Slugs.slugify("\u0110\u00f4\u0300ng")).isEqualTo("dong");
    }
}
