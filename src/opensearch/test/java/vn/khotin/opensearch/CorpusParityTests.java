package vn.khotin.opensearch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.test.OpenSearchTestCase;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * On 1,000 real news articles of the shared corpus (title, sapo and body), the chains declared in index settings
 * from the plugin's components give token for token (term, offsets, position, length, type) what Khotin's Lucene
 * analyzers give (the ready analyzers are Khotin's own chains; {@link KhotinAnalysisTests} checks them on a
 * sample). Skipped without the corpus.
 */
public class CorpusParityTests extends OpenSearchTestCase {

    static final int ARTICLES = 1000;

    public void testPluginAnalyzersEqualKhotinsOnCorpusArticles() throws Exception {
        Path corpus = Path.of(System.getProperty("khotin.corpus", "../shared/corpus/vi-news.jsonl.gz"));
        assumeTrue("no shared corpus at " + corpus.toAbsolutePath() + ": parity on real articles not checked",
                Files.isRegularFile(corpus));
        List<String> texts = read(corpus);
        assertEquals(ARTICLES, texts.size());
        IndexAnalyzers plugin = KhotinAnalysisTests.analyzers(KhotinAnalysisTests.declaredChains());
        VietnameseAnalysis khotin = VietnameseAnalysis.create();
        long tokens = 0;
        for (String[] role : KhotinAnalysisTests.ROLE_ANALYZERS) {
            Analyzer lucene = khotin.indexAnalyzer(Role.valueOf(role[0]));
            for (int i = 0; i < texts.size(); i++) {
                List<String> expected = Tokens.of(lucene, texts.get(i));
                tokens += expected.size();
                assertEquals(role[1] + " on article " + i, expected, Tokens.of(plugin.get(role[1]), texts.get(i)));
            }
        }
        assertTrue(tokens > 1_000_000);
    }

    private static List<String> read(Path corpus) throws Exception {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while (texts.size() < ARTICLES && (line = in.readLine()) != null) {
                Map<String, Object> a = XContentHelper.convertToMap(JsonXContent.jsonXContent, line, false);
                texts.add(a.get("title") + "\n" + a.get("sapo") + "\n" + a.get("body"));
            }
        }
        return texts;
    }
}
