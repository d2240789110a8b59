package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khotin.index.ArticleSchema;

class ArticleSearchTest {

    @RegisterExtension
    static final SearchFixture archive = SearchFixture.of(Fixtures::articles);

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchResult run(String q) {
        // Exactly as typed: the forgiving behaviours (corrections, most-words matches) are tested on their own.
        return archive.search().search(SearchRequest.builder(q).collapseDuplicates(false).lenient(false).build());
    }

    @Test
    void wordsMatchAcrossFieldsAndTitleRanksFirst() {
        SearchResult r = run("Vũng Áng đầu tư");
        assertThat(ids(r)).first().isEqualTo(1003L);
    }

    @Test
    void unaccentedQueryFindsAccentedText() {
        assertThat(ids(run("vung ang"))).contains(1003L);
        assertThat(ids(run("ha tinh ocop"))).containsExactly(1004L);
    }

    @Test
    void accentedQueryPrefersExactDiacritics() {
        // "hạ thủy" is in 1005's title and 1007's title; "hà" alone must rank the exact form first.
        SearchResult r = run("hạ thủy");
        assertThat(ids(r)).containsExactlyInAnyOrder(1005L, 1007L);
        SearchResult ha = run("hà tiện");
        assertThat(ids(ha)).first().isEqualTo(1007L);
    }

    @Test
    void phraseExcludeOrAndFields() {
        assertThat(ids(run("\"ứng phó mưa lũ\""))).containsExactlyInAnyOrder(1001L, 1002L);
        assertThat(ids(run("Kỳ Anh -\"Vũng Áng\""))).containsExactlyInAnyOrder(1001L, 1002L);
        // "TX" is an abbreviation of "thị xã": excluding it excludes both spellings.
        assertThat(ids(run("mưa lũ -TX"))).isEmpty();
        assertThat(ids(run("OCOP OR \"tàu cá\""))).containsExactlyInAnyOrder(1004L, 1005L);
        assertThat(ids(run("tiêu đề:OCOP"))).containsExactly(1004L);
        assertThat(ids(run("tác giả:\"Thu Trang\""))).containsExactlyInAnyOrder(1003L, 1004L);
        assertThat(ids(run("chuyen muc:\"the thao\""))).containsExactly(1006L);
        assertThat(ids(run("tag:OCOP"))).containsExactly(1004L);
        assertThat(ids(run("địa danh:\"Vũng Áng\""))).containsExactly(1003L);
    }

    @Test
    void proximityPhrase() {
        assertThat(ids(run("\"tàu cá vỏ thép\"~0"))).containsExactly(1005L);
        assertThat(ids(run("\"ngư dân tàu\"~0"))).isEmpty();
        assertThat(ids(run("\"ngư dân tàu\"~5"))).contains(1005L);
    }

    @Test
    void dateRangeInQueryAndParameters() {
        assertThat(ids(run("từ:2025"))).containsExactlyInAnyOrder(1006L, 1007L);
        assertThat(ids(run("Kỳ Anh từ:11/2024 đến:2024"))).containsExactly(1003L);
        SearchResult r = archive.search().search(SearchRequest.builder("").dates(java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.of(2022, 12, 31)).build());
        assertThat(ids(r)).containsExactly(1005L);
    }

    @Test
    void abbreviationFindsExpansionAndIsHighlighted() {
        SearchResult r = run("ủy ban nhân dân");
        assertThat(ids(r)).contains(1004L);
        SearchResult abbr = run("UBND tỉnh OCOP");
        assertThat(ids(abbr)).contains(1004L);
        String snippet = vn.khotin.web.Snippets.html(abbr.hits().get(0).snippet());
        assertThat(snippet).contains("<mark>");
    }

