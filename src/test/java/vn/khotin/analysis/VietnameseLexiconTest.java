package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Compound keys and the word lookups and segmentation built on them. */
class VietnameseLexiconTest {

    // Ids are handed out in order of first appearance, so "làm" is syllable 3: the first id of a four-syllable
    // key that the old packing (length first, 16 bits per id, shifted out of a 64-bit key by four ids) made
    // equal to the three-syllable key of the other three ids.
    private static final VietnameseLexicon SMALL = VietnameseLexicon.ofWordList("""
            một
            hai
            làm
            chủ sở hữu\t8
            làm đơn giản hóa\t5
            """);

    private static int[] ids(VietnameseLexicon lex, String text) {
        return Arrays.stream(text.split(" ")).mapToInt(lex::syllableId).toArray();
    }

    private static List<Integer> segment(VietnameseLexicon lex, String text, boolean memo) {
        int[] ids = ids(lex, text);
        int n = ids.length;
        int[] lengths = new int[n];
        int words = new WordSegmenter(lex).segment(ids, new boolean[n], 0, n, true, lengths, new boolean[n], new double[n + 1],
                new int[n + 1], memo ? new VietnameseLexicon.WordMemo() : null);
        return Arrays.stream(lengths, 0, words).boxed().toList();
    }

    @Test
    void aFourSyllableKeyStartingWithSyllableThreeIsNotTheThreeSyllableKeyOfItsTail() {
        int[] ids = ids(SMALL, "làm chủ sở hữu");
        assertThat(ids[0]).isEqualTo(3);
        assertThat(VietnameseLexicon.pack(ids, 0, 4)).isNotEqualTo(VietnameseLexicon.pack(ids, 1, 3));
    }

    @Test
    void aThreeSyllableWordAfterSyllableThreeIsNoFourSyllableWord() {
        assertThat(SMALL.wordCount("chủ sở hữu")).isEqualTo(8);
        assertThat(SMALL.wordCount("làm chủ sở hữu")).isZero();
        for (boolean memo : new boolean[] {false, true}) {
            assertThat(segment(SMALL, "làm chủ sở hữu", memo)).as("memo %s", memo).containsExactly(1, 3);
        }
    }

    @Test
    void aFourSyllableWordStartingWithSyllableThreeLendsItsTailNoWord() {
        assertThat(SMALL.wordCount("làm đơn giản hóa")).isEqualTo(5);
        assertThat(SMALL.wordCount("đơn giản hóa")).isZero();
        for (boolean memo : new boolean[] {false, true}) {
            assertThat(segment(SMALL, "làm đơn giản hóa", memo)).as("memo %s", memo).containsExactly(4);
            assertThat(segment(SMALL, "một đơn giản hóa", memo)).as("memo %s", memo).containsExactly(1, 1, 1, 1);
        }
    }

    @Test
    void theSharedLexiconKeepsLengthsApartToo() {
        VietnameseLexicon lex = VietnameseLexicon.get();
        assertThat(lex.syllableCount()).isLessThan(1 << 15); // room left under the 15-bit ids of the keys
        String third = lex.syllable(3);
        assertThat(lex.wordCount("chủ sở hữu")).isPositive();
        assertThat(lex.wordCount(third + " chủ sở hữu")).as("syllable 3 is '%s'", third).isZero();
        VietnameseAnalysis v = VietnameseAnalysis.create();
        assertThat(TokenAssert.terms(v.indexAnalyzer(VietnameseAnalysis.Role.WORDS), "Họ làm chủ sở hữu."))
                .contains("chủ_sở_hữu").doesNotContain("làm_chủ_sở_hữu");
    }

    @Property(tries = 500)
    void prependingASyllableNeverGivesTheSameKey(@ForAll @Size(min = 3, max = 3) List<@IntRange(min = 1, max = 32_767) Integer> tail,
            @ForAll @IntRange(min = 1, max = 32_767) int first, @ForAll @IntRange(min = 2, max = 3) int n) {
        int[] ids = new int[n + 1];
        ids[0] = first;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = tail.get(i);
        }
        assertThat(VietnameseLexicon.pack(ids, 0, n + 1)).isNotEqualTo(VietnameseLexicon.pack(ids, 1, n))
                .isNotZero();
        int[] other = ids.clone();
        other[n] = ids[n] == 32_767 ? 1 : ids[n] + 1;
        assertThat(VietnameseLexicon.pack(other, 0, n + 1)).isNotEqualTo(VietnameseLexicon.pack(ids, 0, n + 1));
    }
}
