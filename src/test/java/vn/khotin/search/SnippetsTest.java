package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
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

    /** The highlight stage no longer makes HTML; the web layer's rendering of its segments must be Lucene's HTML. */
    @Test
    void passageSegmentsRenderAsLucenesHtml() {
        PassageFormatter lucene = new DefaultPassageFormatter("<mark>", "</mark>", PassageSegments.ELLIPSIS, true);
        PassageSegments segments = new PassageSegments();
        Random rnd = new Random(7);
        String alphabet = "ab cđ<>&\"'/ ễ\u00a0.Hà Tĩnh";
        for (int trial = 0; trial < 3_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + rnd.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String content = text.toString();
            java.util.List<Passage> passages = new java.util.ArrayList<>();
            int at = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(Math.min(20, length));
            while (at < length && passages.size() < 4) {
                Passage p = new Passage();
                p.setStartOffset(at);
                int end = Math.min(length, at + 1 + rnd.nextInt(80));
                p.setEndOffset(end);
                // Matches in order of their starts, inside the passage; one may overlap the next or run past the end.
                for (int start = at + rnd.nextInt(5); start < end; start += 1 + rnd.nextInt(12)) {
                    p.addMatch(start, Math.min(length, start + 1 + rnd.nextInt(8)), new BytesRef("x"), 1);
                }
                passages.add(p);
                at = rnd.nextBoolean() ? end : end + rnd.nextInt(30);
            }
            Passage[] ps = passages.toArray(new Passage[0]);
            assertThat(vn.khotin.web.Snippets.html(segments.format(ps, content))).as(content)
                    .isEqualTo(lucene.format(ps, content));
        }
    }
}