    @Test
    void snippetsMarkFoldedMatchesAndEscape() {
        SearchResult r = run("vung ang");
        SearchHit hit = r.hits().stream().filter(h -> h.id() == 1003L).findFirst().orElseThrow();
        // As shown: the web layer renders the search's highlights (plain text and marks) as HTML.
        assertThat(vn.khotin.web.Snippets.html(hit.snippet())).contains("<mark>Vũng</mark>");
        assertThat(vn.khotin.web.Snippets.html(hit.titleHighlight())).contains("<mark>Vũng</mark>");
        String stripped = vn.khotin.web.Snippets.html(hit.snippet()).replace("<mark>", "").replace("</mark>", "");
        assertThat(stripped).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void sortByDate() {
        SearchResult newest = archive.search().search(SearchRequest.builder("Hà Tĩnh").sort(SearchRequest.Sort.NEWEST)
                .collapseDuplicates(false).size(20).build());
        List<Long> ids = ids(newest);
        assertThat(ids.indexOf(1007L)).isLessThan(ids.indexOf(1004L));
        SearchResult oldest = archive.search().search(SearchRequest.builder("").sort(SearchRequest.Sort.OLDEST)
                .build());
        assertThat(ids(oldest)).first().isEqualTo(1005L);
    }

    @Test
    void facetsTimelineAndDrillDown() {
        SearchResult r = archive.search().search(SearchRequest.builder("").allFacets()
                .timeline(SearchRequest.Timeline.YEAR).collapseDuplicates(false).build());
        assertThat(r.total()).isEqualTo(7);
        Map<String, Facet> f = new java.util.HashMap<>();
        r.facets().forEach(x -> f.put(x.field(), x));
        assertThat(f.get(ArticleSchema.CATEGORY).values()).first()
                .isEqualTo(new Facet.FacetValue("Kinh tế", 3, false));
        assertThat(f.get(ArticleSchema.AUTHOR).values()).extracting(Facet.FacetValue::value)
                .contains("Lê Tuấn", "Thành Chung", "Thu Trang");
        assertThat(f.get(ArticleSchema.PLACE).values()).extracting(Facet.FacetValue::value)
                .contains("Thị xã Kỳ Anh", "Khu kinh tế Vũng Áng", "Phường Thành Sen", "Huyện Thạch Hà");
        assertThat(f.get(ArticleSchema.YEAR).values()).first().isEqualTo(new Facet.FacetValue("2025", 2, false));
        assertThat(r.timeline()).extracting(TimelineBucket::period).containsExactly("2022", "2023", "2024", "2025");
        assertThat(r.timeline()).extracting(TimelineBucket::count).containsExactly(1L, 1L, 3L, 2L);

        SearchResult drill = archive.search().search(SearchRequest.builder("").filter(ArticleSchema.CATEGORY, "Kinh tế")
                .filter(ArticleSchema.YEAR, "2024").facets(ArticleSchema.CATEGORY).collapseDuplicates(false).build());
        assertThat(ids(drill)).containsExactly(1003L);
        assertThat(drill.facets().get(0).values()).filteredOn(Facet.FacetValue::selected)
                .extracting(Facet.FacetValue::value).containsExactly("Kinh tế");
    }

    @Test
    void aSelectedFacetKeepsCountingItsOtherValuesSoTheyCanBeAdded() {
        SearchResult r = archive.search().search(SearchRequest.builder("").filter(ArticleSchema.CATEGORY, "Kinh tế")
                .filter(ArticleSchema.YEAR, "2024").facets(ArticleSchema.CATEGORY, ArticleSchema.YEAR, ArticleSchema.AUTHOR)
                .timeline(SearchRequest.Timeline.YEAR).collapseDuplicates(false).build());
        assertThat(ids(r)).containsExactly(1003L);
        Map<String, Facet> f = new java.util.HashMap<>();
        r.facets().forEach(x -> f.put(x.field(), x));
        // Category counted over 2024 (its own filter left out): both categories of that year, the chosen one marked.
        assertThat(f.get(ArticleSchema.CATEGORY).values()).containsExactly(
                new Facet.FacetValue("Xã hội", 2, false), new Facet.FacetValue("Kinh tế", 1, true));
        // Year counted over "Kinh tế": every year that category has.
        assertThat(f.get(ArticleSchema.YEAR).values()).containsExactly(new Facet.FacetValue("2024", 1, true),
                new Facet.FacetValue("2023", 1, false), new Facet.FacetValue("2022", 1, false));
        // A field without a selection, the total and the timeline describe the results themselves.
        assertThat(f.get(ArticleSchema.AUTHOR).values()).extracting(Facet.FacetValue::value).containsExactly("Thu Trang");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.timeline()).extracting(TimelineBucket::period).containsExactly("2024");

        // Adding the other value of the same field widens the results (any of the values).
        SearchResult both = archive.search().search(SearchRequest.builder("").filter(ArticleSchema.CATEGORY, "Kinh tế")
                .filter(ArticleSchema.CATEGORY, "Xã hội").filter(ArticleSchema.YEAR, "2024").collapseDuplicates(false)
                .build());
        assertThat(ids(both)).containsExactlyInAnyOrder(1001L, 1002L, 1003L);
        // One filter, no facets asked.
        assertThat(archive.search().search(SearchRequest.builder("").filter(ArticleSchema.CATEGORY, "Kinh tế")
                .collapseDuplicates(false).build()).total()).isEqualTo(3);
    }

    @Test
    void monthTimelineFillsGaps() {
        SearchResult r = archive.search().search(SearchRequest.builder("Kỳ Anh").timeline(SearchRequest.Timeline.MONTH)
                .collapseDuplicates(false).lenient(false).build());
        assertThat(r.timeline()).extracting(TimelineBucket::period).containsExactly("2024-10", "2024-11");
        assertThat(r.timeline().get(0).count()).isEqualTo(2);
    }

    @Test
    void nearDuplicatesAreCollapsedWithCount() {
        SearchResult r = archive.search().search(SearchRequest.of("ứng phó mưa lũ", 10));
        assertThat(r.hits()).hasSize(1);
        SearchHit hit = r.hits().get(0);
        assertThat(hit.duplicates()).isEqualTo(1);
        assertThat(hit.duplicateIds()).hasSize(1);
        assertThat(List.of(hit.id(), hit.duplicateIds().get(0))).containsExactlyInAnyOrder(1001L, 1002L);
        // Without collapsing both copies show, each knowing the other.
        SearchResult all = run("ứng phó mưa lũ");
        assertThat(all.hits()).hasSize(2).allMatch(h -> h.duplicates() == 1);
    }

