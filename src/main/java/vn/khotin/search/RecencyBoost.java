package vn.khotin.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import vn.khotin.index.ArticleSchema;

/**
 * A score multiplier from the publication date: {@code 1 + weight * 2^(-|t - center| / halfLife)}. With the
 * center at "now" it prefers recent articles; with the center at an article's date it prefers stories close in
 * time (related stories). Articles without a date get 1.
 */
final class RecencyBoost extends DoubleValuesSource {

    private final long centerMillis;
    private final double halfLifeMillis;
    private final double weight;

    RecencyBoost(long centerMillis, double halfLifeDays, double weight) {
        this.centerMillis = centerMillis;
        this.halfLifeMillis = halfLifeDays * 86_400_000d;
        this.weight = weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues dv = DocValues.getNumeric(ctx.reader(), ArticleSchema.PUBLISHED);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (dv.advanceExact(doc)) {
                    double age = Math.abs(dv.longValue() - centerMillis);
                    value = 1 + weight * Math.pow(2, -age / halfLifeMillis);
                } else {
                    value = 1;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(centerMillis, halfLifeMillis, weight);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost r && r.centerMillis == centerMillis && r.halfLifeMillis == halfLifeMillis
                && r.weight == weight;
    }

    @Override
    public String toString() {
        return "recency(center=" + centerMillis + ",halfLifeDays=" + halfLifeMillis / 86_400_000d + ",w=" + weight
                + ")";
    }
}
