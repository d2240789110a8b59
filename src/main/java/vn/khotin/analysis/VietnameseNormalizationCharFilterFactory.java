package vn.khotin.analysis;

import org.apache.lucene.analysis.CharFilterFactory;
import java.util.Map;

/**
 * Factory for {@link VietnameseNormalizationCharFilter}, SPI name {@value #NAME}.
 */
public final class VietnameseNormalizationCharFilterFactory extends CharFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseNormalization";

    public VietnameseNormalizationCharFilterFactory(Map<String, String> args) {
        super(args);

        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseNormalizationCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public java.io.Reader create(java.io.Reader input) {
        return new VietnameseNormalizationCharFilter(input);
    }

    @Override
    public java.io.Reader normalize(java.io.Reader input) {
        return create(input);
    }
}
