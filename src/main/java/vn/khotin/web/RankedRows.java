package vn.khotin.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.search.ResultStream;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;

/**
 * The rows of an export taken as a search ranks them (copies folded, or the query corrected or relaxed), page by
 * page. Their ids are read before the headers, so that {@code X-Export-Rows} is the number written: a folded copy
 * is known only once its page is searched, and the first page's total counts every copy. A GET then writes them;
 * a HEAD stops at the count. At most {@link SearchParams#MAX_WINDOW} ids: nothing to hold.
 */
final class RankedRows {

    /** A hit's article and the score the search gave it. */
    private record Ranked(long id, float score, boolean allWords) {}

    private final List<Ranked> rows;

    private RankedRows(List<Ranked> rows) {
        this.rows = rows;
    }

    /** The first {@code max} hits of the search of {@code paged}, whose first page is {@code first}. */
    static RankedRows read(Backend backend, SearchParams paged, SearchResult first, long max) {
        List<Ranked> out = new ArrayList<>();
        SearchResult page = first;
        for (int pageNo = 1; out.size() < max && !page.hits().isEmpty(); ) {
            for (SearchHit h : page.hits()) {
                if (out.size() >= max) {
                    break;
                }
                out.add(new Ranked(h.id(), h.score(), h.allWords()));
            }
            if (out.size() >= max || (long) (pageNo + 1) * SearchParams.MAX_SIZE > SearchParams.MAX_WINDOW) {
                break;
            }
            page = backend.search(paged.withPage(++pageNo).toRequest());
        }
        return new RankedRows(out);
    }

    int size() {
        return rows.size();
    }

    /** Each row's article read again whole, in the search's order. */
    void write(Backend backend, ExportWriter writer) throws IOException {
        for (Ranked r : rows) {
            var archived = backend.archived(r.id());
            // articles are replaced, never removed: one is missing only if the index lost it since its page
            if (archived.isPresent()) {
                var fetched = backend.captures().info(r.id()).map(RawCaptures.Info::fetched).orElse(null);
                writer.accept(new ResultStream.Row(archived.get().article(), archived.get().places(), fetched,
                        r.score(), r.allWords()));
            }
        }
    }
}
