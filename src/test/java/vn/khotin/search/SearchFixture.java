package vn.khotin.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.khotin.index.ArticleIndex;
import vn.khotin.model.Article;

/**
 * The archive a search test class runs all its tests against, declared in one field instead of the set-up each
 * class used to repeat (a static {@code @TempDir}, a {@code @BeforeAll} that indexed the articles and opened the
 * search, an {@code @AfterAll} that closed the index):
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SearchFixture archive = SearchFixture.of(SomeTest::articles);
 *
 * &#64;Test
 * void someTest() {
 *     SearchResult r = archive.search().search(SearchRequest.builder("mưa lũ").build());
 * }
 * </pre>
 *
 * <p>Before the class's first test the articles are indexed in bulk and refreshed ({@link Fixtures#index}) in a
 * temporary directory of the fixture's own; after its last test the index is closed and the directory deleted.
 * The articles are given as a supplier, not a list, so that they are built when the class runs, not when JUnit
 * loads the class to discover its tests. A class's own {@code @BeforeAll} methods run after the archive is built,
 * so they may use it.
 *
 * <p>Every test of the class sees the same archive. A test that adds or deletes articles changes it for the tests
 * run after it, so it touches only articles no other test reads, or keeps an index of its own (as do tests that
 * need several indexes or reopen one).
 */
final class SearchFixture implements BeforeAllCallback, AfterAllCallback {

    /** Long enough for a loaded CI machine to build the statistics of the tests' small archives. */
    private static final long SUGGESTIONS_TIMEOUT_MILLIS = 60_000;

    private final Supplier<List<Article>> articles;
    private final boolean suggestionsReady;
    private Path dir;
    private ArticleIndex index;
    private ArticleSearch search;

    private SearchFixture(Supplier<List<Article>> articles, boolean suggestionsReady) {
        this.articles = articles;
        this.suggestionsReady = suggestionsReady;
    }

    /** An archive of the {@code articles} supplied ({@link Fixtures#articles} for the common small one). */
    static SearchFixture of(Supplier<List<Article>> articles) {
        return new SearchFixture(articles, false);
    }

    /**
     * The same archive with the suggestions' statistics (word forms, the accent model) built before the first
     * test, as a server that has run a while has them: spelling and accent tests must not see the answers of a
     * search that has not read its archive yet. Fails the class if they are not ready within a minute.
     */
    SearchFixture withSuggestionsReady() {
        return new SearchFixture(articles, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("khotin-search-test");
        index = Fixtures.index(dir, articles.get());
        search = new ArticleSearch(index);
        if (suggestionsReady && !search.suggestions().awaitReady(SUGGESTIONS_TIMEOUT_MILLIS)) {
            throw new IllegalStateException("the suggestions' statistics were not ready after "
                    + SUGGESTIONS_TIMEOUT_MILLIS / 1000 + " s");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (index != null) {
                index.close();
            }
        } finally {
            index = null;
            search = null;
            if (dir != null) {
                deleteRecursively(dir);
                dir = null;
            }
        }
    }

    /** The archive's index, to read it as the search does or to build another search over it. */
    ArticleIndex index() {
        return built(index);
    }

    /** The search over the archive, shared by the class's tests (as a server's is by its requests). */
    ArticleSearch search() {
        return built(search);
    }

    private static <T> T built(T part) {
        if (part == null) {
            throw new IllegalStateException("the archive exists from the class's first test to its last only "
                    + "(is the fixture a static field with @RegisterExtension?)");
        }
        return part;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
