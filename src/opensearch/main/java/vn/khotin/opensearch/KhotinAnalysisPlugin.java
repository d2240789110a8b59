package vn.khotin.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalysisMode;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import vn.khotin.analysis.VietnameseAbbreviationFilterFactory;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseFoldingFilterFactory;
import vn.khotin.analysis.VietnameseNormalizationCharFilterFactory;
import vn.khotin.analysis.VietnameseQueryStopFilterFactory;
import vn.khotin.analysis.VietnameseTelexFilterFactory;
import vn.khotin.analysis.VietnameseTokenizerFactory;
import vn.khotin.analysis.VietnameseToneFilterFactory;
import vn.khotin.analysis.VietnameseWordFilterFactory;

/**
 * Khotin's Vietnamese analysis in OpenSearch. The names are stable (index settings and mappings refer to them);
 * each component is the Lucene SPI factory of the same role, the parameters are the Lucene factory's.
 *
 * <table>
 *   <caption>OpenSearch name, Lucene SPI name, parameters</caption>
 *   <tr><td>char_filter {@code vietnamese_normalization}</td><td>vietnameseNormalization</td><td></td></tr>
 *   <tr><td>tokenizer {@code vietnamese}</td><td>vietnamese</td><td></td></tr>
 *   <tr><td>filter {@code vietnamese_tone}</td><td>vietnameseTone</td><td></td></tr>
 *   <tr><td>filter {@code vietnamese_folding}</td><td>vietnameseFolding</td><td></td></tr>
 *   <tr><td>filter {@code vietnamese_word}</td><td>vietnameseWord</td><td>mode: both | bigrams | lexicon</td></tr>
 *   <tr><td>filter {@code vietnamese_abbreviation}</td><td>vietnameseAbbreviation</td><td>folded (search only)</td></tr>
 *   <tr><td>filter {@code vietnamese_query_stop}</td><td>vietnameseQueryStop</td><td>folded (search only)</td></tr>
 *   <tr><td>filter {@code vietnamese_telex}</td><td>vietnameseTelex</td><td>folded (search only)</td></tr>
 * </table>
 *
 * Ready analyzers: {@code vietnamese_khotin} (syllables), {@code vietnamese_khotin_folded},
 * {@code vietnamese_khotin_words}, {@code vietnamese_khotin_words_folded} for indexing, and
 * {@code vietnamese_khotin_search}, {@code vietnamese_khotin_folded_search} for querying the first two.
 */
public final class KhotinAnalysisPlugin extends Plugin implements AnalysisPlugin {

    public static final String ANALYZER = "vietnamese_khotin";

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("vietnamese_normalization", (index, env, name, settings) ->
                new LuceneFactories.CharFilter(index, name, settings, VietnameseNormalizationCharFilterFactory::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("vietnamese", (index, env, name, settings) ->
                new LuceneFactories.TokenizerAdapter(index, name, settings, VietnameseTokenizerFactory::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
        filters.put("vietnamese_tone", (index, env, name, settings) ->
                new LuceneFactories.NormalizingTokenFilter(index, name, settings, VietnameseToneFilterFactory::new));
        filters.put("vietnamese_folding", (index, env, name, settings) ->
                new LuceneFactories.NormalizingTokenFilter(index, name, settings, VietnameseFoldingFilterFactory::new));
        filters.put("vietnamese_word", (index, env, name, settings) -> new LuceneFactories.TokenFilter(index, name,
                settings, AnalysisMode.ALL, VietnameseWordFilterFactory::new));
        filters.put("vietnamese_abbreviation", (index, env, name, settings) -> new LuceneFactories.TokenFilter(index,
                name, settings, AnalysisMode.SEARCH_TIME, VietnameseAbbreviationFilterFactory::new));
        filters.put("vietnamese_query_stop", (index, env, name, settings) -> new LuceneFactories.TokenFilter(index,
                name, settings, AnalysisMode.SEARCH_TIME, VietnameseQueryStopFilterFactory::new));
        filters.put("vietnamese_telex", (index, env, name, settings) -> new LuceneFactories.TokenFilter(index, name,
                settings, AnalysisMode.SEARCH_TIME, VietnameseTelexFilterFactory::new));
        return filters;
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
        analyzers.put(ANALYZER, analyzer(Role.EXACT, false));
        analyzers.put(ANALYZER + "_folded", analyzer(Role.FOLDED, false));
        analyzers.put(ANALYZER + "_words", analyzer(Role.WORDS, false));
        analyzers.put(ANALYZER + "_words_folded", analyzer(Role.WORDS_FOLDED, false));
        analyzers.put(ANALYZER + "_search", analyzer(Role.EXACT, true));
        analyzers.put(ANALYZER + "_folded_search", analyzer(Role.FOLDED, true));
        return analyzers;
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(Role role, boolean search) {
        return (index, env, name, settings) -> new KhotinAnalyzerProvider(index, name, settings, role, search);
    }
}
