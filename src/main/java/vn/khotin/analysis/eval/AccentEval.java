package vn.khotin.analysis.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import vn.khotin.analysis.AccentModel;
import vn.khotin.analysis.AccentModel.Smoothing;
import vn.khotin.analysis.AccentModelBuilder;
import vn.khotin.analysis.AccentModelBuilder.Options;
import vn.khotin.analysis.AccentRestorer;
import vn.khotin.analysis.eval.AccentEvalSet.Item;

/**
 * {@code khotin eval accents}: word accuracy of accent restoration on held-out news text with every
 * diacritic removed, for the simplest baseline (each syllable's most frequent form in the same training text),
 * the former most-frequent-form method (word pairs, titles and sapos), the n-gram model as the server trains it, and
 * the model unpruned (with {@code full}: other orders, smoothings and prunings too), beside the published
 * reference. Also the query case: short spans of 2–6 words, typed without any accent or with half of their
 * words accented.
 */
public final class AccentEval {

    /** The published reference: Pham et al. 2017, phrase-based MT on Vietnamese news, word accuracy. */
    public static final double REFERENCE = 97.32;

    /**
     * @param corpus JSONL(.gz) news corpus
     * @param sentences held-out sentences to restore
     * @param spans query-like spans to restore
     * @param trainArticles most training articles (a uniform sample when fewer than available)
     * @param holdoutEvery every n-th article is held out
     * @param seed for the samples
     * @param full also other orders, smoothings and prunings (needs several GB of heap)
     * @param phrases phrase evidence given to the model (lexicon words, abbreviation expansions, places)
     */
    public record Settings(Path corpus, int sentences, int spans, int trainArticles, int holdoutEvery, long seed,
            boolean full, List<String> phrases) {}

    private final Settings o;
    private final PrintWriter out;
    private final List<AccentEvalTable.Row> rows = new ArrayList<>();
    private List<Item> sentences;
    private List<Item> spans;
    private List<Item> cuts;
    private List<Item> mixed;

    private AccentEval(Settings o, PrintWriter out) {
        this.o = o;
        this.out = out;
    }

    /** Runs the evaluation and prints its table. */
    public static void run(Settings o, PrintWriter out) throws IOException {
        new AccentEval(o, out).run();
    }

