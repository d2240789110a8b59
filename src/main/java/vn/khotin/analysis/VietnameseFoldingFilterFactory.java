package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import java.util.Map;

/**
 * Factory for {@link VietnameseFoldingFilter}, SPI name {@value #NAME}.
 */
public final class VietnameseFoldingFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseFolding";

    public VietnameseFoldingFilterFactory(Map<String, String> args) {
        super(args);

        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
