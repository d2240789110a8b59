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
 * A place typed right that an article names in its title or sapo ("Cổ Đạm", a commune of Nghi Xuân) is not
 * replaced by a frequent real word one letter away ("cổ đại", ancient): its articles are the answer, the
 * correction is only offered.
 */
class WrittenNameNotCorrectedTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(WrittenNameNotCorrectedTest::articles)
            .withSuggestionsReady();

    static final long FIRST_CO_DAM = 5500;
    static final long FIRST_ANCIENT = 5520;

    static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 20));
        out.add(article(FIRST_CO_DAM, "Nông dân Nghi Xuân thu hoạch lạc",
                "Nông dân xã Cổ Đạm phấn khởi vì lạc được mùa.", "Lạc cho năng suất cao.", "PV",
                date(2021, 5, 1), "Kinh tế", List.of(), List.of()));
        out.add(article(FIRST_CO_DAM + 1, "Nghi Xuân làm đường giao thông nông thôn",
                "Các xã ven biển hoàn thành nhiều tuyến đường mới.", "Tuyến đường qua Cổ Đạm dài 3 km.", "PV",
                date(2021, 5, 2), "Kinh tế", List.of(), List.of()));
        out.add(article(FIRST_CO_DAM + 2, "Dự án khai khoáng lớn nhất miền Trung vẫn nằm im",
                "Sau nhiều năm, dự án chưa có hướng đi.", "Mỏ sắt Thạch Khê ở huyện Thạch Hà chưa được khai thác.", "PV",
                date(2021, 5, 3), "Kinh tế", List.of(), List.of()));
        for (int i = 0; i < 15; i++) {
            out.add(article(FIRST_ANCIENT + i, "Phát hiện di chỉ cổ đại số " + (i + 1),
                    "Các nhà khảo cổ tìm thấy đồ gốm cổ đại.", "Đồ gốm cổ đại có niên đại hàng nghìn năm.", "PV",
                    date(2021, 6, 1 + i), "Khoa học", List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aChangedNameATitleOrSapoWritesIsOnlyOffered() throws Exception {
        boolean coDam = archive.index().withSearcher(
                s -> NamesAsTyped.changesOnlyWrittenNames(s.getIndexReader(), "lạc Cổ Đạm", "lạc Cổ Đại"));
        boolean lowerCase = archive.index().withSearcher(
                s -> NamesAsTyped.changesOnlyWrittenNames(s.getIndexReader(), "lạc cổ đạm", "lạc cổ đại"));
        boolean unwritten = archive.index().withSearcher(
                s -> NamesAsTyped.changesOnlyWrittenNames(s.getIndexReader(), "di chỉ Cổ Đạn", "di chỉ Cổ Đại"));
        assertThat(coDam).as("in a sapo").isTrue();
        assertThat(lowerCase).as("not typed as a name").isFalse();
        assertThat(unwritten).as("in no title or sapo").isFalse();
    }

    @Test
    void aHaTinhPlaceTypedAsTheGazetteerWritesItIsOnlyOfferedACorrection() throws Exception {
        // the trial's 20k archive names Thạch Khê in bodies only, and Đà Nẵng's Thanh Khê in 26 articles
        boolean bodyOnly = archive.index().withSearcher(
                s -> NamesAsTyped.changesOnlyWrittenNames(s.getIndexReader(), "mỏ sắt Thạch Khê", "mỏ sắt Thanh Khê"));
        boolean notWritten = archive.index().withSearcher(
                s -> NamesAsTyped.changesOnlyWrittenNames(s.getIndexReader(), "xã Cẩm Nhượng", "xã Cẩm Nhường"));
        assertThat(bodyOnly).as("a commune of the gazetteer the archive writes").isTrue();
        assertThat(notWritten).as("a place no article writes may be corrected").isFalse();
    }

    @Test
    void aSmallResultIsNotReplacedByACorrectionOfWrittenNames() throws Exception {
        SearchRequest request = SearchRequest.builder("Cổ Đạm").build();
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        // the typed query finds 2 articles; its correction, 1,070 (the trial's 20k archive)
        Suggestion ancient = new Suggestion("Cổ Đại", Suggestion.Kind.SPELLING, 1_070, "Có phải bạn muốn tìm: Cổ Đại");
        ForgivingSearch.Pipeline pipeline = (r, p, strictness) -> new ForgivingSearch.Attempt(
                r.query().equals("Cổ Đạm")
                        ? new SearchResult(2, List.of(), 1, List.of(), List.of(), ancient, List.of())
                        : new SearchResult(1_070, List.of(), 1), 2, false);

        SearchResult kept = ForgivingSearch.search(request, parsed, 20_000, pipeline, (t, c) -> true);
        SearchResult replaced = ForgivingSearch.search(request, parsed, 20_000, pipeline, (t, c) -> false);

        assertThat(kept.correctedQuery()).isNull();
        assertThat(kept.total()).isEqualTo(2);
        assertThat(kept.suggestion()).isEqualTo(ancient);
        assertThat(replaced.correctedQuery()).isEqualTo("Cổ Đại");
    }

    @Test
    void aNameTitlesOrSaposWriteIsSearchedAsTyped() {
        SearchResult r = archive.search().search(SearchRequest.builder("Cổ Đạm").build());
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(FIRST_CO_DAM, FIRST_CO_DAM + 1);
    }
}