    private void run() throws IOException {
        long t0 = System.nanoTime();
        AccentEvalSet set = AccentEvalSet.read(o.corpus(), o.holdoutEvery(), o.trainArticles(), o.seed());
        sentences = set.sentenceItems(o.sentences());
        cuts = new ArrayList<>();
        for (String g : set.spans(o.spans(), o.sentences(), o.seed() + 1, false)) {
            cuts.add(AccentEvalSet.item(g, null));
        }
        spans = new ArrayList<>();
        mixed = new ArrayList<>();
        Random rnd = new Random(o.seed() + 2);
        for (String g : set.spans(o.spans(), o.sentences(), o.seed() + 3, true)) {
            spans.add(AccentEvalSet.item(g, null));
            mixed.add(AccentEvalSet.halfAccented(g, rnd));
        }
        out.printf(Locale.ROOT, "Kho: %s; giữ lại mỗi bài thứ %d (%d bài, không dùng để huấn luyện); huấn luyện trên %d bài"
                + " (đọc trong %.0f s).%n", o.corpus(), o.holdoutEvery(), set.heldOutArticles(),
                set.training().size(), (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "Thử: %d câu giữ lại (%d từ); cụm 2–6 âm tiết liền nhau trong câu: %d cắt bất kỳ"
                + " (%d từ), %d trọn từ theo bộ tách từ (%d từ); bỏ hết dấu (đ → d).%n", sentences.size(),
                words(sentences), cuts.size(), words(cuts), spans.size(), words(spans));
        out.println("Đếm từ: mọi token chỉ gồm chữ cái (kể cả viết tắt, tên riêng, từ nước ngoài); không đếm số, mã,"
                + " dấu câu. So sánh sau NFC, kiểu dấu mới, không phân biệt hoa thường.");
        out.flush();
        rows.add(evaluate("(0) giữ nguyên đầu vào, không thêm dấu", 0, UnaryOperator.identity()));
        baseline(set, true, false, "(a0) dạng thường gặp nhất mỗi âm tiết, cả thân bài");
        baseline(set, false, true, "(a) dạng thường gặp nhất (cách cũ): cặp từ, tiêu đề + sapo");
        if (o.full()) {
            baseline(set, true, true, "(a') dạng thường gặp nhất, cặp từ, cả thân bài");
        }
        models(set);
        AccentEvalTable.print(rows, REFERENCE, out);
    }

    private static long words(List<Item> items) {
        long n = 0;
        for (Item i : items) {
            n += i.stripped().length;
        }
        return n;
    }

    /**
     * A most-frequent-form restorer trained on the titles and sapos (with {@code bodies}, the whole training text,
     * as the model is), with or without word pairs.
     */
    private void baseline(AccentEvalSet set, boolean bodies, boolean pairs, String label) {
        MostFrequentForm mff = new MostFrequentForm(pairs);
        for (CorpusArticle a : set.training()) {
            mff.add(a.title());
            mff.add(a.sapo());
            if (bodies) {
                mff.add(a.body());
            }
        }
        mff.freeze();
        rows.add(evaluate(label, Double.NaN, mff::restore));
    }

    private void models(AccentEvalSet set) throws IOException {
        AccentModelBuilder.TextSource texts = sink -> set.training().forEach(a -> sink.accept(a.text()));
        Options served = Options.served();
        AccentModel model = trainBounded(texts, served);
        rows.add(evaluate("(b) phục vụ: " + describe(served), model));
        if (o.full()) {
            rows.add(evaluate("(b') như (b), bỏ qua chữ hoa/thường", new AccentRestorer(model,
                    AccentRestorer.DEFAULT_BEAM, 0)));
            margins(model);
        }
        model = null;
        int order = o.full() ? 5 : served.order();
        AccentModelBuilder.Counts exact = countInMemory(texts, Options.unpruned(order, served.smoothing()));
        rows.add(evaluate("(c) 3-gram Kneser–Ney, không tỉa", exact.estimate(3, Smoothing.KNESER_NEY, 1)));
        if (!o.full()) {
            return;
        }
        rows.add(evaluate("như (b), đếm trong bộ nhớ", exact.estimate(3, Smoothing.KNESER_NEY, served.minCounts())));
        for (int min : new int[] {3, 5, 10}) {
            rows.add(evaluate("3-gram KN, tỉa n-gram bậc ≥ 2 gặp < " + min + " lần",
                    exact.estimate(3, Smoothing.KNESER_NEY, 1, 1, min)));
        }
        rows.add(evaluate("3-gram KN, tỉa bậc 2 gặp < 2, bậc 3 gặp < 3 lần",
                exact.estimate(3, Smoothing.KNESER_NEY, 1, 1, 2, 3)));
        for (int k = 2; k <= 5; k++) {
            if (k != 3) {
                rows.add(evaluate(k + "-gram KN, không tỉa", exact.estimate(k, Smoothing.KNESER_NEY, 1)));
            }
        }
        rows.add(evaluate("4-gram KN, tỉa bậc ≥ 2 gặp < 2 lần", exact.estimate(4, Smoothing.KNESER_NEY, 1, 1, 2)));
        for (int k = 3; k <= 4; k++) {
            rows.add(evaluate(k + "-gram Witten–Bell, không tỉa", exact.estimate(k, Smoothing.WITTEN_BELL, 1)));
            rows.add(evaluate(k + "-gram stupid back-off, không tỉa", exact.estimate(k, Smoothing.STUPID_BACKOFF, 1)));
        }
    }

    private static String describe(Options op) {
        return op.order() + "-gram " + (op.smoothing() == Smoothing.KNESER_NEY ? "Kneser–Ney" : op.smoothing().name())
                + ", tỉa n-gram bậc ≥ 2 gặp < " + op.minCounts()[op.minCounts().length - 1] + " lần";
    }

    /** The served model, trained as the server does, with its time and heap printed. */
    private AccentModel trainBounded(AccentModelBuilder.TextSource texts, Options options) throws IOException {
        Path work = Files.createTempDirectory("khotin-accents");
        try {
            HeapWatch heap = HeapWatch.start();
            long t0 = System.nanoTime();
            AccentModel m = AccentModelBuilder.buildBounded(texts, o.phrases(), options, work);
            double seconds = (System.nanoTime() - t0) / 1e9;
            HeapWatch.Peak peak = heap.stop();
            long[] g = m.info().grams();
            out.printf(Locale.ROOT, "Huấn luyện (b) như máy chủ: %,d từ, %.1f s; heap sau GC tăng tối đa %.0f MB"
                    + " trong khi huấn luyện (%d lần GC); mô hình %.1f MB (1: %,d, 2: %,d, 3: %,d n-gram).%n",
                    m.info().tokens(), seconds, peak.megabytes(), peak.collections(), m.bytes() / 1e6, g[1], g[2], g[3]);
            out.flush();
            return m;
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private AccentModelBuilder.Counts countInMemory(AccentModelBuilder.TextSource texts, Options options)
            throws IOException {
        long t0 = System.nanoTime();
        AccentModelBuilder.Counts counts = AccentModelBuilder.count(texts, o.phrases(), options);
        long[] g = counts.grams();
        out.printf(Locale.ROOT, "Đếm chính xác trong bộ nhớ đến bậc %d: %.1f s, bảng đếm %.0f MB; n-gram:",
                options.order(), (System.nanoTime() - t0) / 1e9, counts.bytes() / 1e6);
        for (int k = 1; k < g.length; k++) {
            out.printf(Locale.ROOT, " %d: %,d", k, g[k]);
        }
        out.println();
        out.flush();
        return counts;
    }

    /** The served query restoration's margin: how many stripped span words change, and how many rightly. */
    private void margins(AccentModel model) {
        AccentRestorer r = new AccentRestorer(model);
        out.println("Ngưỡng tin cậy cho truy vấn (cụm từ bỏ hết dấu): từ được thêm dấu / trong đó đúng:");
        for (double margin : new double[] {0, 1, 2, 3, 5}) {
            List<boolean[]> changed = new ArrayList<>();
            List<boolean[]> right = AccentScoring.score(spans, q -> r.restoreQuery(q, margin), changed);
            long c = 0;
            long ok = 0;
            for (int i = 0; i < right.size(); i++) {
                for (int w = 0; w < right.get(i).length; w++) {
                    if (changed.get(i)[w]) {
                        c++;
                        ok += right.get(i)[w] ? 1 : 0;
                    }
                }
            }
            out.printf(Locale.ROOT, "  ngưỡng %.0f: %,d / %,d từ thêm dấu, %.2f %% đúng%n", margin, c, words(spans),
                    100.0 * ok / Math.max(1, c));
        }
        out.flush();
    }

    private AccentEvalTable.Row evaluate(String label, AccentModel model) {
        return evaluate(label, new AccentRestorer(model));
    }

    private AccentEvalTable.Row evaluate(String label, AccentRestorer r) {
        return evaluate(label, r.model().bytes() / 1e6, r::restore, q -> r.restoreQuery(q, Double.NEGATIVE_INFINITY));
    }

    private AccentEvalTable.Row evaluate(String label, double megabytes, UnaryOperator<String> restorer) {
        return evaluate(label, megabytes, restorer, restorer);
    }

    private AccentEvalTable.Row evaluate(String label, double megabytes, UnaryOperator<String> text,
            UnaryOperator<String> query) {
        long t0 = System.nanoTime();
        List<boolean[]> s = AccentScoring.score(sentences, text, null);
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, sentences.size());
        List<boolean[]> cut = AccentScoring.score(cuts, query, null);
        List<boolean[]> sp = AccentScoring.score(spans, query, null);
        List<boolean[]> mx = AccentScoring.score(mixed, query, null);
        AccentEvalTable.Row row = new AccentEvalTable.Row(label, megabytes, AccentEvalTable.Accuracy.of(s),
                AccentEvalTable.Accuracy.of(cut), AccentEvalTable.Accuracy.of(sp),
                AccentEvalTable.Accuracy.stripped(mx, mixed), AccentEvalTable.Accuracy.stripped(sp, mixed), ms);
        out.printf(Locale.ROOT, "  %-62s câu %6.2f %%  cụm %6.2f %% / %6.2f %%%n", label, row.sentences().percent(),
                row.cuts().percent(), row.spans().percent());
        out.flush();
        return row;
    }
}
