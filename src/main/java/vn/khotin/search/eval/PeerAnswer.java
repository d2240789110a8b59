package vn.khotin.search.eval;

import java.util.List;
import java.util.Map;

/**
 * What a peer of {@code bench search --peers} returns for one query: the ranked top (row numbers, article i of
 * the benchmark being row i) and the count per category of the whole match set.
 */
public record PeerAnswer(List<Long> top, Map<String, Integer> categories) {

    static final PeerAnswer EMPTY = new PeerAnswer(List.of(), Map.of());

    /** The size of the whole match set. */
    public long total() {
        return categories.values().stream().mapToLong(Integer::longValue).sum();
    }
}
