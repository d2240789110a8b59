package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.analysis.AccentModel.Smoothing;
import vn.khotin.analysis.AccentModelBuilder.Options;
import vn.khotin.analysis.AccentTokenizer.Kind;

/** Training, persistence and the counting tables behind the accent model. */
class AccentModelTest {

    @Test
    void aSavedModelLoadsBackAndRestoresTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("accents.model");
        AccentRestorerTest.MODEL.save(file);
        AccentModel loaded = AccentModel.load(file);
        assertThat(loaded.info()).usingRecursiveComparison().isEqualTo(AccentRestorerTest.MODEL.info());
        AccentRestorer r = new AccentRestorer(loaded);
        for (String q : List.of("uy ban nhan dan tinh ha tinh", "bo doi giup dan chong lu lut", "ban hằng")) {
            assertThat(r.restore(q)).isEqualTo(AccentRestorerTest.RESTORER.restore(q));
        }
        assertThat(Files.list(dir)).containsExactly(file); // no temporary file left behind
    }

    @Test
    void anotherFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("not-a-model");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> AccentModel.load(file)).isInstanceOf(IOException.class);
    }

    @Test
    void phrasesAddWordsAndSequencesTheTextLacks() throws IOException {
        Options options = new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12, Long.MAX_VALUE);
        AccentModel withPhrases = AccentModelBuilder.build(sink -> sink.accept("Thị xã mới."),
                List.of("thị xã Kỳ Anh", "Kỳ Anh"), options);
        assertThat(new AccentRestorer(withPhrases).restore("thi xa Ky Anh")).isEqualTo("thị xã Kỳ Anh");
    }

    @Test
    void everyOrderAndSmoothingRestoresTheExamples() throws IOException {
        Options exact = new Options(5, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12, Long.MAX_VALUE);
        AccentModelBuilder.Counts counts = AccentModelBuilder.count(sink -> sink.accept(AccentRestorerTest.TRAINING),
                List.of(), exact);
        for (Smoothing s : Smoothing.values()) {
            for (int order = 2; order <= 5; order++) {
                AccentRestorer r = new AccentRestorer(counts.estimate(order, s, 1));
                assertThat(r.restore("uy ban nhan dan thanh pho ha tinh")).as("%s %d", s, order)
                        .isEqualTo("ủy ban nhân dân thành phố hà tĩnh");
            }
        }
    }

    @Test
    void aSmallCountingBudgetDropsRareGramsButKeepsTheFrequentOnes() throws IOException {
        Options tight = new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12, 200);
        String text = (AccentRestorerTest.TRAINING + "\n").repeat(20);
        AccentModelBuilder.Counts counts = AccentModelBuilder.count(sink -> sink.accept(text), List.of(), tight);
        assertThat(counts.sweeps()).isPositive();
        assertThat(new AccentRestorer(counts.estimate()).restore("uy ban nhan dan")).isEqualTo("ủy ban nhân dân");
    }

    @Test
    void removingRareKeysInPlaceKeepsEveryOtherKeyFindable() {
        CountTable t = new CountTable(3, 64);
        Random rnd = new Random(7);
        long[] keys = new long[3000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = 1 + rnd.nextInt(1 << 20);
            if (t.full()) {
                t.grow();
            }
            t.add(keys[i], 0, i % 3 == 0 ? 5 : 1);
        }
        t.removeAtMost(1);
        for (int i = 0; i < keys.length; i++) {
            if (i % 3 == 0) {
                assertThat(t.count(keys[i], 0)).as("key %d", keys[i]).isGreaterThanOrEqualTo(5);
            }
        }
        int left = 0;
        for (long k : t.keys) {
            left += k != 0 ? 1 : 0;
        }
        assertThat(left).isEqualTo(t.size);
        for (int s = 0; s < t.keys.length; s++) {
            if (t.keys[s] != 0) {
                assertThat(t.counts[s]).isGreaterThan(1);
                assertThat(t.find(t.keys[s], 0)).isEqualTo(s);
            }
        }
    }

    @Test
    void tokensAreWordsNumbersPunctuationAndBreaks() {
        String text = "UBND tỉnh, ngày 28/2/2024: 1.000 người… QL1A";
        assertThat(AccentTokenizer.tokens(text)).extracting(AccentTokenizer.Token::kind).containsExactly(
                Kind.WORD, Kind.WORD, Kind.PUNCT, Kind.WORD, Kind.NUMBER, Kind.PUNCT, Kind.NUMBER, Kind.WORD,
                Kind.BREAK, Kind.NUMBER);
        assertThat(AccentTokenizer.tokens(text).get(4).text(text)).isEqualTo("28/2/2024");
    }
}
