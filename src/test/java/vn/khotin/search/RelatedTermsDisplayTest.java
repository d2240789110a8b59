package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.TextAnalysis;

/** The words a related story's reason shows are written as the story writes them, capitals inside kept. */
class RelatedTermsDisplayTest {

    @TempDir
    Path dir;

    @Test
    void aWordCapitalisedAtASentenceStartIsShownAsWrittenElsewhereWithItsInnerCapitals() throws Exception {
        try (ArticleIndex index = Fixtures.index(dir, List.of(
                article(1, "Đội tuyển dự giải bóng đá châu Á", "Giải đấu châu Á khởi tranh.", "Các đội mạnh góp mặt.",
                        "PV", date(2024, 1, 5), "Thể thao", List.of(), List.of()),
                article(2, "Lịch thi đấu vòng loại", "Vòng loại khu vực.", "Các trận đấu diễn ra ở châu Á.", "PV",
                        date(2024, 2, 5), "Thể thao", List.of(), List.of())))) {
            TextAnalysis analysis = TextAnalysis.get();
            RelatedTerms terms = new RelatedTerms(analysis.vietnamese(), new QueryUnits(analysis.vietnamese()));
            List<String> shown = index.withSearcher(searcher -> terms.extract(searcher.getIndexReader(),
                    "Bóng đá châu Á", "", "Châu Á có nhiều đội mạnh. Bóng đá châu Á phát triển.", 1).terms().stream()
                    .map(RelatedTerms.WeightedTerm::display).toList());
            assertThat(shown).contains("châu Á").doesNotContain("châu á", "Châu Á");
        }
    }
}
