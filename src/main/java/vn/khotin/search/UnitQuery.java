package vn.khotin.search;

import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * One unit of a query ({@link UnitQueries}) in its two forms, which match the same articles: {@code scored}, the
 * unit in the best of the weighted text fields, which ranks; and {@code matching}, the unit in the catch-all field
 * ({@link vn.khotin.model.Fields#CATCH_ALL}), a single postings list that is much cheaper to visit. Run as is, it is
 * the scored form (it rewrites to it); {@link CatchAllMatching} swaps in the matching form for the passes that only
 * need to find and roughly rank the matches.
 */
final class UnitQuery extends Query {

    private final Query scored;
    private final Query matching;

    UnitQuery(Query scored, Query matching) {
        this.scored = Objects.requireNonNull(scored);
        this.matching = Objects.requireNonNull(matching);
    }

    /** The unit in the weighted text fields. */
    Query scored() {
        return scored;
    }

    /** The unit in the catch-all field. */
    Query matching() {
        return matching;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return scored;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        scored.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return scored.toString(field);
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && scored.equals(((UnitQuery) o).scored) && matching.equals(((UnitQuery) o).matching);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + scored.hashCode()) + matching.hashCode();
    }
}
