package vn.khotin.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import vn.khotin.index.ArticleJson;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Article;

/**
 * Every match of a search, in order, handed on a page at a time ({@code searchAfter}), so that an export of a
 * hundred thousand articles holds one page in memory, never the whole result. All pages come from one searcher:
 * the export is a consistent snapshot even while the crawler adds articles.
 */
public final class ResultStream {

    /**
     * Articles read per page: a multiple of the blocks a result page is ordered in ({@link TopHits#CANDIDATES},
     * {@link ProximityBoost#RESCORE_WINDOW}), so that an export in relevance order lists the hits as the pages do.
     */
    static final int PAGE = 2_000;
    private static final Set<String> FIELDS = Set.of(ArticleSchema.SOURCE, ArticleSchema.PLACE, ArticleSchema.FETCHED);

    /**
     * One matching article.
     *
     * @param places the gazetteer places the indexer found in it, most mentioned first
     * @param fetched when its page was captured, or null
     * @param score its relevance score as the result pages rank by it, 0 when sorted by date
     * @param allWords whether it has every word of the query: false for an article a relaxed search added for
     *     having most of them (an export read from its pages), or one with a word's syllables apart
     *     ({@link SearchResult#syllablesApart()})
     */
    public record Row(Article article, List<String> places, Instant fetched, float score, boolean allWords) {}

    /** Puts one page of hits, in the stream query's order, in the order they are handed on. */
    @FunctionalInterface
    interface Reorder {
        ScoreDoc[] apply(ScoreDoc[] hits) throws IOException;
    }

    /** Where rows go; may throw (a client that went away) to stop the stream. */
    @FunctionalInterface
    public interface Sink {
        void accept(Row row) throws IOException;
    }

    private ResultStream() {}

    /**
     * Streams up to {@code max} matches of {@code query} in {@code sort} order (null: relevance), each page of
     * {@link #PAGE} (whole pages, so that a reordering sees the same blocks whatever {@code max}) reordered by
     * {@code reorder} when not null. A row is {@link Row#allWords} when it matches {@code allWords} (null: every row
     * is): the matches that write each word whole when the search fell back to their syllables apart.
     *
     * @return how many rows went to the sink
     */
    static long run(IndexSearcher searcher, Query query, Sort sort, Reorder reorder, Query allWords, long max,
            Sink sink) throws IOException {
        try {
            return rows(searcher, query, sort, reorder, allWords, max, sink);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryTooComplex(e);
        }
    }

    private static long rows(IndexSearcher searcher, Query query, Sort sort, Reorder reorder, Query allWords, long max,
            Sink sink) throws IOException {
        Weight whole = allWords == null ? null
                : searcher.createWeight(searcher.rewrite(allWords), ScoreMode.COMPLETE_NO_SCORES, 1f);
        StoredFields stored = searcher.storedFields();
        ScoreDoc after = null;
        long written = 0;
        while (written < max) {
            int n = PAGE;
            TopDocs page = sort == null ? searcher.searchAfter(after, query, n)
                    : searcher.searchAfter(after, query, n, sort, false);
            if (page.scoreDocs.length == 0) {
                break;
            }
            ScoreDoc[] ordered = reorder == null ? page.scoreDocs : reorder.apply(page.scoreDocs);
            for (ScoreDoc sd : ordered) {
                if (written >= max) {
                    break;
                }
                Document d = stored.document(sd.doc, FIELDS);
                BytesRef source = d.getBinaryValue(ArticleSchema.SOURCE);
                if (source == null) {
                    continue;
                }
                IndexableField fetched = d.getField(ArticleSchema.FETCHED);
                sink.accept(new Row(ArticleJson.read(source.bytes, source.offset, source.length),
                        Arrays.asList(d.getValues(ArticleSchema.PLACE)),
                        fetched == null ? null : Instant.ofEpochMilli(fetched.numericValue().longValue()),
                        sort != null || Float.isNaN(sd.score) ? 0f : sd.score,
                        whole == null || HitList.matches(searcher, whole, sd.doc)));
                written++;
            }
            after = page.scoreDocs[page.scoreDocs.length - 1];
            if (page.scoreDocs.length < n || written >= max) {
                break;
            }
        }
        return written;
    }
}
