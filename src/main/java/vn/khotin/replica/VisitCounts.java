package vn.khotin.replica;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many times each path has been asked for, which the first-visit faults and the intermittent errors' draws
 * read. Only the most recently asked-for paths are remembered, so that the table cannot grow without end; a path
 * forgotten and asked for again counts from one, as on a freshly started server.
 */
final class VisitCounts {

    private final Map<String, Integer> counts;

    VisitCounts(int capacity) {
        // Access order: a path asked for again moves to the young end, so the one dropped is the least recently asked for.
        this.counts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Counts a visit of the path; returns how many there have been, this one included. */
    synchronized int visit(String path) {
        return counts.merge(path, 1, Integer::sum);
    }

    synchronized int size() {
        return counts.size();
    }
}
