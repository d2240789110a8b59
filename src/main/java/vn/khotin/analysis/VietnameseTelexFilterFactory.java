package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import java.util.Map;

/**
 * Factory for {@link VietnameseTelexFilter}, SPI name {@value #NAME}. Query time only; parameter {@code folded=true} after
 * {@link VietnameseFoldingFilter}.
 */
public final class VietnameseTelexFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseTelex";

    private final boolean folded;

    public VietnameseTelexFilterFactory(Map<String, String> args) {
        super(args);
        folded = getBoolean(args, "folded", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseTelexFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseTelexFilter(input, VietnameseLexicon.get(), folded);
    }
}
