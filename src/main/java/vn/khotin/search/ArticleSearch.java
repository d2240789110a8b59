package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.khotin.extract.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;

/**
 * Searches the article index. Plain Java, usable without the web layer. Never throws for a malformed
 * query: the parser treats unbalanced quotes and stray operators as plain text.
 */
public final class ArticleSearch {

    private static final Map<String, Float> WEIGHTS =
            Map.of(ArticleSchema.TITLE, 3f, ArticleSchema.SAPO, 2f, ArticleSchema.BODY, 1f);
    private static final Sort NEWEST_FIRST =
            new Sort(new SortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, true));

    private final ArticleIndex index;
    private final Analyzer analyzer;

    public ArticleSearch(ArticleIndex index) {
        this.index = index;
        this.analyzer = ArticleSchema.textAnalyzer();
    }

    /** Runs a search. */
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        return index.withSearcher(searcher -> {
            Query query = parse(request.query());
            int window = request.from() + request.size();
            TopDocs top = query instanceof MatchAllDocsQuery
                    ? searcher.search(query, window, NEWEST_FIRST)
                    : searcher.search(query, window);
            List<SearchHit> hits = new ArrayList<>();
            int end = Math.min(top.scoreDocs.length, window);
            int[] docIds = new int[Math.max(0, end - request.from())];
            for (int i = request.from(); i < end; i++) {
                docIds[i - request.from()] = top.scoreDocs[i].doc;
            }
            String[] snippets = snippets(searcher, query, docIds);
            for (int i = 0; i < docIds.length; i++) {
                Document doc = searcher.storedFields().document(docIds[i]);
                var source = doc.getBinaryValue(ArticleSchema.SOURCE);
                Article a = ArticleJson.read(java.util.Arrays.copyOfRange(source.bytes, source.offset,
                        source.offset + source.length));
                String snippet = snippets[i] != null ? snippets[i] : escapeHtml(a.sapo());
                hits.add(new SearchHit(a.id(), a.url(), a.title(), a.sapo(), a.published(), a.category(), snippet));
            }
            return new SearchResult(top.totalHits.value(), hits, (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** The article with this ID, if the index has it. */
    public Optional<Article> article(long id) {
        return index.source(id).map(ArticleJson::read);
    }

    /** Number of articles in the archive. */
    public int count() {
        return index.count();
    }

    private Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(text);
        return q == null ? new MatchAllDocsQuery() : q;
    }

    private String[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0 || query instanceof MatchAllDocsQuery) {
            return new String[docIds.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHighlightPhrasesStrictly(true)
                .build();
        Map<String, String[]> byField = highlighter.highlightFields(
                new String[] {ArticleSchema.BODY, ArticleSchema.SAPO}, query, docIds, new int[] {2, 1});
        String[] body = byField.get(ArticleSchema.BODY);
        String[] sapo = byField.get(ArticleSchema.SAPO);
        String[] result = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            result[i] = body[i] != null ? body[i] : sapo[i];
        }
        return result;
    }

    /** HTML-escapes text shown where no highlighted passage exists, matching the highlighter's escaping. */
    static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
