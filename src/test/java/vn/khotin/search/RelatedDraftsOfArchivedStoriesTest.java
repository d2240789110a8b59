package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.search.eval.CorpusArticles;

/**
 * The editor's commonest drafts: an archived story reworked, or a follow-up written over it. Their related stories
 * are the archived story's, not nothing: on real news from the shared corpus (skipped when it is absent), the draft
 * finds that story far above every other candidate, and measured against it the rest fell below the cut-off.
 */
class RelatedDraftsOfArchivedStoriesTest {

    private static final int ARCHIVE = 800;
    private static final int SOURCES = 20;

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static RelatedStories related;
    static List<Article> articles;

    @BeforeAll
    static void setUp() throws Exception {
        if (!Files.isRegularFile(CorpusArticles.DEFAULT)) {
            return;
        }
        articles = CorpusArticles.read(CorpusArticles.DEFAULT, ARCHIVE);
        index = ArticleIndex.open(dir, IndexOptions.BULK);
        for (Article a : articles) {
            index.upsert(new IndexedArticle(a, null, null));
        }
        index.refresh();
        related = new RelatedStories(index);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aReworkedStoryKeepsMostOfTheArchivedStorysRelatedStories() {
        assumeTrue(index != null, "shared corpus absent: " + CorpusArticles.DEFAULT);
        int archivedStories = 0;
        int kept = 0;
        for (Article src : sources()) {
            List<Long> archived = ids(related.forArticle(src.id(), 5));
            RelatedResult draft = related.forDraft(src.title(), text(src), src.published(), 5);
            assertThat(ids(draft)).as("the story itself is a copy, not a related story").doesNotContain(src.id());
            archivedStories += archived.size();
            kept += (int) ids(draft).stream().filter(archived::contains).count();
        }
        assertThat(archivedStories).as("the sources have related stories").isGreaterThan(SOURCES);
        assertThat(kept).as("of %d related stories of the archived sources", archivedStories)
                .isGreaterThanOrEqualTo(archivedStories * 6 / 10);
    }

    @Test
    void aFollowUpFindsMoreThanTheStoryItFollows() {
        assumeTrue(index != null, "shared corpus absent: " + CorpusArticles.DEFAULT);
        int archivedStories = 0;
        int kept = 0;
        for (Article src : sources()) {
            List<Long> archived = ids(related.forArticle(src.id(), 5));
            // near enough to the archived story to be its copy by text, or far enough to be listed: either way,
            // what the archived story is related to, the follow-up is too
            RelatedResult followUp = related.forDraft("Tin mới: " + src.title(),
                    "Thông tin mới nhất về vụ việc được cơ quan chức năng công bố sáng nay.\n" + text(src),
                    src.published() == null ? null : src.published().plusDays(2), 6);
            archivedStories += archived.size();
            kept += (int) ids(followUp).stream().filter(archived::contains).count();
        }
        assertThat(kept).as("of %d related stories of the archived sources", archivedStories)
                .isGreaterThanOrEqualTo(archivedStories * 6 / 10);
    }

    private static List<Article> sources() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            out.add(articles.get(i * (ARCHIVE / SOURCES) + 7));
        }
        return out;
    }

    private static String text(Article a) {
        return (a.sapo() == null || a.sapo().isBlank() ? "" : a.sapo() + "\n") + a.bodyText();
    }

    private static List<Long> ids(RelatedResult r) {
        return r.stories().stream().map(RelatedStory::id).toList();
    }
}
