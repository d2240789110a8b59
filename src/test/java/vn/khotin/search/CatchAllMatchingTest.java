package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.search.Fixtures.article;
import static vn.khotin.search.Fixtures.date;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;

/**
 * The catch-all matching field is a cheaper way to find the same articles, not a different search: for every kind
 * of query, its matching form matches exactly the articles of the per-field query, and while every match is a
 * candidate the ranked hits are the same, in the same order and with the same scores.
 */
class CatchAllMatchingTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(CatchAllMatchingTest::articles);
    static final QueryCompiler FULL = new QueryCompiler(TextAnalysis.get());
    static final QueryCompiler CATCH_ALL = new QueryCompiler(TextAnalysis.get(), () -> true, () -> false);

    /** Plain words, unaccented and mixed, a wrong accent, a year, an abbreviation, a code, filters, exclusions. */
    static final List<String> QUERIES = List.of("mưa lũ Kỳ Anh", "mua lu ky anh", "Kỳ anh mua lũ", "Vũng Áng",
            "vung ang dau tu", "Hà Tĩnh", "ha tinh", "Hà Tỉnh", "OCOP 4 sao", "tàu cá 2022", "UBND tỉnh",
            "khu kinh tế -Vũng", "bóng đá chuyên mục:\"Thể thao\"", "cảng biển Vũng Áng", "thị xã Kỳ Anh",
            "Ngư dân Thạch Hà vươn khơi", "ảnh minh họa", "nước sông dâng cao", "đầu tư Kỳ Anh 2024");

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>(Fixtures.articles());
        // Words in one field only: title, sapo, body or caption ("Ảnh minh họa cho bài …" in every caption)
        for (int i = 0; i < 40; i++) {
            articles.add(article(2000 + i, i % 2 == 0 ? "Kỳ Anh đón mưa lũ, bản tin " + i : "Bản tin thời tiết " + i,
                    i % 3 == 0 ? "Nước sông dâng cao ở Kỳ Anh." : "Trời mưa to.",
                    i % 4 == 0 ? "Tàu cá tránh trú bão an toàn, cảng biển Vũng Áng đóng cửa." : "Người dân đề phòng.",
                    "PV", date(2020 + i % 5, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "Xã hội" : "Thời tiết", List.of(),
                    List.of()));
        }
        return articles;
    }

    @Test
    void theIndexHasTheCatchAllField() {
        assertThat(archive.index().hasCatchAll()).isTrue();
    }

    @Test
    void theMatchingFormMatchesExactlyTheArticlesOfThePerFieldQuery() throws Exception {
        archive.index().withSearcher(searcher -> {
            int withForm = 0;
            for (String q : QUERIES) {
                for (Strictness strictness : Strictness.values()) {
                    RequestQueries queries = compile(CATCH_ALL, searcher, q, strictness);
                    if (queries.matching() == null) {
                        continue;
                    }
                    withForm++;
                    RequestQueries full = compile(FULL, searcher, q, strictness);
                    assertThat(matches(searcher, queries.matching())).as(q + " (" + strictness + ")")
                            .isEqualTo(matches(searcher, full.query()));
                    // the text alone, as a facet with a selection is counted
                    assertThat(matches(searcher, queries.textCounting())).as(q + " (text)")
                            .isEqualTo(matches(searcher, full.text()));
                }
            }
            assertThat(withForm).as("queries with a matching form").isGreaterThanOrEqualTo(QUERIES.size());
            return null;
        });
    }

    @Test
    void whileEveryMatchIsACandidateTheHitsAreRankedAsByThePerFieldQuery() throws Exception {
        archive.index().withSearcher(searcher -> {
            for (String q : QUERIES) {
                for (Strictness strictness : Strictness.values()) {
                    SearchPlan catchAll = plan(CATCH_ALL, searcher, q, strictness);
                    SearchPlan full = plan(FULL, searcher, q, strictness);
                    assertThat(hits(TopHits.collect(searcher, catchAll))).as(q + " (" + strictness + ")")
                            .isEqualTo(hits(TopHits.collect(searcher, full)));
                }
            }
            return null;
        });
    }

    @Test
    void wordsSearchedInOneFieldHaveNoMatchingForm() throws Exception {
        archive.index().withSearcher(searcher -> {
            assertThat(compile(CATCH_ALL, searcher, "tiêu đề:\"Kỳ Anh\"", Strictness.WHOLE_WORDS).matching()).isNull();
            assertThat(compile(CATCH_ALL, searcher, "\"Kỳ Anh\"", Strictness.WHOLE_WORDS).matching()).isNull();
            return null;
        });
    }

    private static SearchPlan plan(QueryCompiler compiler, IndexSearcher searcher, String q, Strictness strictness)
            throws IOException {
        SearchRequest request = SearchRequest.builder(q).size(20).build();
        return SearchPlan.of(compiler, request, QueryLanguage.parse(q), searcher.getIndexReader(), strictness);
    }

    private static RequestQueries compile(QueryCompiler compiler, IndexSearcher searcher, String q, Strictness strictness) {
        IndexReader reader = searcher.getIndexReader();
        return RequestQueries.compile(compiler, SearchRequest.builder(q).build(), QueryLanguage.parse(q), reader,
                strictness);
    }

    private static Set<Integer> matches(IndexSearcher searcher, Query q) throws IOException {
        TopDocs all = searcher.search(q, new TopScoreDocCollectorManager(10_000, null, 10_000));
        Set<Integer> docs = new HashSet<>();
        Arrays.stream(all.scoreDocs).forEach(sd -> docs.add(sd.doc));
        return docs;
    }

    private static List<String> hits(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }
}
