package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import java.util.Map;

/**
 * Factory for {@link VietnameseWordFilter}, SPI name {@value #NAME}. Parameter {@code mode}: {@code bigrams}, {@code lexicon} or {@code both} (default).
 */
public final class VietnameseWordFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseWord";

    private final VietnameseWordFilter.Mode mode;

    public VietnameseWordFilterFactory(Map<String, String> args) {
        super(args);
        mode = VietnameseWordFilter.Mode.valueOf(get(args, "mode", "both").toUpperCase(java.util.Locale.ROOT));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseWordFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseWordFilter(input, VietnameseLexicon.get(), mode);
    }
}
