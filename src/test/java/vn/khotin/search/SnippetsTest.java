package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void leanPassageScorerScoresExactlyLikeLucenes() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new Snippets.LeanPassageScorer();
        Random rnd = new Random(42);
        String[] words = {"hà", "tĩnh", "ha", "tinh", "mưa", "lũ", "kỳ", "anh"};
        for (int trial = 0; trial < 2_000; trial++) {
            Passage p = new Passage();
            int start = rnd.nextInt(5_000);
            p.setStartOffset(start);
            // Matches must lie inside the passage: set its end first.
            p.setEndOffset(start + 12 * 31 + 10 + rnd.nextInt(200));
            int pos = start;
            int matches = rnd.nextInt(12);
            for (int m = 0; m < matches; m++) {
                pos += 1 + rnd.nextInt(30);
                String w = words[rnd.nextInt(words.length)];
                p.addMatch(pos, pos + w.length(), new BytesRef(w), 1 + rnd.nextInt(20));
            }
            int contentLength = p.getEndOffset() + rnd.nextInt(20_000);
            assertThat(Float.floatToIntBits(lean.score(p, contentLength)))
                    .isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
        }
    }
}
