package vn.khotin.search;

import java.util.List;

/** The answer to a {@link SearchRequest}: the total number of matches and one page of hits. */
public record SearchResult(long total, List<SearchHit> hits, long tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
