package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.khotin.index.ArticleSchema;

/**
 * The 32-bit prints that let the copy lookup skip most hashes of a band ({@code SegmentValues}) never skip a copy:
 * whatever the hash and whichever bits (up to the copy distance) its copy changed, the prints of every band differ
 * in no more bits than the hashes do.
 */
class SimHashPrintTest {

    @Property(tries = 2000)
    void aPrintDiffersInNoMoreBitsThanItsHash(@ForAll long hash, @ForAll long flipSeed,
            @ForAll @IntRange(min = 0, max = 5) int flips) {
        long copy = hash;
        java.util.Random random = new java.util.Random(flipSeed);
        for (int i = 0; i < flips; i++) {
            copy ^= 1L << random.nextInt(64);
        }
        int distance = Long.bitCount(hash ^ copy);
        for (int band = 0; band < ArticleSchema.simhashBandValues(0).length; band++) {
            int printDistance = Integer.bitCount(SegmentValues.print(hash, band) ^ SegmentValues.print(copy, band));
            assertThat(printDistance).isLessThanOrEqualTo(distance);
        }
    }

    @Property(tries = 200)
    void aPrintLeavesOutItsOwnBand(@ForAll long hash, @ForAll @IntRange(min = 0, max = 5) int band) {
        long bandBits = ArticleSchema.simhashBandMask(band);
        assertThat(SegmentValues.print(hash, band)).isEqualTo(SegmentValues.print(hash ^ bandBits, band));
        assertThat(Long.bitCount(bandBits)).isEqualTo(Integer.bitCount(ArticleSchema.simhashBandValues(-1L)[band]));
    }
}
