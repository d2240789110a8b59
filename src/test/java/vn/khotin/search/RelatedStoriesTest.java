package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;

class RelatedStoriesTest {

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static RelatedStories related;

    @BeforeAll
    static void setUp() throws Exception {
        index = Fixtures.index(dir);
        related = new RelatedStories(index);
    }

    @AfterAll
    static void tearDown() throws Exception {
        index.close();
    }

    @Test
    void excludesItselfAndItsCopiesAndGivesReasons() {
        List<RelatedStory> r = related.forArticle(1001, 5);
        assertThat(r).extracting(RelatedStory::id).doesNotContain(1001L, 1002L);
        assertThat(r).isNotEmpty();
        RelatedStory first = r.get(0);
        assertThat(first.id()).isEqualTo(1003L);
        assertThat(first.sharedPlaces()).contains("Thị xã Kỳ Anh");
        assertThat(first.reason()).contains("Cùng địa danh: Thị xã Kỳ Anh").contains("ngày");
    }

    @Test
    void draftTextFindsArchivedStories() {
        List<RelatedStory> r = related.forDraft("Ngư dân Thạch Hà vươn khơi",
                "Sau khi hạ thủy tàu cá vỏ thép, ngư dân huyện Thạch Hà chuẩn bị chuyến biển dài ngày.", null, 3);
        assertThat(r).extracting(RelatedStory::id).first().isEqualTo(1005L);
        assertThat(r.get(0).sharedTerms()).isNotEmpty();
        assertThat(r.get(0).reason()).contains("Cùng nói về");
    }

    @Test
    void unknownArticleGivesNothingAndBaselineRuns() {
        assertThat(related.forArticle(42, 5)).isEmpty();
        assertThat(related.plainMoreLikeThis(1001, 5)).doesNotContain(1001L);
    }
}
