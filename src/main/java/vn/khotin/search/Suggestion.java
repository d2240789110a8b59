package vn.khotin.search;

/**
 * A query the user probably meant, shown as "Có phải bạn muốn tìm: …".
 *
 * @param query the suggested query text
 * @param kind why it was suggested
 * @param hits how many articles the suggested query finds
 * @param message the line to show, in Vietnamese
 */
public record Suggestion(String query, Kind kind, long hits, String message) {

    /** {@code query} offered as "Có phải bạn muốn tìm: …". */
    static Suggestion offered(String query, Kind kind, long hits) {
        return new Suggestion(query, kind, hits, "Có phải bạn muốn tìm: " + query);
    }

    /** Why a query was suggested. */
    public enum Kind {
        /** Accents restored on a query typed without them ("ha tinh" → "Hà Tĩnh"). */
        ACCENTS,
        /** A query typed in Telex/VNI with the input method off ("hoaf binhf" → "hòa bình"). */
        TELEX,
        /** A spelling correction from the archive's own vocabulary. */
        SPELLING,
        /**
         * A word pair typed with a wrong tone mark, shown as the archive writes it ("Hồng Lỉnh" → "Hồng Lĩnh"): the
         * results are already those of that reading, so they are never replaced by the suggestion's.
         */
        PAIR,
        /**
         * The query without the words no article writes, offered when it found nothing ("Nghị định 100/2019" →
         * "Nghị định"): those words are named in the result's warnings.
         */
        WITHOUT_MISSING_WORDS
    }
}
