package vn.khotin.index;

import java.util.function.IntSupplier;

/**
 * The oldest {@link ArticleSchema#ANALYSIS_VERSION} any article of an index was analyzed with, as its commits
 * record it. Adding articles never raises it, since older articles keep their older analysis; only a complete
 * rebuild does.
 */
final class AnalysisMark {

    private volatile String version;

    /**
     * Takes the version the last commit recorded, or, when it recorded none, "1" for an index with articles from
     * before the marker existed and the current version for an empty one.
     */
    void read(String recorded, IntSupplier articles) {
        version = recorded != null ? recorded : articles.getAsInt() > 0 ? "1" : ArticleSchema.ANALYSIS_VERSION;
    }

    String version() {
        return version;
    }

    /** Whether every article has the catch-all field, which arrived with {@link ArticleSchema#CATCH_ALL_SINCE}. */
    boolean hasCatchAll() {
        return since(ArticleSchema.CATCH_ALL_SINCE);
    }

    /** Whether every article's word fields pair syllables across a soft break ({@link ArticleSchema#SOFT_BREAK_PAIRS_SINCE}). */
    boolean hasSoftBreakPairs() {
        return since(ArticleSchema.SOFT_BREAK_PAIRS_SINCE);
    }

    private boolean since(int first) {
        try {
            return Integer.parseInt(version) >= first;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    boolean outdated() {
        return !ArticleSchema.ANALYSIS_VERSION.equals(version);
    }

    /** Every article has just been analyzed again by this program's analysis. */
    void markReanalyzed() {
        version = ArticleSchema.ANALYSIS_VERSION;
    }
}
