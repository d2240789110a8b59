package vn.khotin.opensearch;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.AnalysisMode;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * OpenSearch's analysis factories over the Lucene SPI factories of {@code vn.khotin.analysis}: a component's
 * own settings are the Lucene factory's arguments, so parameters, defaults and the errors
 * for unknown ones are exactly those of the Lucene side ({@code folded}, {@code mode}).
 */
final class LuceneFactories {

    private LuceneFactories() {}

    /**
     * The Lucene factory's arguments: every setting of the component except its {@code type} and what OpenSearch
     * adds itself ({@code index.version.created}).
     */
    static Map<String, String> arguments(Settings settings) {
        Map<String, String> args = new HashMap<>();
        for (String key : settings.keySet()) {
            if (!"type".equals(key) && !key.startsWith("index.")) {
                args.put(key, settings.get(key));
            }
        }
        return args;
    }

    /** A char filter; usable in normalizers too (keyword fields), as Khotin's char filter is per character. */
    static final class CharFilter extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {

        private final org.apache.lucene.analysis.CharFilterFactory lucene;

        CharFilter(IndexSettings index, String name, Settings settings,
                Function<Map<String, String>, ? extends org.apache.lucene.analysis.CharFilterFactory> factory) {
            super(index, name);
            this.lucene = factory.apply(arguments(settings));
        }

        @Override
        public Reader create(Reader reader) {
            return lucene.create(reader);
        }
    }

    /** A tokenizer. */
    static final class TokenizerAdapter extends AbstractTokenizerFactory {

        private final org.apache.lucene.analysis.TokenizerFactory lucene;

        TokenizerAdapter(IndexSettings index, String name, Settings settings,
                Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenizerFactory> factory) {
            super(index, settings, name);
            this.lucene = factory.apply(arguments(settings));
        }

        @Override
        public Tokenizer create() {
            return lucene.create();
        }
    }

    /** A token filter that may only run where its mode says (query-time filters are refused at index time). */
    static class TokenFilter extends AbstractTokenFilterFactory {

        private final org.apache.lucene.analysis.TokenFilterFactory lucene;
        private final AnalysisMode mode;

        TokenFilter(IndexSettings index, String name, Settings settings, AnalysisMode mode,
                Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenFilterFactory> factory) {
            super(index, name, settings);
            this.mode = mode;
            this.lucene = factory.apply(arguments(settings));
        }

        @Override
        public TokenStream create(TokenStream input) {
            return lucene.create(input);
        }

        @Override
        public AnalysisMode getAnalysisMode() {
            return mode;
        }
    }

    /** A per-term token filter (tone placement, folding), usable in normalizers too. */
    static final class NormalizingTokenFilter extends TokenFilter implements NormalizingTokenFilterFactory {

        NormalizingTokenFilter(IndexSettings index, String name, Settings settings,
                Function<Map<String, String>, ? extends org.apache.lucene.analysis.TokenFilterFactory> factory) {
            super(index, name, settings, AnalysisMode.ALL, factory);
        }
    }
}
