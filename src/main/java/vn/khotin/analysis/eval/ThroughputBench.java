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
 * analyzer, and all four Khotin index fields together (what indexing one text field costs). Every analyzer
 * is warmed up, then timed over several runs; the table shows medians and the ratio to StandardAnalyzer.
 */
public final class ThroughputBench {

    /** One row: analyzer name, median seconds, tokens per run. */
    public record Row(String name, double medianSeconds, long tokens, double mbPerSecond, double ratio) {
    }

    private ThroughputBench() {
    }

    public static List<Row> run(List<CorpusArticle> articles, int runs, PrintWriter out) throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (CorpusArticle a : articles) {
            texts.add(a.text());
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        VietnameseAnalysis v = VietnameseAnalysis.create();
        Map<String, List<Map.Entry<String, Analyzer>>> cases = new LinkedHashMap<>();
        cases.put("StandardAnalyzer", List.of(Map.entry("text", new StandardAnalyzer(CharArraySet.EMPTY_SET))));
        cases.put("ICU folding", List.of(Map.entry("text", KnownItemEval.icuFolding())));
        for (Role r : Role.values()) {
            cases.put("khotin " + r.field("text"), List.of(Map.entry(r.field("text"), v.indexAnalyzer(r))));
        }
        List<Map.Entry<String, Analyzer>> all = new ArrayList<>();
        for (Role r : Role.values()) {
            all.add(Map.entry(r.field("text"), v.indexAnalyzer(r)));
        }
        cases.put("khotin, all 4 fields", all);
        out.printf(Locale.ROOT, "Đo trên %d bài, %.1f MB (UTF-8), %d lần đo mỗi bộ phân tích, lấy trung vị.%n",
                texts.size(), bytes / 1e6, runs);
        List<String> names = new ArrayList<>(cases.keySet());
        for (String name : names) { // warm-up: let the JIT compile every chain before timing
            for (int i = 0; i < 3; i++) {
                consume(texts, cases.get(name));
            }
        }
        // rounds interleave the analyzers, so background load on the machine hits all of them alike
        double[][] secs = new double[names.size()][runs];
        long[] tokens = new long[names.size()];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < names.size(); c++) {
                long t0 = System.nanoTime();
                tokens[c] = consume(texts, cases.get(names.get(c)));
                secs[c][r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        List<Row> rows = new ArrayList<>();
        double standard = 0;
        for (int c = 0; c < names.size(); c++) {
            Arrays.sort(secs[c]);
            double med = secs[c][runs / 2];
            if (c == 0) {
                standard = med;
            }
            rows.add(new Row(names.get(c), med, tokens[c], bytes / 1e6 / med, standard / med));
        }
        out.printf(Locale.ROOT, "%n%-32s %10s %10s %14s %12s%n", "bộ phân tích (analyzer)", "trung vị s", "MB/s",
                "token/s", "so với Std");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-32s %10.3f %10.1f %14.0f %11.0f%%%n", r.name(), r.medianSeconds(),
                    r.mbPerSecond(), r.tokens() / r.medianSeconds(), r.ratio() * 100);
        }
        out.flush();
        return rows;
    }

    private static long consume(List<String> texts, List<Map.Entry<String, Analyzer>> analyzers) throws IOException {
        long n = 0;
        for (String t : texts) {
            for (Map.Entry<String, Analyzer> a : analyzers) {
                try (TokenStream ts = a.getValue().tokenStream(a.getKey(), t)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        n++;
                    }
                    ts.end();
                }
            }
        }
        return n;
    }
}
