package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;

/**
 * A large archive's word statistics are built in the background, saved beside the index and loaded by the next
 * instance; a file that cannot be read is built again and replaced. (A tiny synchronous-build limit stands in for
 * the 20,000 articles above which a server builds them in the background.)
 */
class SavedWordFormsTest {

    private static ArticleIndex archive(Path dir) throws Exception {
        ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK);
        for (Article a : Fixtures.articles()) {
            index.upsert(new IndexedArticle(a, null, null));
        }
        index.refresh();
        return index;
    }

    private static WordForms awaitStats(ArticleIndex index, WordFormsCache cache) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!cache.ready() && System.nanoTime() < deadline) {
            index.withSearcher(s -> cache.get(s));
            Thread.sleep(20);
        }
        return index.withSearcher(s -> cache.get(s));
    }

    private static List<String> savedFiles(ArticleIndex index) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> files = index.derived().list();
        while (!files.equals(List.of(WordFormsCache.FILE)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            files = index.derived().list();
        }
        return files;
    }

    @Test
    void theNextInstanceLoadsTheSavedStatisticsAndGetsTheSameAnswers(@TempDir Path dir) throws Exception {
        long pairs;
        WordForms built;
        try (ArticleIndex index = archive(dir)) {
            WordFormsCache cache = new WordFormsCache(index, LoggerFactory.getLogger(getClass()), 1);
            built = awaitStats(index, cache);
            assertThat(cache.loadedFromFile()).isFalse();
            assertThat(savedFiles(index)).containsExactly(WordFormsCache.FILE);
            pairs = built.pairCount("Hà", "Tĩnh");
            assertThat(pairs).isPositive();
        }
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            WordFormsCache cache = new WordFormsCache(index, LoggerFactory.getLogger(getClass()), 1);
            WordForms loaded = awaitStats(index, cache);
            assertThat(cache.loadedFromFile()).isTrue();
            assertThat(loaded.pairCount("Hà", "Tĩnh")).isEqualTo(pairs);
            // every key, its best form, its count and its spellings (written pair counts) come back as saved
            assertThat(loaded.forms()).isEqualTo(built.forms());
            assertThat(loaded.forms().values()).anyMatch(f -> !f.written().isEmpty());
            assertThat(loaded.restoreAccents("ha tinh")).isEqualTo(
                    WordForms.build(index.withSearcher(s -> s.getIndexReader()), 300_000).restoreAccents("ha tinh"));
        }
    }

    @Test
    void anUnreadableOrOlderFileIsBuiltAgainAndReplaced(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = archive(dir)) {
            index.derived().write(WordFormsCache.FILE, f -> Files.writeString(f, "not statistics"));
            index.derived().write(WordFormsCache.FILE_PREFIX + "1.bin", f -> Files.writeString(f, "an older format"));
            WordFormsCache cache = new WordFormsCache(index, LoggerFactory.getLogger(getClass()), 1);
            assertThat(awaitStats(index, cache).pairCount("Hà", "Tĩnh")).isPositive();
            assertThat(cache.loadedFromFile()).isFalse();
            assertThat(savedFiles(index)).containsExactly(WordFormsCache.FILE);
            assertThat(WordFormsFile.load(index.derived().path(WordFormsCache.FILE)).docs()).isEqualTo(index.count());
        }
    }
}
