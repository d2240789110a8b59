package vn.khotin.search;

/**
 * One search as a user asked for it.
 *
 * @param query the query text as typed; blank means "everything, newest first"
 * @param size how many hits to return (clamped to 1..{@link #MAX_SIZE})
 * @param from how many hits to skip (clamped to 0..{@link #MAX_WINDOW})
 */
public record SearchRequest(String query, int size, int from) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_CHARS = 1_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        size = Math.max(1, Math.min(MAX_SIZE, size));
        from = Math.max(0, Math.min(MAX_WINDOW, from));
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, size, 0);
    }
}
