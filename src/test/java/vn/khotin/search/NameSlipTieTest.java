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
 * A slip in a place's name that makes another real word ("Đức Thợ", a worker, for the district Đức Thọ) is offered
 * its correction even when the corrected query finds only as many articles as typed (a capitalised name matches its
 * other accents loosely: judged dev query Q207 found the two Đức Thọ stories either way), when the archive writes the
 * corrected name far more often; a common word's slip is not offered on that ground ("xã bắt người dân …" is not
 * "đã bắt", though far more articles write that).
 */
class NameSlipTieTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(NameSlipTieTest::articles);

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.unrelated(1, 10));
        for (int i = 0; i < 20; i++) {
            out.add(article(100 + i, "Huyện Đức Thọ thu hoạch lúa xuân, đợt " + (i + 1),
                    "Nông dân Đức Thọ được mùa.", "Năng suất lúa ở Đức Thọ đạt cao.", "PV", date(2020, 1 + i % 12, 2),
                    "Kinh tế", List.of(), List.of()));
        }
        for (int i = 0; i < 55; i++) { // "thợ" and "xã" are common words: real words that may be slips for others
            out.add(article(200 + i, "Thợ xây làm việc dưới nắng nóng, chuyện " + (i + 1), "Người thợ vất vả.",
                    "Những người thợ bắt đầu làm từ sáng sớm.", "PV", date(2021, 1 + i % 12, 3), "Xã hội", List.of(),
                    List.of()));
        }
        for (int i = 0; i < 55; i++) {
            out.add(article(300 + i, "Công an đã bắt đối tượng trộm cắp, vụ " + (i + 1), "Đối tượng đã bị bắt.",
                    "Người dân xã báo tin, công an đã bắt giữ.", "PV", date(2019, 1 + i % 12, 4), "Pháp luật",
                    List.of(), List.of()));
        }
        out.add(article(500, "Huyện Đức Thọ về đích nông thôn mới", "Đức Thọ là huyện nông thôn mới.",
                "Huyện Đức Thọ hoàn thành các tiêu chí nông thôn mới.", "PV", date(2022, 3, 3), "Xã hội", List.of(),
                List.of()));
        out.add(article(501, "Xã bắt người dân đóng tiền xây nhà văn hóa", "Người dân bức xúc.",
                "Xã bắt mỗi hộ đóng hai triệu đồng.", "PV", date(2022, 4, 4), "Xã hội", List.of(), List.of()));
        for (int i = 0; i < 8; i++) { // another name of the same letters: the typed one is read loosely, by its letters
            out.add(article(600 + i, "Chủ tịch Huỳnh Đức Thơ tiếp công dân, kỳ " + (i + 1),
                    "Ông Huỳnh Đức Thơ lắng nghe.",
                    "Ông Đức Thơ hứa giải quyết.", "PV", date(2018, 1 + i, 6), "Thời sự", List.of(), List.of()));
        }
        return out;
    }

    /** The spelling suggestion for a query that finds {@code total} articles, its correction as many. */
    private static String onATie(String query, long total) {
        SpellingSuggestion spelling = new SpellingSuggestion(TextAnalysis.get(),
                new WordFormsCache(archive.index(), org.slf4j.LoggerFactory.getLogger(NameSlipTieTest.class)));
        Suggestion s = archive.index().withSearcher(searcher -> spelling.suggest(searcher, query, total,
                (x, text) -> total));
        return s == null ? null : s.query();
    }

    @Test
    void aNameTheArchiveWritesFarMoreOftenIsOfferedOnATie() {
        assertThat(onATie("huyện Đức Thợ về đích nông thôn mới", 2)).isEqualTo("huyện Đức Thọ về đích nông thôn mới");
    }

    @Test
    void aCommonWordIsNotCorrectedOnATie() {
        assertThat(onATie("xã bắt người dân đóng tiền xây nhà văn hóa", 2)).isNull();
    }
}
