package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/** "Tin liên quan" on a small archive of our own stories: what an editor would keep, and why. */
class RelatedStoriesTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(RelatedStoriesTest::articles);
    static RelatedStories related;

    static final long FLOOD = 3001;
    static final long FOLLOW_UP = 3002;
    static final long COPY = 3003;
    static final long OTHER_FLOOD = 3004;
    static final long FESTIVAL = 3005;
    static final long NATIONAL = 3006;
    static final long OCOP = 3007;

    static final String FLOOD_BODY = "Từ ngày 14/10, mưa lớn kéo dài khiến nước sông Trí dâng cao, nhiều thôn ở xã "
            + "Kỳ Hoa, thị xã Kỳ Anh bị ngập sâu và chia cắt. Lực lượng chức năng đã sơ tán hơn 300 hộ dân đến nơi "
            + "an toàn.\nÔng Nguyễn Văn Lâm, Chủ tịch UBND xã Kỳ Hoa cho biết xã đã chuẩn bị lương thực, thuốc men và "
            + "thuyền cứu hộ cho người dân vùng rốn lũ.";

    static List<Article> articles() {
        return List.of(
                article(FLOOD, "Kỳ Anh sơ tán hàng trăm hộ dân vùng rốn lũ",
                        "Mưa lũ khiến nhiều thôn ở xã Kỳ Hoa bị chia cắt, chính quyền khẩn trương sơ tán người dân.",
                        FLOOD_BODY, "Thu Hà", date(2024, 10, 15), "Xã hội", List.of("mưa lũ", "Kỳ Anh"), List.of()),
                article(FOLLOW_UP, "Kỳ Hoa khắc phục hậu quả lũ lụt, đưa học sinh trở lại trường",
                        "Sau khi nước lũ rút, người dân xã Kỳ Hoa (Kỳ Anh) dọn dẹp nhà cửa, trường lớp.",
                        "Ông Nguyễn Văn Lâm, Chủ tịch UBND xã Kỳ Hoa cho biết hơn 300 hộ dân sơ tán đã trở về nhà. "
                                + "Lũ lụt làm hư hỏng nhiều tuyến đường và hàng chục ha hoa màu.", "Thu Hà",
                        date(2024, 10, 18), "Xã hội", List.of("mưa lũ", "Kỳ Anh"), List.of()),
                // The same story republished under another ID: the same title, a light edit of the body.
                article(COPY, "Kỳ Anh sơ tán hàng trăm hộ dân vùng rốn lũ",
                        "Mưa lũ khiến nhiều thôn ở xã Kỳ Hoa bị chia cắt.", FLOOD_BODY + "\nNguồn: Báo Hà Tĩnh.",
                        "PV", date(2024, 10, 16), "Xã hội", List.of(), List.of()),
                article(OTHER_FLOOD, "Cẩm Xuyên chủ động ứng phó mưa lũ",
                        "Huyện Cẩm Xuyên chuẩn bị phương án sơ tán dân ở vùng trũng khi mưa lũ kéo dài.",
                        "Các xã ven sông đã rà soát hộ dân cần sơ tán, chuẩn bị thuyền cứu hộ và lương thực dự trữ.",
                        "PV", date(2023, 9, 20), "Xã hội", List.of("mưa lũ"), List.of()),
                article(FESTIVAL, "Lễ hội cầu ngư Kỳ Hoa thu hút du khách",
                        "Lễ hội cầu ngư của ngư dân xã Kỳ Hoa, thị xã Kỳ Anh diễn ra đầu năm.",
                        "Nhiều gian hàng trưng bày bưởi, mật ong và các sản phẩm OCOP của địa phương.", "PV",
                        date(2024, 9, 1), "Văn hóa", List.of("Kỳ Anh"), List.of()),
                article(NATIONAL, "Chợ hoa Tết mở cửa từ ngày 20 tháng Chạp",
                        "Từ ngày 20 tháng Chạp, chợ hoa xuân mở cửa phục vụ người dân.",
                        "Ban quản lý chợ cho biết từ ngày mai sẽ bố trí thêm lực lượng giữ trật tự.", "PV",
                        date(2024, 1, 20), "Xã hội", List.of(), List.of()),
                article(OCOP, "Hà Tĩnh có thêm 12 sản phẩm OCOP",
                        "Hội đồng đánh giá công nhận thêm 12 sản phẩm OCOP đạt từ 3 sao trở lên.",
                        "Các sản phẩm gồm bưởi Phúc Trạch, mật ong, nước mắm và kẹo cu đơ.", "PV", date(2024, 6, 1),
                        "Kinh tế", List.of("OCOP"), List.of()));
    }

    @BeforeAll
    static void setUp() {
        related = new RelatedStories(archive.index());
    }

    private static List<Long> ids(RelatedResult r) {
        return r.stories().stream().map(RelatedStory::id).toList();
    }

    @Test
    void theFollowUpComesFirstAsTheSameEventWithReasonsInWholeWords() {
        RelatedResult r = related.forArticle(FLOOD, 5);
        assertThat(ids(r)).first().isEqualTo(FOLLOW_UP);
        RelatedStory first = r.stories().get(0);
        assertThat(first.reasons().sameEvent()).isTrue();
        assertThat(first.reasons().daysApart()).isEqualTo(3);
        assertThat(first.reasons().places()).contains("Xã Kỳ Hoa");
        assertThat(first.reason()).startsWith("Cùng sự kiện · Xã Kỳ Hoa");
        // whole words only: never a pair of syllables across words such as "từ ngày" or "khê sơ"
        for (RelatedStory s : r.stories()) {
            assertThat(s.reasons().words()).noneMatch(w -> w.equalsIgnoreCase("từ ngày") || w.equalsIgnoreCase("khê sơ"));
        }
    }

    @Test
    void copiesOfTheArticleAreLeftOutAndCounted() {
        RelatedResult r = related.forArticle(FLOOD, 5);
        assertThat(ids(r)).doesNotContain(FLOOD, COPY);
        assertThat(r.copiesExcluded()).isEqualTo(1);
    }

    @Test
    void nothingIsPaddedInBelowTheCutOff() {
        RelatedResult r = related.forArticle(FLOOD, 10);
        assertThat(ids(r)).doesNotContain(NATIONAL);
        assertThat(r.stories().size()).isLessThan(articles().size() - 2);
    }

    @Test
    void aDraftFindsTheStoriesOfItsEvent() {
        RelatedResult r = related.forDraft("Người dân Kỳ Hoa trở về nhà sau lũ",
                "Nước lũ đã rút, hơn 300 hộ dân xã Kỳ Hoa, thị xã Kỳ Anh được sơ tán đã trở về dọn dẹp nhà cửa.",
                null, 3);
        assertThat(ids(r)).containsAnyOf(FLOOD, FOLLOW_UP);
        assertThat(r.fallback()).isFalse();
    }

    @Test
    void aDraftTypedWithoutDiacriticsIsComparedWithThemRestored() {
        // typed on a phone without a Vietnamese keyboard: read as typed, hardly a word matched the archive's text
        RelatedResult bare = related.forDraft("Nguoi dan Ky Hoa tro ve nha sau lu",
                "Nuoc lu da rut, hon 300 ho dan xa Ky Hoa, thi xa Ky Anh duoc so tan da tro ve don dep nha cua.",
                null, 3);
        assertThat(ids(bare)).containsAnyOf(FLOOD, FOLLOW_UP);
        assertThat(bare.accentsRestored()).isTrue();
        assertThat(related.forDraft("Người dân Kỳ Hoa trở về nhà sau lũ", "", null, 3).accentsRestored())
                .isFalse();
    }

    @Test
    void aDraftThatRepeatsAnArchivedStoryGetsThatStorysRelatedStories() {
        // An editor reworking a published story: it and its copy are left out, and what the archived story is
        // related to still is. Measured against the copy's own similarity, nothing else was related.
        RelatedResult archived = related.forArticle(FLOOD, 5);
        RelatedResult draft = related.forDraft("Kỳ Anh sơ tán hàng trăm hộ dân vùng rốn lũ", FLOOD_BODY,
                date(2024, 10, 15), 5);
        assertThat(ids(draft)).doesNotContain(FLOOD, COPY).containsExactlyInAnyOrderElementsOf(ids(archived));
        assertThat(draft.copiesExcluded()).isEqualTo(2);
    }

    @Test
    void aFollowUpWrittenOverAnArchivedStoryGetsMoreThanThatStory() {
        RelatedResult draft = related.forDraft("Kỳ Anh: nước lũ rút, người dân vùng rốn lũ trở về",
                "Sáng 17/10, nước lũ đã rút.\n" + FLOOD_BODY, date(2024, 10, 17), 5);
        assertThat(ids(draft)).contains(FLOOD, FOLLOW_UP);
    }

    @Test
    void aShortDraftIsTextNotAQuery() {
        // punctuation, "OR" and a field were read as query syntax and listed the newest articles as related
        assertThat(related.forDraft("...", "!!!", null, 3).stories()).isEmpty();
        assertThat(related.forDraft("OR", "", null, 3).stories()).isEmpty();
        assertThat(ids(related.forDraft("-OCOP", "", null, 3))).contains(OCOP);
        assertThat(ids(related.forDraft("NOT OCOP", "", null, 3))).as("NOT is a word of the draft").contains(OCOP);
    }

    @Test
    void aDraftWithNothingToSearchForGetsNoStoriesAndSaysWhy() {
        // "và của là những các" listed random stories, each "related" by the whole draft
        RelatedResult functionWords = related.forDraft("", "và của là những các", null, 10);
        assertThat(functionWords.stories()).isEmpty();
        assertThat(functionWords.emptyMessage()).isEqualTo(RelatedResult.ONLY_FUNCTION_WORDS)
                .contains("chỉ có từ chức năng", "không đủ để tìm tin liên quan");
        assertThat(related.forDraft("Của những", "là các", null, 10).emptyMessage())
                .isEqualTo(RelatedResult.ONLY_FUNCTION_WORDS);
        RelatedResult noWords = related.forDraft("2024", "15/10 - 300 !!!", null, 10);
        assertThat(noWords.stories()).isEmpty();
        assertThat(noWords.emptyMessage()).isEqualTo(RelatedResult.NO_WORDS);
        // one real word among function words is still searched for
        assertThat(ids(related.forDraft("", "và của OCOP", null, 3))).contains(OCOP);
        assertThat(related.forDraft("", "OCOP", null, 3).emptyReason()).isNull();
    }

    @Test
    void aOneWordDraftFallsBackToSearch() {
        RelatedResult r = related.forDraft("", "OCOP", null, 3);
        assertThat(r.fallback()).isTrue();
        assertThat(ids(r)).contains(OCOP);
        // a search result, not a story compared with the draft: no shared word is claimed
        RelatedStory first = r.stories().get(0);
        assertThat(first.reason()).isEqualTo("Bản thảo quá ngắn để so sánh; kết quả tìm kiếm theo «OCOP»");
        assertThat(first.reasons().words()).isEmpty();
    }

    @Test
    void unknownArticleGivesNothingAndBaselineRuns() {
        assertThat(related.forArticle(42, 5).stories()).isEmpty();
        assertThat(related.plainMoreLikeThis(FLOOD, 5)).doesNotContain(FLOOD);
    }
}
