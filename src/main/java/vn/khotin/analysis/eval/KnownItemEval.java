package vn.khotin.analysis.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAbbreviations;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseQueryBuilder;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.analysis.VietnameseWordFilter;

/**
 * Known-item search benchmark: every article is indexed (title + sapo + body as one field); for a sample
 * of them a query is cut from the title (a window of consecutive words) and rewritten into variants a
 * reader would type (no diacritics, abbreviations swapped, the other tone style, NFD, Telex with the
 * input method off). The article the query came from is the one right answer; the table reports MRR@10
 * and recall@10 per variant for Khotin's chain and, in the same run, for Lucene's StandardAnalyzer and for
 * ICU folding alone (StandardTokenizer + ICUFoldingFilter: the "fold everything" approach).
 */
public final class KnownItemEval {

    /** Settings of one run. */
    public record Options(int queries, int queryWords, long seed) {
    }

    /** A query variant: its label and, per article, the query (null if the variant does not apply). */
    record Variant(String label, List<String> queries) {
    }

    /** One system under test. */
    interface SearchSystem {
        String name();

        Analyzer indexAnalyzer();

        void addFields(Document doc, String text);

        Query query(String text);
    }

    private final Options options;
    private final PrintWriter out;

    public KnownItemEval(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark over {@code articles} and prints the table. */
    public Map<String, Map<String, double[]>> run(List<CorpusArticle> articles) throws IOException {
        VietnameseAnalysis both = VietnameseAnalysis.create(VietnameseWordFilter.Mode.BOTH);
        VietnameseAnalysis bigrams = VietnameseAnalysis.create(VietnameseWordFilter.Mode.BIGRAMS);
        VietnameseAnalysis lexicon = VietnameseAnalysis.create(VietnameseWordFilter.Mode.LEXICON);
        List<Variant> variants = variants(articles, both.abbreviations());
        List<SearchSystem> systems = List.of(
                baseline("StandardAnalyzer", new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET)),
                baseline("ICU folding", icuFolding()),
                khotin("khotin (syllables only)", both, 0f),
                khotin("khotin words=bigrams", bigrams, VietnameseQueryBuilder.WORDS_WEIGHT),
                khotin("khotin words=lexicon", lexicon, VietnameseQueryBuilder.WORDS_WEIGHT),
                khotin("khotin words=both (default)", both, VietnameseQueryBuilder.WORDS_WEIGHT));
        Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
        Map<Analyzer, IndexSearcher> built = new LinkedHashMap<>();
        for (SearchSystem s : systems) {
            long t0 = System.nanoTime();
            IndexSearcher searcher = built.get(s.indexAnalyzer());
            if (searcher == null) {
                searcher = index(s, articles);
                built.put(s.indexAnalyzer(), searcher);
            }
            Map<String, double[]> row = new LinkedHashMap<>();
            for (Variant v : variants) {
                row.put(v.label(), evaluate(s, searcher, v));
            }
            results.put(s.name(), row);
            out.printf(Locale.ROOT, "  %-28s done in %.1f s%n", s.name(), (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        print(variants, results);
        return results;
    }

    private static SearchSystem baseline(String name, Analyzer analyzer) {
        QueryBuilder qb = new QueryBuilder(analyzer);
        return new SearchSystem() {
            public String name() {
                return name;
            }

            public Analyzer indexAnalyzer() {
                return analyzer;
            }

            public void addFields(Document doc, String text) {
                doc.add(new TextField("text", text, Field.Store.NO));
            }

            public Query query(String text) {
                Query q = qb.createBooleanQuery("text", text, BooleanClause.Occur.SHOULD);
                return q == null ? new MatchNoDocsQuery() : q;
            }
        };
    }

    private static SearchSystem khotin(String name, VietnameseAnalysis analysis, float wordsWeight) {
        VietnameseQueryBuilder qb = new VietnameseQueryBuilder(analysis, wordsWeight);
        return new SearchSystem() {
            public String name() {
                return name;
            }

            public Analyzer indexAnalyzer() {
                return analysis.indexAnalyzer();
            }

            public void addFields(Document doc, String text) {
                for (Role r : Role.values()) {
                    doc.add(new TextField(r.field("text"), text, Field.Store.NO));
                }
            }

            public Query query(String text) {
                return qb.build("text", text);
            }
        };
    }

    static Analyzer icuFolding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new ICUFoldingFilter(t));
            }
        };
    }

    private static IndexSearcher index(SearchSystem s, List<CorpusArticle> articles) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig cfg = new IndexWriterConfig(s.indexAnalyzer()).setRAMBufferSizeMB(256);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < articles.size(); i++) {
                Document d = new Document();
                d.add(new StringField("n", Integer.toString(i), Field.Store.YES));
                s.addFields(d, articles.get(i).text());
                w.addDocument(d);
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    /** MRR@10, recall@10, number of queries. */
    private static double[] evaluate(SearchSystem s, IndexSearcher searcher, Variant v) throws IOException {
        double rr = 0;
        int hits = 0;
        int n = 0;
        for (int i = 0; i < v.queries().size(); i++) {
            String q = v.queries().get(i);
            if (q == null) {
                continue;
            }
            n++;
            TopDocs top = searcher.search(s.query(q), 10);
            ScoreDoc[] sd = top.scoreDocs;
            for (int r = 0; r < sd.length; r++) {
                // the stored ordinal identifies the article the query was cut from
                if (Integer.parseInt(searcher.storedFields().document(sd[r].doc).get("n")) == i) {
                    rr += 1.0 / (r + 1);
                    hits++;
                    break;
                }
            }
        }
        return new double[] {n == 0 ? 0 : rr / n, n == 0 ? 0 : (double) hits / n, n};
    }

    /** Builds the query variants; index i of each list is the query for article i (null: not sampled). */
    List<Variant> variants(List<CorpusArticle> articles, VietnameseAbbreviations abbreviations) {
        Random rnd = new Random(options.seed());
        int total = articles.size();
        boolean[] chosen = new boolean[total];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        for (int k = 0; k < Math.min(options.queries(), total); k++) {
            chosen[order.get(k)] = true;
        }
        List<String> accented = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        List<String> abbreviated = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String title = Normalizer.normalize(articles.get(i).title(), Normalizer.Form.NFC);
            String[] words = title.strip().split("\\s+");
            if (!chosen[i] || words.length == 0) {
                accented.add(null);
                expanded.add(null);
                abbreviated.add(null);
                continue;
            }
            int k = Math.min(options.queryWords(), words.length);
            int start = rnd.nextInt(words.length - k + 1);
            accented.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + k)));
            expanded.add(swapAbbreviation(words, k, abbreviations, true));
            abbreviated.add(swapAbbreviation(words, k, abbreviations, false));
        }
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("có dấu (accented)", accented));
        out.add(new Variant("không dấu (no diacritics)", map(accented, VietnameseText::fold)));
        out.add(new Variant("dấu lẫn lộn (mixed accents)", map(accented, KnownItemEval::mixAccents)));
        out.add(new Variant("viết tắt → đầy đủ (abbrev. typed in full)", expanded));
        out.add(new Variant("đầy đủ → viết tắt (full form abbreviated)", abbreviated));
        out.add(new Variant("kiểu dấu khác (other tone style)", map(accented, q -> {
            String old = VietnameseText.toOldStyle(q);
            if (!old.equals(q)) {
                return old;
            }
            String neu = VietnameseText.toNewStyle(q);
            return neu.equals(q) ? null : neu;
        })));
        out.add(new Variant("NFD", map(accented, q -> Normalizer.normalize(q, Normalizer.Form.NFD))));
        out.add(new Variant("Telex, bộ gõ tắt (Telex typed)", map(accented, TelexEncoder::encode)));
        return out;
    }

    private static List<String> map(List<String> in, Function<String, String> f) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            out.add(s == null ? null : f.apply(s));
        }
        return out;
    }

    /**
     * The query as typed half-corrected or on a phone keyboard: every other word that has diacritics loses them
     * ("mưa lũ Hà Tĩnh" → "mua lũ Ha Tĩnh"); null when fewer than two words carry diacritics.
     */
    static String mixAccents(String q) {
        String[] words = q.split(" ");
        int marked = 0;
        for (int i = 0; i < words.length; i++) {
            if (VietnameseText.hasDiacritics(words[i])) {
                if (marked++ % 2 == 0) {
                    words[i] = VietnameseText.fold(words[i]);
                }
            }
        }
        return marked < 2 ? null : String.join(" ", words);
    }

    /**
     * A window of the title around its first abbreviation (toFull) or expansion (!toFull), with that item swapped
     * ("UBND tỉnh" → "ủy ban nhân dân tỉnh"); null when the title has none.
     */
    private static String swapAbbreviation(String[] words, int k, VietnameseAbbreviations abbreviations,
            boolean toFull) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
            if (toFull && w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !abbreviations.isAmbiguous(w)) {
                List<String> exp = abbreviations.expansions(w);
                if (!exp.isEmpty()) {
                    return window(words, i, 1, exp.get(0), k);
                }
            }
            for (int len = 5; len >= 2 && !toFull; len--) {
                if (i + len > words.length) {
                    continue;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len))
                        .replaceAll("[\\p{P}]+$", "");
                var abbr = abbreviations.abbreviationOf(phrase);
                if (abbr.isPresent() && !abbreviations.isAmbiguous(abbr.get())) {
                    return window(words, i, len, abbr.get(), k);
                }
            }
        }
        return null;
    }

    private static String window(String[] words, int at, int len, String replacement, int k) {
        List<String> w = new ArrayList<>(java.util.Arrays.asList(words));
        for (int j = 0; j < len; j++) {
            w.remove(at);
        }
        w.add(at, replacement);
        int size = Math.min(k, w.size());
        int start = Math.max(0, Math.min(at - size / 2, w.size() - size));
        return String.join(" ", w.subList(start, start + size));
    }

    private void print(List<Variant> variants, Map<String, Map<String, double[]>> results) {
        out.println();
        out.printf(Locale.ROOT, "%-44s %6s", "Biến thể truy vấn (query variant)", "n");
        for (String s : results.keySet()) {
            out.printf(Locale.ROOT, " | %-27s", s);
        }
        out.println();
        out.printf(Locale.ROOT, "%-44s %6s", "", "");
        for (int i = 0; i < results.size(); i++) {
            out.printf(Locale.ROOT, " | %-13s %-13s", "MRR@10", "recall@10");
        }
        out.println();
        for (Variant v : variants) {
            double n = results.values().iterator().next().get(v.label())[2];
            out.printf(Locale.ROOT, "%-44s %6d", v.label(), (int) n);
            for (Map<String, double[]> row : results.values()) {
                double[] m = row.get(v.label());
                out.printf(Locale.ROOT, " | %-13.3f %-13.3f", m[0], m[1]);
            }
            out.println();
        }
        out.flush();
    }
}
