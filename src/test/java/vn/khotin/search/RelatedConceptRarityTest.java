package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * A concept's rarity counts every form it is written in. "Nghị định" was as rare as its abbreviation "NĐ" (51 of
 * 82,000 articles) and outweighed everything else in a draft: a draft on the decree guiding the cybersecurity law
 * got ten unrelated decrees and none of the archive's stories on that law.
 */
class RelatedConceptRarityTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelatedConceptRarityTest::articles);

    static final long LAW_PASSED = 9501;
    static final long LAW_EXPLAINED = 9502;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        String[] topics = {"đất đai", "thuế thu nhập", "học phí", "bảo hiểm y tế", "khoáng sản", "xây dựng",
            "giao thông", "thủy sản", "du lịch", "điện lực", "lâm nghiệp", "chăn nuôi"};
        for (int i = 0; i < topics.length; i++) {
            out.add(article(9400 + i, "Chính phủ ban hành nghị định mới về " + topics[i],
                    "Nghị định quy định chi tiết lĩnh vực " + topics[i] + ".",
                    "Chính phủ vừa ban hành nghị định về " + topics[i] + ", có hiệu lực từ tháng sau. Nghị định quy "
                            + "định chi tiết một số điều, yêu cầu doanh nghiệp bảo đảm an ninh, trật tự và xử lý vi "
                            + "phạm. Nghị định thay thế các quy định cũ." + (i == 0 ? " Văn bản viết tắt là NĐ." : ""),
                    "PV", date(2020, 1 + i % 12, 5), "Thời sự", List.of(), List.of()));
        }
        out.add(article(LAW_PASSED, "Quốc hội thông qua Luật An ninh mạng",
                "Luật An ninh mạng có hiệu lực từ đầu năm sau.",
                "Theo Luật An ninh mạng, doanh nghiệp nước ngoài cung cấp dịch vụ trên không gian mạng tại Việt Nam "
                        + "phải lưu trữ dữ liệu người dùng trong nước.", "PV", date(2018, 6, 12), "Thời sự",
                List.of(), List.of()));
        out.add(article(LAW_EXPLAINED, "Hiểu thế nào về Luật An ninh mạng",
                "Lưu trữ dữ liệu người dùng và đặt văn phòng đại diện là hai quy định được chú ý.",
                "Luật An ninh mạng giao Bộ Công an chủ trì bảo vệ an ninh mạng, gỡ bỏ thông tin vi phạm trên không "
                        + "gian mạng.", "PV", date(2018, 6, 20), "Thời sự", List.of(), List.of()));
        return out;
    }

    @Test
    void aConceptIsAsCommonAsItsMostWrittenForm() throws Exception {
        TextAnalysis analysis = TextAnalysis.get();
        RelatedTerms terms = new RelatedTerms(analysis.vietnamese(), new QueryUnits(analysis.vietnamese()));
        RelatedTerms.WeightedTerm decree = archive.index().withSearcher(s -> terms.extract(s.getIndexReader(),
                "Chính phủ ban hành nghị định", "", "", 1)).terms().stream()
                .filter(t -> t.display().equals("nghị định")).findFirst().orElseThrow();
        // one article writes "NĐ", twelve write "nghị định"
        assertThat(decree.kind()).isEqualTo(RelatedTerms.Kind.CONCEPT);
        assertThat(decree.docFreq()).isEqualTo(12);
    }

    @Test
    void aDraftOnTheDecreeOfALawFindsTheLawBeforeOtherDecrees() {
        RelatedStories related = new RelatedStories(archive.index());
        RelatedResult r = related.forDraft("Chính phủ ban hành nghị định hướng dẫn Luật An ninh mạng",
                "Chính phủ vừa ban hành nghị định quy định chi tiết một số điều của Luật An ninh mạng. Nghị định quy "
                        + "định doanh nghiệp nước ngoài cung cấp dịch vụ viễn thông tại Việt Nam phải lưu trữ dữ liệu "
                        + "người dùng và đặt văn phòng đại diện. Bộ Công an yêu cầu gỡ bỏ thông tin vi phạm trên "
                        + "không gian mạng.", null, 5);
        List<Long> ids = r.stories().stream().map(RelatedStory::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(LAW_PASSED, LAW_EXPLAINED);
    }
}
