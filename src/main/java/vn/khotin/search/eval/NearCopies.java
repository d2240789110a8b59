package vn.khotin.search.eval;

import java.util.ArrayList;
import java.util.List;
import vn.khotin.index.ArticleFeatures;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.search.NearDuplicates;

/**
 * Checks that generated articles are not copies of each other as the search sees copies: the SimHash the index
 * stores ({@link ArticleFeatures}, over sapo and body) within {@link NearDuplicates#MAX_DISTANCE} bits, or the
 * same title ({@link ArticleSchema#titleHash}). The sample is every article made from the first {@value #BASES}
 * base articles, so articles sharing a base (the likeliest copies) are all compared with each other.
 */
public final class NearCopies {

    /** How many base articles the sample follows. */
    static final int BASES = 150;

    /**
     * The result of the check.
     *
     * @param bases base articles followed
     * @param articles articles in the sample
     * @param pairs pairs compared
     * @param sameBasePairs pairs of articles made from the same base article
     * @param copyPairs pairs whose SimHashes are within {@link NearDuplicates#MAX_DISTANCE} bits
     * @param sameTitlePairs pairs with the same title as the search compares titles
     */
    public record Report(int bases, int articles, long pairs, long sameBasePairs, long copyPairs, long sameTitlePairs) {}

    private record Sampled(int base, long simhash, long titleHash) {}

    private final List<Sampled> sample = new ArrayList<>();

    void add(int base, String title, String sapo, List<String> body) {
        String text = sapo + "\n" + String.join("\n\n", body);
        long simhash = ArticleFeatures.of(title, text, "", Gazetteer.get()).simhash();
        sample.add(new Sampled(base, simhash, ArticleSchema.titleHash(title)));
    }

    Report report() {
        long pairs = 0;
        long sameBase = 0;
        long copies = 0;
        long titles = 0;
        for (int i = 0; i < sample.size(); i++) {
            for (int j = i + 1; j < sample.size(); j++) {
                Sampled a = sample.get(i);
                Sampled b = sample.get(j);
                pairs++;
                sameBase += a.base() == b.base() ? 1 : 0;
                copies += ArticleFeatures.distance(a.simhash(), b.simhash()) <= NearDuplicates.MAX_DISTANCE ? 1 : 0;
                titles += a.titleHash() == b.titleHash() ? 1 : 0;
            }
        }
        return new Report(BASES, sample.size(), pairs, sameBase, copies, titles);
    }
}
