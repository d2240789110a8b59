package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import java.util.Map;

/**
 * Factory for {@link VietnameseQueryStopFilter}, SPI name {@value #NAME}. Query time only; parameter {@code folded=true} after
 * {@link VietnameseFoldingFilter}.
 */
public final class VietnameseQueryStopFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseQueryStop";

    private final boolean folded;

    public VietnameseQueryStopFilterFactory(Map<String, String> args) {
        super(args);
        folded = getBoolean(args, "folded", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseQueryStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseQueryStopFilter(input, VietnameseStopwords.set(folded));
    }
}
