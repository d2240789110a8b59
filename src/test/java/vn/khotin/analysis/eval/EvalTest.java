package vn.khotin.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseLexicon;

class EvalTest {

    @Test
    void knownItemEvalOnTheCommittedSamplesFindsTheArticles() throws Exception {
        List<CorpusArticle> samples = Corpus.samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
        StringWriter sw = new StringWriter();
        Map<String, Map<String, double[]>> r = new KnownItemEval(new KnownItemEval.Options(100, 5, 1),
                new PrintWriter(sw)).run(samples);
        double[] accented = r.get("khotin words=both (default)").get("có dấu (accented)");
        double[] unaccented = r.get("khotin words=both (default)").get("không dấu (no diacritics)");
        double[] standardUnaccented = r.get("StandardAnalyzer").get("không dấu (no diacritics)");
        assertThat(accented[2]).isEqualTo(samples.size());
        assertThat(accented[1]).isEqualTo(1.0);
        assertThat(unaccented[0]).isGreaterThan(standardUnaccented[0]);
        assertThat(sw.toString()).contains("MRR@10", "NFD", "Telex", "dấu lẫn lộn");
        // a half-corrected query finds the article as well as its fully accented twin
        double[] mixed = r.get("khotin words=both (default)").get("dấu lẫn lộn (mixed accents)");
        assertThat(mixed[2]).isPositive();
        assertThat(mixed[0]).isGreaterThanOrEqualTo(accented[0] - 0.03);
        assertThat(mixed[0]).isGreaterThan(r.get("StandardAnalyzer").get("dấu lẫn lộn (mixed accents)")[0]);
        // either form of an abbreviation finds the article written with the other
        for (String v : List.of("viết tắt → đầy đủ (abbrev. typed in full)", "đầy đủ → viết tắt (full form abbreviated)")) {
            double[] swapped = r.get("khotin words=both (default)").get(v);
            assertThat(swapped[2]).as(v).isPositive();
            assertThat(swapped[1]).as(v).isEqualTo(1.0);
        }
    }

    @Test
    void telexEncoderWritesKeystrokes() {
        assertThat(TelexEncoder.encode("Hòa bình, người Đức")).isEqualTo("Hoaf binhf, nguwowif Dduwcs");
    }

    @Test
    void segmentationOnTheGoldFileWhenPresent() throws Exception {
        Path gold = Path.of("..", "shared", "corpus", SegmentationEval.GOLD);
        assumeTrue(Files.isRegularFile(gold), "gold segmentation file absent: " + gold);
        SegmentationEval.Result r = SegmentationEval.run(gold, VietnameseLexicon.get());
        assertThat(r.sentences()).isGreaterThan(1000);
        assertThat(r.f1()).isGreaterThan(r.baselineF1());
    }
}
