package vn.khotin.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import vn.khotin.model.VietnamTime;

/**
 * The last results a server gave, so that the same request asked again (a popular query, the back button, a
 * reload) costs a map lookup instead of a search. Keyed by the request with its query normalised (NFC, runs of
 * spaces as one) and by the version of the index the result was computed on: a commit or refresh that changes
 * the index changes the version, and the first lookup that sees a new version empties the cache, so no result
 * outlives the articles it was made of. The day is part of the key too, since relative dates and the recency boost
 * move with it. Bounded by entry count, least recently used out first. Thread-safe.
 */
final class ResultCache {

    /** A server's default: at about 10–20 kB a result, a few megabytes of heap. */
    static final int DEFAULT_ENTRIES = 256;

    /** The day is Vietnam's: relative dates in queries ("hôm qua") and the recency boost change with it. */
    private record Key(long version, int models, LocalDate day, SearchRequest request) {}

    private final int capacity;
    private final Map<Key, SearchResult> entries;
    private long version = Long.MIN_VALUE;
    private long hits;
    private long misses;

    ResultCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /**
     * The key of a request on the reader with the suggestion models in use ({@link Suggestions#modelsInUse}), or
     * null when it must not be cached: a reader without a version, or a request for score explanations (a
     * debugging aid, large and rarely repeated). A retrained accent model written after a crawl changes the key, so
     * the results made before it no longer serve their older "did you mean".
     */
    static Object keyOf(IndexReader reader, int models, SearchRequest request) {
        if (!(reader instanceof DirectoryReader directory) || request.explain()) {
            return null;
        }
        return new Key(directory.getVersion(), models, LocalDate.now(VietnamTime.ZONE),
                request.toBuilder().query(normalized(request.query())).build());
    }

    /** NFC, and any run of whitespace as one space: "Hà  Tĩnh" and "Hà Tĩnh" typed in decomposed form are one key. */
    static String normalized(String query) {
        return Normalizer.normalize(query, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The cached result, or null. */
    synchronized SearchResult get(Object key) {
        Key k = (Key) key;
        if (k.version() != version) {
            misses++;
            return null;
        }
        SearchResult r = entries.get(k);
        if (r == null) {
            misses++;
        } else {
            hits++;
        }
        return r;
    }

    /** Keeps a result; results of an older index version than the newest seen are not kept. */
    synchronized void put(Object key, SearchResult result) {
        Key k = (Key) key;
        if (k.version() != version) {
            if (version != Long.MIN_VALUE && k.version() < version) {
                return;
            }
            entries.clear();
            version = k.version();
        }
        entries.put(k, result);
    }

    /** Lookups answered from the cache. */
    synchronized long hits() {
        return hits;
    }

    /** Lookups that had to search. */
    synchronized long misses() {
        return misses;
    }

    /** Results kept now. */
    synchronized int size() {
        return entries.size();
    }
}