    @Test
    void explainOnRequest() {
        SearchResult r = archive.search().search(SearchRequest.builder("OCOP").explain(true).build());
        assertThat(r.hits().get(0).explanation()).contains("weight(");
        assertThat(archive.search().explain("OCOP", 1004)).get().asString().contains("title");
        assertThat(run("OCOP").hits().get(0).explanation()).isNull();
    }

    @Test
    void malformedQueriesAreAnswered() {
        String bomb = "a".repeat(10_000);
        for (String q : List.of("\"Kỳ Anh", "OR OR -", "- - \"\"", "title:", "((((", "*a*?", "/.*.*.*.*/",
                "tiêu đề:\"", "từ:99/99/9999 đến:abc", "~~~\"~5", bomb, "a* b* c* d*", "\u0000\u0001:x",
                "AND NOT OR", "x".repeat(200) + " " + "ab ".repeat(600))) {
            SearchResult r = archive.search().search(SearchRequest.of(q, 10));
            assertThat(r).as(q.length() > 50 ? q.substring(0, 50) : q).isNotNull();
        }
        assertThat(ids(run("\"Vũng Áng"))).contains(1003L);
        assertThat(archive.search().search(SearchRequest.of("từ:99/99/9999", 10)).warnings()).isNotEmpty();
    }

    @Test
    void suggestionsRestoreAccentsAndRepairTelex() {
        SearchResult r = archive.search().search(SearchRequest.builder("ha tinh ocop").lenient(false).build());
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().kind()).isEqualTo(Suggestion.Kind.ACCENTS);
        assertThat(r.suggestion().query()).startsWith("hà tĩnh"); // the typed case is kept
        // places are written as names (in lower case "kỳ anh" is two syllables anywhere); other words keep the typed case
        assertThat(archive.search().suggestions().restoreAccents("vung ang ky anh")).isEqualTo("Vũng Áng Kỳ Anh");
        assertThat(archive.search().suggestions().restoreAccents("ky anh")).isEqualTo("Kỳ Anh");
        assertThat(archive.search().suggestions().restoreAccents("Vung Ang Ky Anh")).isEqualTo("Vũng Áng Kỳ Anh");
        SearchResult telex = archive.search().search(SearchRequest.builder("nguw daan").lenient(false).build());
        assertThat(telex.suggestion()).isNotNull();
        assertThat(telex.suggestion().query()).isEqualTo("ngư dân");
        assertThat(telex.suggestion().message()).startsWith("Có phải bạn muốn tìm");
    }

    @Test
    void spellingSuggestion() {
        SearchResult r = archive.search().search(SearchRequest.builder("sản phẩn").lenient(false).build());
        assertThat(r.suggestion()).isNotNull();
        assertThat(r.suggestion().query()).isEqualTo("sản phẩm");
    }

    @Test
    void autocomplete() {
        var c = archive.search().suggestions().complete("vung", 6);
        assertThat(c).extracting(Suggestions.Completion::text).contains("Vũng Áng");
        assertThat(c).anyMatch(x -> x.kind() == Suggestions.Completion.Kind.TITLE && x.articleId() == 1003L);
    }

    /** A completion's count is the articles the search finds for it, not how often titles and sapos write it. */
    @Test
    void aCompletionCountsTheArticlesThatWriteIt() {
        for (String typed : List.of("vung", "Hà T", "lu")) {
            for (var c : archive.search().suggestions().complete(typed, 6)) {
                if (c.kind() == Suggestions.Completion.Kind.TERM) {
                    long found = archive.search().search(SearchRequest.of("\"" + c.text() + "\"", 1)).total();
                    assertThat(c.count()).as(c.text()).isEqualTo(found);
                }
            }
        }
    }

    @Test
    void jsonKeepsTheOriginalNamesAndIsValid() throws Exception {
        var mapper = vn.khotin.index.ArticleJson.newMapper();
        SearchResult r = archive.search().search(SearchRequest.builder("").allFacets()
                .timeline(SearchRequest.Timeline.MONTH).build());
        var tree = mapper.readTree(mapper.writeValueAsString(r));
        assertThat(tree.has("total")).isTrue();
        var hit = tree.get("hits").get(0);
        for (String k : List.of("id", "url", "title", "sapo", "published", "category", "snippet")) {
            assertThat(hit.has(k)).as(k).isTrue();
        }
        assertThat(tree.get("facets").size()).isEqualTo(vn.khotin.model.Fields.FACETS.size());
        assertThat(tree.get("timeline").size()).isGreaterThan(30);
    }

    @Test
    void helpTextIsVietnamese() {
        assertThat(ArticleSearch.helpText()).contains("tiêu đề:", "tác giả:", "địa danh:", "từ:", "\"lễ hội\"");
    }
}
