package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import java.util.Map;

/**
 * Factory of abbreviation synonyms, SPI name {@value #NAME}. A {@link SynonymGraphFilter} over the bundled
 * abbreviation table ({@link VietnameseAbbreviations}); query time only. Expects lower-cased, tone-normalized
 * terms; parameter {@code folded=true} when it runs after {@link VietnameseFoldingFilter}.
 */
public final class VietnameseAbbreviationFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseAbbreviation";

    private final boolean folded;

    public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
        super(args);
        folded = getBoolean(args, "folded", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI discovery only. */
    public VietnameseAbbreviationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, VietnameseAnalysis.shared().synonymMap(folded), false);
    }
}
