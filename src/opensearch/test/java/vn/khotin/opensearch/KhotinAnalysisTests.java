package vn.khotin.opensearch;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.test.OpenSearchTestCase;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/** The plugin's components by their OpenSearch names, the ready analyzers, parameters and their errors. */
public class KhotinAnalysisTests extends OpenSearchTestCase {

    static final String SAMPLE = "Uỷ ban nhân dân TP Hà Tĩnh họp về hoà bình, khoẻ mạnh; đường 02-NQ/TU ngày 28/2 "
            + "giá 1.000 đồng.\nThanh niên Đức Thọ và UBND huyện Kỳ Anh!";

    /** Settings declaring Khotin's four index chains from the plugin's components, as src/docs/scale-out.md shows. */
    static Settings declaredChains() {
        return Settings.builder()
                .put(Environment.PATH_HOME_SETTING.getKey(), createTempDir().toString())
                .putList("index.analysis.analyzer.exact.char_filter", "vietnamese_normalization")
                .put("index.analysis.analyzer.exact.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.exact.filter", "lowercase", "vietnamese_tone")
                .putList("index.analysis.analyzer.folded.char_filter", "vietnamese_normalization")
                .put("index.analysis.analyzer.folded.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.folded.filter", "lowercase", "vietnamese_tone", "vietnamese_folding")
                .putList("index.analysis.analyzer.words.char_filter", "vietnamese_normalization")
                .put("index.analysis.analyzer.words.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.words.filter", "vietnamese_word", "lowercase", "vietnamese_tone")
                .putList("index.analysis.analyzer.words_folded.char_filter", "vietnamese_normalization")
                .put("index.analysis.analyzer.words_folded.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.words_folded.filter", "vietnamese_word", "lowercase",
                        "vietnamese_tone", "vietnamese_folding")
                .put("index.analysis.filter.lexicon_words.type", "vietnamese_word")
                .put("index.analysis.filter.lexicon_words.mode", "lexicon")
                .put("index.analysis.analyzer.lexicon.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.lexicon.filter", "lexicon_words", "lowercase")
                .build();
    }

    static IndexAnalyzers analyzers(Settings settings) throws Exception {
        return createTestAnalysis(new org.opensearch.core.index.Index("test", "_na_"), settings,
                new CommonAnalysisModulePlugin(), new KhotinAnalysisPlugin()).indexAnalyzers;
    }

    /** The declared chain and the ready analyzer of each role, by name. */
    static final List<String[]> ROLE_ANALYZERS = List.of(
            new String[] {"EXACT", "exact", "vietnamese_khotin"},
            new String[] {"FOLDED", "folded", "vietnamese_khotin_folded"},
            new String[] {"WORDS", "words", "vietnamese_khotin_words"},
            new String[] {"WORDS_FOLDED", "words_folded", "vietnamese_khotin_words_folded"});

    public void testComponentsDeclaredByNameGiveKhotinsTerms() throws Exception {
        IndexAnalyzers a = analyzers(declaredChains());
        assertEquals(List.of("uy", "ban", "tp", "ha", "tinh"), Tokens.terms(a.get("folded"), "Uỷ ban TP Hà Tĩnh"));
        assertEquals(List.of("ủy", "ban", "tp", "hà", "tĩnh"), Tokens.terms(a.get("exact"), "Uỷ ban TP Hà Tĩnh"));
        assertEquals(List.of("thành_phố", "hà_tĩnh"), Tokens.terms(a.get("lexicon"), "thành phố Hà Tĩnh"));
    }

    public void testEveryRoleEqualsTheLuceneAnalyzerTokenForToken() throws Exception {
        IndexAnalyzers a = analyzers(declaredChains());
        VietnameseAnalysis khotin = VietnameseAnalysis.create();
        for (String[] role : ROLE_ANALYZERS) {
            Analyzer lucene = khotin.indexAnalyzer(Role.valueOf(role[0]));
            List<String> expected = Tokens.of(lucene, SAMPLE);
            assertEquals(role[1], expected, Tokens.of(a.get(role[1]), SAMPLE));
            assertEquals(role[2], expected, Tokens.of(a.get(role[2]), SAMPLE));
        }
    }

    public void testSearchAnalyzersExpandAbbreviationsDropStopwordsAndRepairTelex() throws Exception {
        IndexAnalyzers a = analyzers(declaredChains());
        List<String> exact = Tokens.terms(a.get("vietnamese_khotin_search"), "UBND của tỉnh");
        assertTrue(exact.toString(), exact.containsAll(List.of("ubnd", "ủy", "ban", "nhân", "dân", "tỉnh")));
        assertFalse(exact.toString(), exact.contains("của"));
        List<String> folded = Tokens.terms(a.get("vietnamese_khotin_folded_search"), "uy ban nhan dan");
        assertTrue(folded.toString(), folded.contains("ubnd"));
        assertEquals(List.of("hoaf", "hòa", "binhf", "bình"), Tokens.terms(a.get("vietnamese_khotin_search"),
                "hoaf binhf"));
        assertEquals(List.of("hoaf", "hoa", "binhf", "binh"), Tokens.terms(a.get("vietnamese_khotin_folded_search"),
                "hoaf binhf"));
    }

    public void testUnknownParameterIsRefusedWithTheLuceneFactorysMessage() {
        Settings settings = Settings.builder()
                .put(Environment.PATH_HOME_SETTING.getKey(), createTempDir().toString())
                .put("index.analysis.filter.w.type", "vietnamese_word")
                .put("index.analysis.filter.w.mood", "both")
                .put("index.analysis.analyzer.x.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.x.filter", "w")
                .build();
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> analyzers(settings));
        assertTrue(e.getMessage(), e.getMessage().contains("mood"));
    }

    public void testNormalizerFoldsKeywordsWithThePluginsFilters() throws Exception {
        Settings settings = Settings.builder()
                .put(Environment.PATH_HOME_SETTING.getKey(), createTempDir().toString())
                .putList("index.analysis.normalizer.folded.char_filter", "vietnamese_normalization")
                .putList("index.analysis.normalizer.folded.filter", "lowercase", "vietnamese_tone",
                        "vietnamese_folding")
                .build();
        IndexAnalyzers a = analyzers(settings);
        assertEquals("thanh hoa", a.getNormalizer("folded").normalize("f", "Thanh Hoá").utf8ToString());
    }
}
