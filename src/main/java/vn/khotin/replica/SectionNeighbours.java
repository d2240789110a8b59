package vn.khotin.replica;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles next to one in its section's order, newest first: the related stories the editors did not choose,
 * and the older ones "Các tin đã đưa" lists. Called by {@link ArticleStore} under its read lock, the orders up to
 * date.
 */
final class SectionNeighbours {

    /** How far either side related stories are looked for: a page's cost stays independent of the corpus size. */
    private static final int REACH = 150;

    private SectionNeighbours() {
    }

    /**
     * Adds neighbours of the row at {@code pos} to {@code out} until it holds {@code n}: the most shared title words
     * first, then the nearer in date, then the higher ID.
     *
     * @param section the row's section order
     * @param signature the article's title signature
     */
    static void addRelated(ArticleTable table, int[] section, int pos, long signature, List<Long> out, int n) {
        int at = ListingOrder.indexIn(table, section, pos);
        record Cand(long id, int score, int dist) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int i = Math.max(0, at - REACH); i < Math.min(section.length, at + REACH + 1); i++) {
            int p = section[i];
            if (p != pos && !out.contains(table.id(p))) {
                cands.add(new Cand(table.id(p), Long.bitCount(signature & table.signature(p)), Math.abs(i - at)));
            }
        }
        cands.sort((x, y) -> x.score != y.score ? Integer.compare(y.score, x.score)
                : x.dist != y.dist ? Integer.compare(x.dist, y.dist) : Long.compare(y.id, x.id));
        for (Cand c : cands) {
            if (out.size() >= n) {
                break;
            }
            out.add(c.id);
        }
    }

    /** The IDs of up to {@code n} rows published before the row at {@code pos}, newest first. */
    static List<Long> older(ArticleTable table, int[] section, int pos, int n) {
        int at = ListingOrder.indexIn(table, section, pos);
        List<Long> out = new ArrayList<>();
        for (int i = at + 1; i < section.length && out.size() < n; i++) {
            out.add(table.id(section[i]));
        }
        return out;
    }
}
