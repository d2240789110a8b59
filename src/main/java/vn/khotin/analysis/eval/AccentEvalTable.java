package vn.khotin.analysis.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import vn.khotin.analysis.eval.AccentEvalSet.Item;

/** The table {@code khotin eval accents} prints: word accuracy per method and test set. */
final class AccentEvalTable {

    private AccentEvalTable() {
    }

    /** One method's results. */
    record Row(String label, double megabytes, Accuracy sentences, Accuracy cuts, Accuracy spans, Accuracy mixed,
            Accuracy mixedAllStripped, double msPerSentence) {}

    /** Words right of words counted. */
    record Accuracy(long correct, long words) {
        double percent() {
            return words == 0 ? Double.NaN : 100.0 * correct / words;
        }

        /** Over every word of every item. */
        static Accuracy of(List<boolean[]> results) {
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

        /** Over the words that {@code mixed} typed without accents (results of the same spans, in order). */
        static Accuracy stripped(List<boolean[]> results, List<Item> mixed) {
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
    }

    static void print(List<Row> rows, double reference, PrintWriter out) {
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
                reference);
        out.println();
        out.println("Độ chính xác theo từ. câu: cả câu bỏ hết dấu. cụm cắt: 2–6 âm tiết liền nhau cắt bất kỳ; cụm từ: 2–6"
                + " âm tiết trọn từ (như truy vấn), bỏ hết dấu, khôi phục không kèm ngữ cảnh câu. ½ có dấu: các cụm từ đó"
                + " với một nửa số từ (ngẫu nhiên) giữ dấu, chỉ đếm các từ bị bỏ dấu; (bỏ hết): chính các từ đó khi cả"
                + " cụm bỏ dấu.");
        out.flush();
    }
}
