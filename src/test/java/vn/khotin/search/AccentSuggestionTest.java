package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.analysis.AccentModel;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.model.Article;

/**
 * "Có phải bạn muốn tìm …" for queries typed without diacritics, on an archive where the most frequent form of
 * each single word is the wrong one for the phrase (the names Trương and Phố, "nhận", "đổi" are everywhere):
 * only the phrase-level model gets the phrases right.
 */
class AccentSuggestionTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(() -> articles(1));

    /** The fixture articles and {@code copies} copies of two articles full of the misleading forms. */
    static List<Article> articles(int copies) {
        List<Article> articles = new ArrayList<>(Fixtures.articles());
        for (int i = 0; i < copies; i++) {
            articles.add(Fixtures.article(2001 + 2 * i, "Ông Trương Văn Nhận nhận nhiệm vụ mới",
                    "Ông Trương Văn Nhận nhận quyết định điều động, thay đổi vị trí công tác.",
                    "Ông Trương Văn Nhận cho biết sẽ đổi mới cách làm. Bà Trương Thị Phố nhận hoa chúc mừng.",
                    "PV", Fixtures.date(2024, 1, 5), "Chính trị", List.of(), List.of()));
            articles.add(Fixtures.article(2002 + 2 * i, "Phố Trương Công Phố đổi tên",
                    "Người dân nhận tin phố đổi tên với nhiều thay đổi.",
                    "Nhiều hộ dân nhận giấy tờ mới sau khi đổi tên phố. Bộ đội biên phòng giúp dân sửa nhà;"
                            + " trường học của xã cũng được sửa.",
                    "PV", Fixtures.date(2024, 2, 7), "Xã hội", List.of(), List.of()));
        }
        articles.add(Fixtures.article(2999, "Du khách quốc tế đến Việt Nam tăng mạnh",
                "Việt Nam đón hơn một triệu lượt khách trong tháng.", "Khách đến Việt Nam chủ yếu từ châu Á.", "PV",
                Fixtures.date(2024, 3, 1), "Du lịch", List.of(), List.of()));
        return articles;
    }

    @Test
    void phrasesComeOutAsTheArchiveAndTheLexiconWriteThem() {
        Suggestions s = archive.search().suggestions();
        assertThat(s.restoreAccents("uy ban nhan dan")).isEqualTo("ủy ban nhân dân");
        assertThat(s.restoreAccents("truong hoc")).isEqualTo("trường học");
        assertThat(s.restoreAccents("bo doi")).isEqualTo("bộ đội");
        assertThat(s.restoreAccents("thanh pho ha tinh")).isEqualTo("thành phố hà tĩnh");
    }

    @Test
    void theTypedCaseIsKeptAndAccentedWordsAndAbbreviationsStay() {
        Suggestions s = archive.search().suggestions();
        assertThat(s.restoreAccents("Thanh pho Ha Tinh")).isEqualTo("Thành phố Hà Tĩnh");
        // a capital on one word of the province's name says the name was meant, not "Hà tĩnh"
        assertThat(s.restoreAccents("Ha tinh mua lu")).startsWith("Hà Tĩnh ");
        assertThat(s.restoreAccents("UBND thanh pho")).isEqualTo("UBND thành phố");
        // "bỏ" is what the user typed: it stays, and only the unaccented word is restored
        assertThat(s.restoreAccents("bỏ doi")).startsWith("bỏ ");
        assertThat(s.restoreAccents("trương hoc")).startsWith("trương ");
        assertThat(s.restoreAccents("bộ đội")).isEmpty();
    }

    /**
     * A query typed in capitals with its accents is offered nothing: "VIỆT NAM" was offered "VIỆT Nam" (a trial), its
     * level-tone word restored in the case the archive writes it.
     */
    @Test
    void aQueryInCapitalsIsNotOfferedInOtherCapitals() {
        for (String q : List.of("VIỆT NAM", "KHÁCH ĐẾN VIỆT NAM")) {
            assertThat(archive.search().search(SearchRequest.of(q, 10)).suggestion()).as(q).isNull();
        }
    }

    @Test
    void aLargerArchiveTrainsItsModelInTheBackgroundAndThenUsesIt(@TempDir Path other) throws Exception {
        try (ArticleIndex larger = Fixtures.index(other, articles(QueryAccents.SYNC_BUILD_DOCS / 2 + 1))) {
            Suggestions s = new ArticleSearch(larger).suggestions();
            assertThat(s.awaitReady(120_000)).isTrue();
            assertThat(s.restoreAccents("uy ban nhan dan")).isEqualTo("ủy ban nhân dân");
        }
    }

    /**
     * The derived files once the background thread has saved the model: it is saved (and older files deleted) just
     * after the model is put to use, so a test that reads the directory at once can see the moment in between.
     */
    private static List<String> savedFiles(ArticleIndex index) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> files = accentModelFiles(index);
        while (!files.equals(List.of(QueryAccents.fileName())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            files = accentModelFiles(index);
        }
        return files;
    }

    /** The accent model's files among the derived files (the word statistics are saved there too). */
    private static List<String> accentModelFiles(ArticleIndex index) throws Exception {
        return index.derived().list().stream().filter(f -> f.startsWith("accent-model-")).toList();
    }

    @Test
    void aRestartedSearchLoadsTheModelSavedBesideTheIndexInsteadOfTrainingAgain(@TempDir Path other) throws Exception {
        try (ArticleIndex larger = Fixtures.index(other, articles(QueryAccents.SYNC_BUILD_DOCS / 2 + 1))) {
            Suggestions s = new ArticleSearch(larger).suggestions();
            assertThat(s.awaitReady(120_000)).isTrue();
            assertThat(s.accentModelFromFile()).isFalse();
            assertThat(savedFiles(larger)).containsExactly(QueryAccents.fileName());
        }
        try (ArticleIndex reopened = ArticleIndex.open(other, IndexOptions.BULK)) {
            Suggestions s = new ArticleSearch(reopened).suggestions();
            assertThat(s.awaitReady(120_000)).isTrue();
            assertThat(s.accentModelFromFile()).isTrue();
            assertThat(s.restoreAccents("uy ban nhan dan")).isEqualTo("ủy ban nhân dân");
            assertThat(s.restoreAccents("bo doi")).isEqualTo("bộ đội");
        }
    }

    @Test
    void anUnreadableSavedModelIsTrainedAgainAndReplaced(@TempDir Path other) throws Exception {
        try (ArticleIndex larger = Fixtures.index(other, articles(QueryAccents.SYNC_BUILD_DOCS / 2 + 1))) {
            larger.derived().write(QueryAccents.fileName(), f -> Files.writeString(f, "not a model"));
            larger.derived().write("accent-model-0badf00d.kam", f -> Files.writeString(f, "an older recipe's model"));
            Suggestions s = new ArticleSearch(larger).suggestions();
            assertThat(s.awaitReady(120_000)).isTrue();
            assertThat(s.accentModelFromFile()).isFalse();
            assertThat(s.restoreAccents("uy ban nhan dan")).isEqualTo("ủy ban nhân dân");
            assertThat(savedFiles(larger)).containsExactly(QueryAccents.fileName());
            assertThat(AccentModel.load(larger.derived().path(QueryAccents.fileName())).documents())
                    .isEqualTo(larger.count());
        }
    }

    @Test
    void anIndexOpenedReadOnlyGetsNoModelFileWritten(@TempDir Path other) throws Exception {
        Fixtures.index(other, articles(QueryAccents.SYNC_BUILD_DOCS / 2 + 1)).close();
        Files.deleteIfExists(other.resolve("khotin-derived-" + QueryAccents.fileName()));
        try (ArticleIndex readOnly = ArticleIndex.openReadOnly(other)) {
            Suggestions s = new ArticleSearch(readOnly).suggestions();
            assertThat(s.awaitReady(120_000)).isTrue();
            assertThat(s.restoreAccents("bo doi")).isEqualTo("bộ đội");
            assertThat(readOnly.derived().list()).isEmpty(); // neither the model nor the word statistics
        }
    }

    @Test
    void theSearchPageOffersTheRestoredQuery() {
        SearchResult r = archive.search().search(SearchRequest.builder("uy ban nhan dan").lenient(false).build());
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().kind()).isEqualTo(Suggestion.Kind.ACCENTS);
        assertThat(r.suggestion().query()).isEqualTo("ủy ban nhân dân");
        assertThat(r.suggestion().message()).isEqualTo("Có phải bạn muốn tìm: ủy ban nhân dân");
    }
}
