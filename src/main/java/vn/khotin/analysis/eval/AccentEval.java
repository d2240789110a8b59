package vn.khotin.analysis.eval;

import java.io.IOException;
import java.io.PrintWriter;
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
 * diacritic removed, for the former most-frequent-form method, the n-gram model at the size the server
 * uses, and the model unpruned (with {@code full}: other orders, smoothings and prunings too), beside the
 * published reference. Also the query case: short spans of 2–6 words, typed without any accent or with half
 * of their words accented.
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
    private final List<Row> rows = new ArrayList<>();
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

    private record Row(String label, double megabytes, Accuracy sentences, Accuracy cuts, Accuracy spans, Accuracy mixed,
            Accuracy mixedAllStripped, double msPerSentence) {}

    private record Accuracy(long correct, long words) {
        double percent() {
            return words == 0 ? Double.NaN : 100.0 * correct / words;
        }
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
        baseline(set, false);
        if (o.full()) {
            baseline(set, true);
        }
        models(set);
        print();
    }

    private static long words(List<Item> items) {
        long n = 0;
        for (Item i : items) {
            n += i.stripped().length;
        }
        return n;
    }

    private void baseline(AccentEvalSet set, boolean bodies) {
        MostFrequentForm mff = new MostFrequentForm();
        for (CorpusArticle a : set.training()) {
            mff.add(a.title());
            mff.add(a.sapo());
            if (bodies) {
                mff.add(a.body());
            }
        }
        mff.freeze();
        rows.add(evaluate(bodies ? "(a') dạng thường gặp nhất, cả thân bài"
                : "(a) dạng thường gặp nhất (cách cũ): tiêu đề + sapo", Double.NaN, mff::restore));
    }

    private void models(AccentEvalSet set) throws IOException {
        AccentModelBuilder.TextSource texts = sink -> set.training().forEach(a -> sink.accept(a.text()));
        Options served = Options.served();
        AccentModel model = train("phục vụ (served)", texts, o.phrases(), served).estimate();
        rows.add(evaluate("(b) " + describe(served) + ", ngân sách đếm " + served.maxEntries() / 1_000_000
                + " triệu", model));
        model = null;
        if (o.full()) {
            AccentModel bare = train("phục vụ, không cụm từ", texts, List.of(), served).estimate();
            rows.add(evaluate("(b') như (b), không thêm từ điển/viết tắt/địa danh", bare));
        }
        int order = o.full() ? 5 : served.order();
        AccentModelBuilder.Counts exact = train("đếm chính xác", texts, o.phrases(),
                Options.unpruned(order, served.smoothing()));
        rows.add(evaluate("(c) " + served.order() + "-gram Kneser–Ney, không tỉa",
                exact.estimate(served.order(), served.smoothing(), 1)));
        if (!o.full()) {
            return;
        }
        for (int min : new int[] {2, 3, 5, 10}) {
            rows.add(evaluate("3-gram KN, tỉa n-gram bậc ≥ 2 gặp < " + min + " lần",
                    exact.estimate(3, Smoothing.KNESER_NEY, 1, 1, min)));
        }
        for (int k = 2; k <= 5; k++) {
            if (k != 3) {
                rows.add(evaluate(k + "-gram KN, không tỉa", exact.estimate(k, Smoothing.KNESER_NEY, 1)));
            }
        }
        rows.add(evaluate("4-gram KN, tỉa bậc 3–4 gặp < 2 lần", exact.estimate(4, Smoothing.KNESER_NEY, 1, 1, 2)));
        rows.add(evaluate("4-gram KN, tỉa bậc 3–4 gặp < 3 lần", exact.estimate(4, Smoothing.KNESER_NEY, 1, 1, 3)));
        for (int k = 3; k <= 4; k++) {
            rows.add(evaluate(k + "-gram Witten–Bell, không tỉa", exact.estimate(k, Smoothing.WITTEN_BELL, 1)));
            rows.add(evaluate(k + "-gram stupid back-off, không tỉa", exact.estimate(k, Smoothing.STUPID_BACKOFF, 1)));
        }
    }

    private static String describe(Options op) {
        return op.order() + "-gram " + (op.smoothing() == Smoothing.KNESER_NEY ? "Kneser–Ney" : op.smoothing().name())
                + ", tỉa n-gram gặp < " + op.minCounts()[op.minCounts().length - 1] + " lần";
    }

    private AccentModelBuilder.Counts train(String label, AccentModelBuilder.TextSource texts, List<String> phrases,
            Options options) throws IOException {
        long before = usedHeap();
        long t0 = System.nanoTime();
        AccentModelBuilder.Counts counts = AccentModelBuilder.count(texts, phrases, options);
        long t1 = System.nanoTime();
        long withCounts = usedHeap();
        AccentModel m = counts.estimate();
        long t2 = System.nanoTime();
        long[] g = counts.grams();
        out.printf(Locale.ROOT, "Huấn luyện %s: %,d từ; đếm %.1f s (bảng đếm %.0f MB, heap +%.0f MB, %d lần tỉa khi đếm),"
                + " ước lượng %s %.1f s → mô hình %.1f MB; n-gram đếm được:", label, counts.tokens(), (t1 - t0) / 1e9,
                counts.bytes() / 1e6, (withCounts - before) / 1e6, counts.sweeps(), describe(options),
                (t2 - t1) / 1e9, m.bytes() / 1e6);
        for (int k = 1; k < g.length; k++) {
            out.printf(Locale.ROOT, " %d: %,d", k, g[k]);
        }
        long[] kept = m.info().grams();
        out.print("; giữ:");
        for (int k = 1; k < kept.length; k++) {
            out.printf(Locale.ROOT, " %d: %,d", k, kept[k]);
        }
        out.println();
        out.flush();
        return counts;
    }

    private static long usedHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private Row evaluate(String label, AccentModel model) {
        AccentRestorer r = new AccentRestorer(model);
        return evaluate(label, model.bytes() / 1e6, r::restore, q -> r.restoreQuery(q, Double.NEGATIVE_INFINITY));
    }

    private Row evaluate(String label, double megabytes, UnaryOperator<String> restorer) {
        return evaluate(label, megabytes, restorer, restorer);
    }

    private Row evaluate(String label, double megabytes, UnaryOperator<String> text, UnaryOperator<String> query) {
        long t0 = System.nanoTime();
        List<boolean[]> s = AccentScoring.score(sentences, text);
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, sentences.size());
        List<boolean[]> cut = AccentScoring.score(cuts, query);
        List<boolean[]> sp = AccentScoring.score(spans, query);
        List<boolean[]> mx = AccentScoring.score(mixed, query);
        Row row = new Row(label, megabytes, all(s), all(cut), all(sp), stripped(mx), stripped(sp), ms);
        out.printf(Locale.ROOT, "  %-62s câu %6.2f %%  cụm %6.2f %% / %6.2f %%%n", label, row.sentences().percent(),
                row.cuts().percent(), row.spans().percent());
        out.flush();
        return row;
    }

    private static Accuracy all(List<boolean[]> results) {
        long c = 0;
        long n = 0;
        for (boolean[] r : results) {
            for (boolean ok : r) {
                c += ok ? 1 : 0;
                n++;
            }
        }
        return new Accuracy(c, n);
    }

    /** Accuracy of {@code results} on the words stripped in the mixed items. */
    private Accuracy stripped(List<boolean[]> results) {
        long c = 0;
        long n = 0;
        for (int i = 0; i < mixed.size(); i++) {
            boolean[] strip = mixed.get(i).stripped();
            boolean[] r = results.get(i);
            for (int w = 0; w < strip.length && w < r.length; w++) {
                if (strip[w]) {
                    c += r[w] ? 1 : 0;
                    n++;
                }
            }
        }
        return new Accuracy(c, n);
    }

    private void print() {
        out.println();
        out.printf(Locale.ROOT, "%-62s %6s | %7s | %8s %8s | %9s %9s | %7s%n", "Phương pháp (method)", "MB", "câu",
                "cụm cắt", "cụm từ", "½ có dấu", "(bỏ hết)", "ms/câu");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-62s %6s | %6.2f%% | %7.2f%% %7.2f%% | %8.2f%% %8.2f%% | %7.2f%n", r.label(),
                    r.megabytes() > 0 ? String.format(Locale.ROOT, "%.1f", r.megabytes()) : "",
                    r.sentences().percent(), r.cuts().percent(), r.spans().percent(), r.mixed().percent(),
                    r.mixedAllStripped().percent(), r.msPerSentence());
        }
        out.printf(Locale.ROOT, "%-62s %6s | %6.2f%% |%n", "Tham chiếu: Pham et al. 2017 (dịch máy cụm từ, tin tức)", "",
                REFERENCE);
        out.println();
        out.println("Độ chính xác theo từ. câu: cả câu bỏ hết dấu. cụm cắt: 2–6 âm tiết liền nhau cắt bất kỳ; cụm từ: 2–6"
                + " âm tiết trọn từ (như truy vấn), bỏ hết dấu, khôi phục không kèm ngữ cảnh câu. ½ có dấu: các cụm từ đó"
                + " với một nửa số từ (ngẫu nhiên) giữ dấu, chỉ đếm các từ bị bỏ dấu; (bỏ hết): chính các từ đó khi cả"
                + " cụm bỏ dấu.");
        out.flush();
    }
}
