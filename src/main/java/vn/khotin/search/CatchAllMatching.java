package vn.khotin.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * The matching form of a compiled query: every {@link UnitQuery} replaced by its catch-all form, everything else
 * (phrases, filters, exclusions, the proximity boost, the relaxed search's bonuses) kept. It matches exactly the
 * articles the query matches, and ranks them nearly as the query does: BM25 over the one weighted catch-all field
 * stands in for each word's best field, and the proximity boost, which decides most close calls between articles
 * that all have the words, is unchanged. The collect stage ranks its best candidates and scores only those with the
 * full query ({@link TopHits}); the counting pass counts with it.
 */
final class CatchAllMatching {

    private CatchAllMatching() {}

    /** The matching form, or null when the query has no unit with a catch-all form. */
    static Query of(Query query) {
        return contains(query) ? swap(query) : null;
    }

    private static Query swap(Query q) {
        return switch (q) {
            case UnitQuery u -> u.matching();
            case BoostQuery b -> new BoostQuery(swap(b.getQuery()), b.getBoost());
            case ConstantScoreQuery c -> new ConstantScoreQuery(swap(c.getQuery()));
            // ranks the few articles with every word first, as the full query does; whether their words stand
            // together is checked only when the full query scores the best candidates (TopHits)
            case WordsTogether t -> new ConstantScoreQuery(swap(t.all()));
            case BooleanQuery b -> {
                BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                        b.getMinimumNumberShouldMatch());
                for (BooleanClause c : b.clauses()) {
                    out.add(swap(c.query()), c.occur());
                }
                yield out.build();
            }
            default -> q;
        };
    }

    /** Whether some unit within has a catch-all form. */
    private static boolean contains(Query q) {
        return switch (q) {
            case UnitQuery u -> true;
            case BoostQuery b -> contains(b.getQuery());
            case ConstantScoreQuery c -> contains(c.getQuery());
            case WordsTogether t -> contains(t.all());
            case BooleanQuery b -> b.clauses().stream().anyMatch(c -> contains(c.query()));
            default -> false;
        };
    }
}
