package vn.khotin.analysis.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * Analysis throughput on the same article texts: StandardAnalyzer, ICU folding, each Khotin index
 * analyzer, and all four Khotin index fields together. Every analyzer is warmed up, then timed over several
 * runs; the table shows medians and the ratio to StandardAnalyzer.
 *
 * <p>The single-analyzer rows analyze each article as one text (title, sapo and body joined). The
 * all-fields row does what indexing does: title, sapo and body each as its own field, each through the
 * four index analyzers. Its MB/s counts every byte as often as it is analyzed (four times), so it compares
 * with the other rows per analyzed byte; its articles per second is what an index build on one thread can
 * at most reach with the full analysis.
 */
public final class ThroughputBench {

    /**
     * One row.
     *
     * @param name analyzer name
     * @param medianSeconds median time of one run over all articles
     * @param tokens tokens per run
     * @param mbPerSecond megabytes (UTF-8) analyzed per second, each byte counted once per analyzer it went through
     * @param ratio throughput per analyzed byte relative to StandardAnalyzer
     * @param articlesPerSecond articles per second through every analyzer of the row
     */
    public record Row(String name, double medianSeconds, long tokens, double mbPerSecond, double ratio,
            double articlesPerSecond) {
    }

    /** The name of the all-fields row. */
    public static final String ALL_FIELDS = "khotin, 4 trường × 3 phần";

    /** A timed case: analyzers applied in turn to every text of an article. */
    private record Case(List<Map.Entry<String, Analyzer>> analyzers, boolean perPart) {

        List<String> texts(CorpusArticle a) {
            return perPart ? List.of(a.title(), a.sapo(), a.body()) : List.of(a.text());
        }
    }

    private ThroughputBench() {
    }

    public static List<Row> run(List<CorpusArticle> articles, int runs, PrintWriter out) throws IOException {
        VietnameseAnalysis v = VietnameseAnalysis.create();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("StandardAnalyzer", single("text", new StandardAnalyzer(CharArraySet.EMPTY_SET)));
        cases.put("ICU folding", single("text", KnownItemEval.icuFolding()));
        for (Role r : Role.values()) {
            cases.put("khotin " + r.field("text"), single(r.field("text"), v.indexAnalyzer(r)));
        }
        List<Map.Entry<String, Analyzer>> all = new ArrayList<>();
        for (Role r : Role.values()) {
            all.add(Map.entry(r.field("text"), v.indexAnalyzer(r)));
        }
        cases.put(ALL_FIELDS, new Case(all, true));
        long textBytes = 0;
        for (CorpusArticle a : articles) {
            textBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        out.printf(Locale.ROOT, "Đo trên %d bài, %.1f MB (UTF-8), %d lần đo mỗi bộ phân tích, lấy trung vị.%n",
                articles.size(), textBytes / 1e6, runs);
        List<String> names = new ArrayList<>(cases.keySet());
        long[] bytes = new long[names.size()];
        for (int c = 0; c < names.size(); c++) {
            Case k = cases.get(names.get(c));
            for (CorpusArticle a : articles) {
                for (String t : k.texts(a)) {
                    bytes[c] += (long) t.getBytes(StandardCharsets.UTF_8).length * k.analyzers().size();
                }
            }
        }
        for (String name : names) { // warm-up: let the JIT compile every chain before timing
            for (int i = 0; i < 3; i++) {
                consume(articles, cases.get(name));
            }
        }
        // rounds interleave the analyzers, so background load on the machine hits all of them alike
        double[][] secs = new double[names.size()][runs];
        long[] tokens = new long[names.size()];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < names.size(); c++) {
                long t0 = System.nanoTime();
                tokens[c] = consume(articles, cases.get(names.get(c)));
                secs[c][r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        List<Row> rows = new ArrayList<>();
        double standard = 0;
        for (int c = 0; c < names.size(); c++) {
            Arrays.sort(secs[c]);
            double med = secs[c][runs / 2];
            double mbs = bytes[c] / 1e6 / med;
            if (c == 0) {
                standard = mbs;
            }
            rows.add(new Row(names.get(c), med, tokens[c], mbs, mbs / standard, articles.size() / med));
        }
        out.printf(Locale.ROOT, "%n%-32s %10s %10s %14s %10s %12s%n", "bộ phân tích (analyzer)", "trung vị s",
                "MB/s", "token/s", "bài/s", "so với Std");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-32s %10.3f %10.1f %14.0f %10.0f %11.0f%%%n", r.name(), r.medianSeconds(),
                    r.mbPerSecond(), r.tokens() / r.medianSeconds(), r.articlesPerSecond(), r.ratio() * 100);
        }
        Row allRow = rows.get(rows.size() - 1);
        out.printf(Locale.ROOT, "%nDòng \"%s\": tiêu đề, sapo, thân bài phân tích riêng, mỗi phần qua cả 4 bộ phân"
                + " tích như khi lập chỉ mục; MB/s tính mỗi byte 4 lần, nên so được với các dòng trên.%n", ALL_FIELDS);
        out.printf(Locale.ROOT, "Ước lượng lập chỉ mục: %.0f bài/s với đủ phân tích tiếng Việt (4 trường của tiêu"
                + " đề + sapo + thân bài, 1 luồng, chưa tính ghi chỉ mục).%n", allRow.articlesPerSecond());
        out.flush();
        return rows;
    }

    private static Case single(String field, Analyzer analyzer) {
        return new Case(List.of(Map.entry(field, analyzer)), false);
    }

    private static long consume(List<CorpusArticle> articles, Case k) throws IOException {
        long n = 0;
        for (CorpusArticle article : articles) {
            for (String t : k.texts(article)) {
                for (Map.Entry<String, Analyzer> a : k.analyzers()) {
                    try (TokenStream ts = a.getValue().tokenStream(a.getKey(), t)) {
                        ts.reset();
                        while (ts.incrementToken()) {
                            n++;
                        }
                        ts.end();
                    }
                }
            }
        }
        return n;
    }
}
