package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import java.util.Map;

/**
 * Factory for {@link VietnameseToneFilter}, SPI name {@value #NAME}.
 */
public final class VietnameseToneFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseTone";

    public VietnameseToneFilterFactory(Map<String, String> args) {
        super(args);

        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseToneFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseToneFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
