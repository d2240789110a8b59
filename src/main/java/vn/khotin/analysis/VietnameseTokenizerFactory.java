package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenizerFactory;
import java.util.Map;

/**
 * Factory for {@link VietnameseTokenizer}, SPI name {@value #NAME}.
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "vietnamese";

    public VietnameseTokenizerFactory(Map<String, String> args) {
        super(args);

        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public org.apache.lucene.analysis.Tokenizer create(org.apache.lucene.util.AttributeFactory factory) {
        return new VietnameseTokenizer(factory);
    }
}
