package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;

/**
 * Queries as researchers type them: mixed accents, abbreviations or full forms, quoted or not, long sentences
 * with a word no article has, Telex typed with the input method off.
 */
class ForgivingSearchTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(ForgivingSearchTest::allArticles);

    static final long FLOOD = 2001;
    static final long HECTARES = 2002;
    static final long UBND = 2003;
    static final long FULL_FORM = 2004;
    static final long HONG_LINH = 2005;
    static final long DINH_NHO_LIEM = 2006;
    static final long THACH_KHE = 2007;
    static final long HUONG_KHE = 2008;
    static final long DRUGS = 2009;
    static final long THEFT = 2010;
    static final long KY_ANH = 2011;
    static final long PHOTO = 2012;
    static final long JET = 2015;
    static final long REPUBLISHED = 2013;
    static final long REPUBLISHED_COPY = 2014;

    static final String REPUBLISHED_BODY = "Sáng nay, đoàn công tác của tỉnh kiểm tra tiến độ xây dựng cầu Cửa Hội.\n"
            + "Theo chủ đầu tư, cây cầu đã hoàn thành phần móng và đang thi công trụ tháp.\n"
            + "Nhà thầu huy động hơn 200 công nhân làm việc ba ca mỗi ngày để kịp tiến độ.\n"
            + "Cầu dài hơn một cây số, nối hai bờ sông Lam, rút ngắn quãng đường đi lại của người dân hai tỉnh.\n"
            + "Đoàn yêu cầu bảo đảm an toàn lao động và chất lượng công trình trong mùa mưa bão sắp tới.";

    static List<Article> articles() {
        return List.of(
                article(FLOOD, "Mưa lũ gây ngập nặng ở Hà Tĩnh",
                        "Mưa lũ kéo dài khiến nhiều xã của tỉnh Hà Tĩnh bị chia cắt.",
                        "Nước sông dâng nhanh trong đêm, hàng trăm hộ dân phải sơ tán đến nơi an toàn.", "PV",
                        date(2024, 10, 1), "Xã hội", List.of(), List.of()),
                article(HECTARES, "Vùng quê yên tĩnh với 50 ha lúa xuân",
                        "Nông dân trong xã gieo cấy 50 ha lúa giống mới.",
                        "Cánh đồng rộng hơn 50 ha được cơ giới hóa từ khâu làm đất đến thu hoạch.", "PV",
                        date(2024, 3, 1), "Kinh tế", List.of(), List.of()),
                article(UBND, "UBND tỉnh phê duyệt kế hoạch phòng chống thiên tai",
                        "Kế hoạch nêu rõ nhiệm vụ của từng sở, ngành trong mùa mưa bão.",
                        "UBND tỉnh yêu cầu các địa phương chuẩn bị lực lượng, phương tiện ứng cứu.", "PV",
                        date(2024, 5, 2), "Chính trị", List.of(), List.of()),
                article(FULL_FORM, "Ủy ban nhân dân tỉnh họp bàn phát triển du lịch",
                        "Cuộc họp thống nhất nhiều giải pháp thu hút du khách trong năm.",
                        "Ủy ban nhân dân tỉnh giao ngành văn hóa xây dựng sản phẩm du lịch mới.", "PV",
                        date(2024, 6, 3), "Chính trị", List.of(), List.of()),
                article(HONG_LINH, "TX Hồng Lĩnh nâng cao chất lượng sinh hoạt chi bộ",
                        "Các chi bộ khu dân cư đổi mới nội dung sinh hoạt định kỳ.",
                        "Đảng bộ thị xã chỉ đạo chọn chuyên đề gắn với đời sống người dân.", "PV",
                        date(2024, 7, 4), "Xây dựng Đảng", List.of(), List.of()),
                article(DINH_NHO_LIEM, "Tưởng niệm danh nhân Đinh Nho Liêm",
                        "Con cháu dòng họ Đinh tổ chức lễ tưởng niệm tại nhà thờ họ.",
                        "Đinh Nho Liêm là người có nhiều đóng góp cho quê hương.", "PV", date(2024, 8, 5),
                        "Văn hóa", List.of(), List.of()),
                article(THACH_KHE, "Mỏ sắt Thạch Khê tạm dừng khai thác",
                        "Dự án mỏ sắt lớn nhất Đông Nam Á vẫn chưa có phương án tiếp tục.",
                        "Người dân vùng dự án mong sớm ổn định cuộc sống.", "PV", date(2024, 9, 6), "Kinh tế",
                        List.of(), List.of()),
                article(HUONG_KHE, "Hương Khê khắc phục hậu quả lũ lụt",
                        "Người dân Hương Khê dọn dẹp nhà cửa sau lũ lụt.",
                        "Chính quyền huyện hỗ trợ gạo và nước sạch cho các hộ bị thiệt hại.", "PV",
                        date(2024, 10, 7), "Xã hội", List.of(), List.of()),
                article(DRUGS, "Công an huyện bắt giữ đối tượng buôn bán ma túy",
                        "Lực lượng công an thu giữ nhiều gói ma túy tổng hợp.",
                        "Đối tượng khai nhận đã mua ma túy để bán lại kiếm lời.", "PV", date(2024, 11, 8),
                        "Pháp luật", List.of(), List.of()),
                article(THEFT, "Công an bắt giữ đối tượng trộm cắp tài sản",
                        "Đối tượng đã nhiều lần bị xử lý nhưng vẫn tái phạm.",
                        "Công an xã tiếp nhận tin báo và bắt giữ đối tượng ngay trong đêm.", "PV",
                        date(2024, 12, 9), "Pháp luật", List.of(), List.of()),
                article(KY_ANH, "Kỳ Anh đón dự án mới", "Thị xã Kỳ Anh tiếp tục thu hút đầu tư.",
                        "Nhà đầu tư đánh giá cao hạ tầng của Kỳ Anh.", "PV", date(2025, 1, 10), "Kinh tế",
                        List.of(), List.of()),
                article(PHOTO, "Kỳ vọng mùa du lịch biển", "Ảnh: du khách tắm biển đông vui.",
                        "Các điểm đến kỳ vọng đón nhiều khách trong dịp hè, ảnh chụp bãi biển cho thấy rõ điều đó.",
                        "PV", date(2025, 2, 11), "Du lịch", List.of(), List.of()),
                article(JET, "Tìm thấy phi công gặp nạn trên biển", "Một chiếc Su -30 MK2 rơi khi bay huấn luyện.",
                        "Ngư dân phát hiện và cứu một phi công nhảy dù khỏi máy bay Su -30 MK2.", "PV", date(2025, 4, 1),
                        "Quân sự", List.of(), List.of()),
                article(REPUBLISHED, "Cầu Cửa Hội vượt tiến độ thi công", "Cây cầu nối hai tỉnh đang thi công trụ tháp.",
                        REPUBLISHED_BODY, "PV", date(2025, 3, 1), "Kinh tế", List.of(), List.of()),
                // Republished under another ID, same title, one paragraph rewritten and one added.
                article(REPUBLISHED_COPY, "Cầu Cửa Hội vượt tiến độ thi công", "Cây cầu nối hai tỉnh đang thi công trụ tháp.",
                        REPUBLISHED_BODY.replace("Nhà thầu huy động hơn 200 công nhân làm việc ba ca mỗi ngày",
                                "Hơn 200 kỹ sư, công nhân được nhà thầu bố trí làm việc liên tục ngày đêm")
                                + "\nDự kiến cầu thông xe vào quý IV năm sau.", "PV", date(2025, 3, 2), "Kinh tế",
                        List.of(), List.of()));
    }

    /** Dengue stories: the archive writes "sốt xuất huyết" often, "sốt suất" never. */
    static List<Article> dengue() {
        List<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(article(2100 + i, "Phòng chống sốt xuất huyết ở xã thứ " + (i + 1),
                    "Ngành y tế phun hóa chất diệt muỗi phòng sốt xuất huyết.",
                    "Cán bộ y tế hướng dẫn người dân diệt lăng quăng, phòng bệnh sốt xuất huyết trong mùa mưa.", "PV",
                    date(2024, 7, 1 + i), "Sức khỏe", List.of(), List.of()));
        }
        return out;
    }

    static final long QUAKE_HA_TINH = 2201;

    /** One earthquake felt in Hà Tĩnh among stronger ones elsewhere that share more of a long question's words. */
    static List<Article> earthquakes() {
        List<Article> out = new java.util.ArrayList<>();
        out.add(article(QUAKE_HA_TINH, "Động đất ngoài khơi, người dân Kỳ Phú hoảng hốt",
                "Đêm qua, nhiều nhà ở ven biển tỉnh Hà Tĩnh rung lắc vì động đất.",
                "Lúc 3h42, một trận động đất 2,3 độ richter xảy ra trên vùng biển. Chính quyền xã thống kê, chưa ghi"
                        + " nhận thiệt hại về người và tài sản.", "PV", date(2024, 10, 22),
                "Xã hội", List.of(), List.of()));
        String[] places = {"Điện Biên", "Sơn La", "Lai Châu"};
        for (int i = 0; i < places.length; i++) {
            out.add(article(QUAKE_HA_TINH + 1 + i, "Động đất mạnh ở " + places[i],
                    "Trận động đất mạnh 3,7 độ richter gây rung lắc nhà cửa.",
                    "Một số nhà bị nứt tường, thiệt hại chưa lớn.", "PV", date(2024, 5, 1 + i), "Xã hội", List.of(), List.of()));
        }
        return out;
    }

    private static List<Article> allArticles() {
        List<Article> all = new ArrayList<>(articles());
        all.addAll(dengue());
        all.addAll(earthquakes());
        return all;
    }

    private static SearchResult exactly(String q) {
        return archive.search().search(SearchRequest.builder(q).collapseDuplicates(false).lenient(false).build());
    }

    private static SearchResult forgiving(String q) {
        return archive.search().search(SearchRequest.builder(q).collapseDuplicates(false).build());
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aWordTypedWithoutAccentsMatchesFoldedWhateverTheOtherWords() {
        assertThat(ids(exactly("ha tĩnh"))).first().isEqualTo(FLOOD);
        assertThat(ids(exactly("Hà tinh"))).first().isEqualTo(FLOOD);
        assertThat(ids(exactly("mua lũ"))).containsExactly(FLOOD);
        assertThat(ids(exactly("mưa lũ"))).containsExactly(FLOOD);
    }

    @Test
    void aLevelToneWordTypedAsMeantStaysExact() {
        // "Anh" has no diacritic but "kỳ anh" is how the archive writes the pair: "ảnh" (photo) does not match.
        assertThat(ids(exactly("Kỳ Anh"))).containsExactly(KY_ANH);
    }

    @Test
    void abbreviationAndFullFormMatchBothFormsQuotedOrNotWithTheSameRanking() {
        List<String> forms = List.of("UBND tỉnh", "ubnd tỉnh", "ubnd", "Ubnd", "Ủy ban nhân dân tỉnh", "uỷ ban nhân dân tỉnh", "uy ban nhan dan tinh",
                "\"Ủy ban nhân dân tỉnh\"", "\"UBND tỉnh\"");
        for (String q : forms) {
            assertThat(ids(exactly(q))).as(q).containsExactlyInAnyOrder(UBND, FULL_FORM);
        }
        SearchResult abbreviated = exactly("UBND tỉnh");
        SearchResult full = exactly("Ủy ban nhân dân tỉnh");
        assertThat(ids(full)).isEqualTo(ids(abbreviated));
        assertThat(full.hits()).extracting(SearchHit::score)
                .isEqualTo(abbreviated.hits().stream().map(SearchHit::score).toList());
        assertThat(ids(exactly("thị xã Hồng Lĩnh"))).containsExactly(HONG_LINH);
    }

    @Test
    void capitalisedAbbreviationThatIsAlsoASyllableMeansItsFullForm() {
        // "CA" is "công an"; lower-case "ca" would be a syllable of its own.
        assertThat(ids(exactly("CA bắt giữ đối tượng"))).containsExactlyInAnyOrder(DRUGS, THEFT);
    }

    @Test
    void unaccentedQueriesKeepWordsThatOnlyLookLikeStopwords() {
        // "ma" and "tuy" fold from the stopwords "mà" and "tuy" too, but here they are "ma túy".
        assertThat(ids(exactly("cong an bat giu ma tuy"))).containsExactly(DRUGS);
    }

    @Test
    void aLongSentenceWithOneWordNoArticleHasFindsArticlesWithMostWords() {
        String q = "người dân Hương Khê khắc phục lũ lụt sau cơn bão tàu ngầm";
        assertThat(exactly(q).total()).isZero();
        SearchResult r = forgiving(q);
        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).isZero();
        assertThat(ids(r)).first().isEqualTo(HUONG_KHE);
    }

    @Test
    void inAMostWordsMatchThePlaceTheQueryNamesOutranksOtherWordsRepeated() {
        // "bnhiu" is in no article, so no article has every word; the researcher asked about Hà Tĩnh.
        SearchResult r = forgiving("trận động đất ở Hà Tĩnh mạnh bnhiu độ richter và có gây thiệt hại không");
        assertThat(r.total()).isPositive();
        assertThat(ids(r)).first().isEqualTo(QUAKE_HA_TINH);
    }

    @Test
    void articlesWithEveryWordComeBeforeThoseWithMost() {
        SearchResult r = forgiving("công an bắt giữ ma túy");
        assertThat(r.relaxed()).isTrue();
        assertThat(r.strictTotal()).isEqualTo(1);
        assertThat(ids(r)).startsWith(DRUGS).contains(THEFT);
    }

    @Test
    void telexTypedWithTheInputMethodOffShowsTheCorrectionsResults() {
        assertThat(exactly("Ddinh Nho Lieem").total()).isZero();
        SearchResult r = forgiving("Ddinh Nho Lieem");
        assertThat(r.correctedQuery()).isEqualTo("Đinh Nho Liêm");
        assertThat(r.typedQuery()).isEqualTo("Ddinh Nho Lieem");
        assertThat(ids(r)).first().isEqualTo(DINH_NHO_LIEM);
        SearchResult mine = forgiving("mor sawts Thachj Khee");
        assertThat(mine.correctedQuery()).isEqualTo("mỏ sắt Thạch Khê");
        assertThat(ids(mine)).first().isEqualTo(THACH_KHE);
    }

    @Test
    void aBareWordBesideARepairedOneIsShownWithItsAccents() {
        SearchResult r = forgiving("Huong Khee");
        assertThat(r.correctedQuery()).as("not the half-accented 'Huong Khê'").isEqualTo("Hương Khê");
        assertThat(ids(r)).first().isEqualTo(HUONG_KHE);
    }

    @Test
    void aRepublishedCopyWithTheSameTitleIsFoldedIntoOneHit() {
        // Precondition: the edit takes the copy beyond the near-duplicate distance of the text alone.
        Article a = articles().get(articles().size() - 2);
        Article b = articles().get(articles().size() - 1);
        long ha = vn.khotin.index.ArticleFeatures.of("", a.sapo() + "\n" + a.bodyText(), "",
                vn.khotin.index.Gazetteer.get()).simhash();
        long hb = vn.khotin.index.ArticleFeatures.of("", b.sapo() + "\n" + b.bodyText(), "",
                vn.khotin.index.Gazetteer.get()).simhash();
        assertThat(vn.khotin.index.ArticleFeatures.distance(ha, hb)).isGreaterThan(NearDuplicates.MAX_DISTANCE);
        SearchResult r = archive.search().search(SearchRequest.builder("cầu Cửa Hội").build());
        assertThat(r.hits()).hasSize(1);
        assertThat(r.hits().get(0).duplicates()).isEqualTo(1);
        assertThat(List.of(r.hits().get(0).id(), r.hits().get(0).duplicateIds().get(0)))
                .containsExactlyInAnyOrder(REPUBLISHED, REPUBLISHED_COPY);
        assertThat(exactly("cầu Cửa Hội").hits()).hasSize(2);
    }

    @Test
    void aMisspellingThatMakesRealWordsIsCorrectedByTheWordPairsOfTheArchive() {
        // "suất" is a word of its own ("năng suất"), so only the pair gives the mistake away
        SearchResult r = forgiving("sốt suất huyết");
        assertThat(r.correctedQuery()).isEqualTo("sốt xuất huyết");
        assertThat(r.hits()).hasSize(10).allMatch(h -> h.title().contains("sốt xuất huyết"));
    }

    @Test
    void aCodeTypedInOnePieceFindsItWrittenSpaced() {
        assertThat(ids(exactly("Su-30MK2 phi công"))).containsExactly(JET);
    }

    @Test
    void aYearRanksButIsNotRequired() {
        // the stories never write "2025": their date says it
        assertThat(ids(exactly("phi công gặp nạn 2025"))).containsExactly(JET);
    }

    @Test
    void aQueryThatFindsArticlesIsNotCorrected() {
        SearchResult r = forgiving("mưa lũ Hà Tĩnh");
        assertThat(r.correctedQuery()).isNull();
        // one article of this small archive has every word: articles with most words follow it
        assertThat(r.strictTotal()).isEqualTo(1);
        assertThat(ids(r)).first().isEqualTo(FLOOD);
    }

    @Test
    void aLargerArchiveIsCheckedForMisspellingsAtMoreMatches() {
        // the scattered matches of a misspelt query grow with the archive: 10 of 82,137 for "Luật An ninh mạn",
        // 238 of 1,082,137
        assertThat(ForgivingSearch.correctBelow(1_000)).isEqualTo(30);
        assertThat(ForgivingSearch.correctBelow(82_137)).isEqualTo(30);
        assertThat(ForgivingSearch.correctBelow(1_082_137)).isGreaterThan(238);
    }

    @Test
    void aLargerArchiveIsRelaxedAtMoreAllWordMatches() throws Exception {
        // five words of a story that also meet by chance in 16 unrelated articles of a million: the most-words
        // articles are still listed (after the 16), where in an archive of 82,137 the 16 are a fair answer
        SearchRequest request = SearchRequest.builder("Formosa chôn chất thải trái phép").build();
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        // the relaxed run counts, among its 900, the 16 with every word
        ForgivingSearch.Pipeline pipeline = (r, p, strictness) -> new ForgivingSearch.Attempt(
                strictness == Strictness.MOST_WORDS
                        ? new SearchResult(900, List.of(), 1, List.of(), List.of(), null, List.of(), null, null, false,
                                16, false)
                        : new SearchResult(16, List.of(), 1), 5, false);

        SearchResult small = ForgivingSearch.search(request, parsed, 82_137, pipeline, (t, c) -> false);
        SearchResult large = ForgivingSearch.search(request, parsed, 1_082_137, pipeline, (t, c) -> false);

        assertThat(small.relaxed()).isFalse();
        assertThat(small.total()).isEqualTo(16);
        assertThat(large.relaxed()).isTrue();
        assertThat(large.total()).isEqualTo(900);
        assertThat(large.strictTotal()).isEqualTo(16);
    }
}
