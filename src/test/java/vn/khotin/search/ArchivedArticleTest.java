package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;

/** {@link ArticleSearch#archived}: an article by ID with the places the indexer tagged it with. */
class ArchivedArticleTest {

    static final long STORM = 2001;
    static final long PLAIN = 2002;

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(ArchivedArticleTest::articles);

    // Cẩm Xuyên is named three times, Kỳ Anh once: the index keeps the most mentioned place first.
    static final Article STORM_ARTICLE = Fixtures.article(STORM, "Mưa lớn gây ngập cục bộ nhiều nơi",
            "Nhiều tuyến đường bị ngập sau trận mưa kéo dài từ đêm qua.",
            "Tại huyện Cẩm Xuyên, nước dâng nhanh ở các xã ven sông; lực lượng chức năng huyện Cẩm Xuyên đã "
                    + "di dời người dân đến nơi an toàn.\n"
                    + "Ở thị xã Kỳ Anh, một số tuyến đường nội thị ngập sâu. Chính quyền Cẩm Xuyên cho biết sẽ "
                    + "tiếp tục theo dõi mực nước.",
            "PV", Fixtures.date(2024, 9, 20), "Xã hội", List.of("mưa lũ"), List.of());

    static final Article PLAIN_ARTICLE = Fixtures.article(PLAIN, "Giá xăng dầu giảm nhẹ",
            "Liên bộ điều chỉnh giá xăng dầu kỳ này.", "Giá xăng giảm vài trăm đồng mỗi lít từ chiều nay.",
            "PV", Fixtures.date(2024, 9, 21), "Kinh tế", List.of(), List.of());

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>(Fixtures.articles());
        articles.add(STORM_ARTICLE);
        articles.add(PLAIN_ARTICLE);
        return articles;
    }

    @Test
    void placesComeBackWithTheArticleMostMentionedFirst() {
        ArchivedArticle a = archive.search().archived(STORM).orElseThrow();
        assertThat(a.article()).isEqualTo(STORM_ARTICLE);
        assertThat(a.places()).containsExactly("Huyện Cẩm Xuyên", "Thị xã Kỳ Anh");
        assertThat(archive.search().article(STORM)).contains(STORM_ARTICLE);
    }

    @Test
    void placesAreTheSameTheSearchHitShows() {
        SearchHit hit = archive.search().search(SearchRequest.builder("mưa lớn gây ngập cục bộ")
                .collapseDuplicates(false).build()).hits().getFirst();
        assertThat(hit.id()).isEqualTo(STORM);
        assertThat(archive.search().archived(STORM).orElseThrow().places()).isEqualTo(hit.places());
    }

    @Test
    void anArticleWithoutPlacesHasAnEmptyList() {
        assertThat(archive.search().archived(PLAIN).orElseThrow().places()).isEmpty();
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(archive.search().archived(424242)).isEmpty();
    }

    @Test
    void placesFollowTheLatestVersionOfTheArticle() throws Exception {
        ArticleIndex index = archive.index();
        Article revised = Fixtures.article(3001, "Khánh thành cầu mới", "Cầu nối đôi bờ.",
                "Cây cầu ở huyện Can Lộc vừa được khánh thành.", "PV", Fixtures.date(2024, 5, 1), "Xã hội",
                List.of(), List.of());
        index.awaitVisible(index.upsert(new IndexedArticle(revised, null, null)));
        assertThat(archive.search().archived(3001).orElseThrow().places()).containsExactly("Huyện Can Lộc");
        Article moved = Fixtures.article(3001, "Khánh thành cầu mới", "Cầu nối đôi bờ.",
                "Cây cầu ở huyện Hương Khê vừa được khánh thành.", "PV", Fixtures.date(2024, 5, 1), "Xã hội",
                List.of(), List.of());
        index.awaitVisible(index.upsert(new IndexedArticle(moved, null, null)));
        ArchivedArticle now = archive.search().archived(3001).orElseThrow();
        assertThat(now.article()).isEqualTo(moved);
        assertThat(now.places()).containsExactly("Huyện Hương Khê");
    }
}
