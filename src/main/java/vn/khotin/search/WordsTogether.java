package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import vn.khotin.index.ArticleSchema;

/**
 * The articles of {@code all} (every word of a relaxed search) that have the words together: each word in the
 * title, the sapo or a caption, or else near the article's other body-only words (within {@link #window} characters
 * of the body). A relaxed search ranks these first ({@link RequiredUnits}). An article that names every word only
 * scattered over a long body (a weekly digest, a passing mention) does not, and ranks with the articles that have
 * most of the words: with few articles having every word, such mentions took most of the first places.
 *
 * <p>Matches {@code all} first and checks each of its articles by the {@code units}' matches (their positions and
 * offsets), so the check costs only for the few articles with every word.
 */
final class WordsTogether extends Query {

    private final Query all;
    private final List<Query> units;
    private final int window;

    /**
     * @param all the articles considered (every word)
     * @param units the query's words, each matching where the word is
     * @param window how many characters of the body the body-only words may spread over
     */
    WordsTogether(Query all, List<Query> units, int window) {
        this.all = Objects.requireNonNull(all);
        this.units = List.copyOf(units);
        this.window = window;
    }

    /** The articles considered. */
    Query all() {
        return all;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight allWeight = searcher.createWeight(searcher.rewrite(all), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Weight> unitWeights = new ArrayList<>();
        for (Query u : units) {
            unitWeights.add(searcher.createWeight(searcher.rewrite(u), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                Scorer allScorer = allWeight.scorer(context);
                if (allScorer == null) {
                    return null;
                }
                TwoPhaseIterator inner = allScorer.twoPhaseIterator();
                DocIdSetIterator approximation = inner == null ? allScorer.iterator() : inner.approximation();
                TwoPhaseIterator together = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        int doc = approximation.docID();
                        return (inner == null || inner.matches()) && together(unitWeights, context, doc);
                    }

                    @Override
                    public float matchCost() {
                        return 1000f * unitWeights.size();
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, together));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /**
     * Whether every unit is in a headline field (title, sapo, captions) or, for those that are not, all within one
     * stretch of {@link #window} characters of the body. A body match without offsets constrains nothing.
     */
    private boolean together(List<Weight> unitWeights, LeafReaderContext context, int doc) throws IOException {
        List<int[]> bodyOffsets = new ArrayList<>();
        for (Weight w : unitWeights) {
            Matches m = w.matches(context, doc);
            if (m == null) {
                return false;
            }
            int[] offsets = bodyOffsets(m);
            if (offsets != null) {
                bodyOffsets.add(offsets);
            }
        }
        return PassageWindow.covers(bodyOffsets, window);
    }

    /**
     * The start offsets of a unit's matches in the body, or null when the unit is in a headline field or in the
     * body without offsets (it then constrains nothing).
     */
    private static int[] bodyOffsets(Matches m) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (String field : m) {
            String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            MatchesIterator it = m.getMatches(field);
            if (it == null) {
                continue;
            }
            if (!base.equals(ArticleSchema.BODY)) {
                return null;
            }
            while (it.next()) {
                int start = it.startOffset();
                if (start < 0) {
                    return null;
                }
                out.add(start);
            }
        }
        return out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        all.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "together(" + all.toString(field) + ", " + window + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && all.equals(((WordsTogether) o).all) && units.equals(((WordsTogether) o).units)
                && window == ((WordsTogether) o).window;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), all, units, window);
    }
}
