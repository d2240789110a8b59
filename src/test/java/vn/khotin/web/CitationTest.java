package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/** A citation names who published the article: Báo Hà Tĩnh for its own pages, the source of an imported record. */
class CitationTest {

    private static Article article(String source) {
        return new Article(1, "https://baohatinh.vn/bai-post1.html", "Lũ lụt ở Hương Khê", "Mưa lớn.", source,
                List.of("Nước dâng cao."), List.of(), "Lê Tuấn", OffsetDateTime.parse("2020-10-18T08:00:00+07:00"),
                null, "Xã hội", List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
    }

    @Test
    void theNewspapersOwnPagesAreCitedAsBaoHaTinh() {
        assertThat(Views.citation(article("Baohatinh.vn"), "http://localhost/bai/1", null))
                .startsWith("Lê Tuấn, “Lũ lụt ở Hương Khê”, Báo Hà Tĩnh, 18/10/2020, https://baohatinh.vn/");
        assertThat(Views.citation(article(""), "http://localhost/bai/1", null)).contains("”, Báo Hà Tĩnh, ");
    }

    @Test
    void anImportedStoryIsCitedWithItsOwnSource() {
        String c = Views.citation(article("Dân trí"), "http://localhost/bai/1", null);

        assertThat(c).contains("”, Dân trí, 18/10/2020").doesNotContain("Báo Hà Tĩnh");
    }
}
