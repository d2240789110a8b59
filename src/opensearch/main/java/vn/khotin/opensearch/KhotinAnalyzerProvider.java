package vn.khotin.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseTelexFilter;

/**
 * A ready analyzer: one of Khotin's own per-role chains ({@link VietnameseAnalysis}), so an OpenSearch field
 * gets exactly the terms of the corresponding Lucene field of Khotin's index. The search analyzers are
 * Khotin's query chains (abbreviation synonyms, stopwords as gaps) followed by {@link VietnameseTelexFilter},
 * which stands in for the Telex repair Khotin does in its query layer.
 */
final class KhotinAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

    private final Analyzer analyzer;

    KhotinAnalyzerProvider(IndexSettings index, String name, Settings settings, Role role, boolean search) {
        super(index, name, settings);
        // a new instance per index: OpenSearch closes an index's analyzers with the index
        VietnameseAnalysis analysis = VietnameseAnalysis.create();
        this.analyzer = search ? withTelex(analysis.queryAnalyzer(role), role == Role.FOLDED)
                : analysis.indexAnalyzer(role);
    }

    @Override
    public Analyzer get() {
        return analyzer;
    }

    private static Analyzer withTelex(Analyzer query, boolean folded) {
        VietnameseLexicon lexicon = VietnameseLexicon.get();
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return query;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream telex = new VietnameseTelexFilter(components.getTokenStream(), lexicon, folded);
                return new TokenStreamComponents(components.getSource(), telex);
            }
        };
    }
}
