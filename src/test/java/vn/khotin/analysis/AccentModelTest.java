package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    void aSaveThatFailsLeavesNoPartialFileAndTheOldOneAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("accents.model");
        Files.createDirectory(file); // stands in for a destination that cannot be replaced (a full disk fails earlier)
        Files.writeString(file.resolve("kept"), "old");
        assertThatThrownBy(() -> AccentRestorerTest.MODEL.save(file)).isInstanceOf(IOException.class);
        assertThat(Files.list(dir)).containsExactly(file);
        assertThat(Files.readString(file.resolve("kept"))).isEqualTo("old");
    }

    @Test
    void anotherFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("not-a-model");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> AccentModel.load(file)).isInstanceOf(IOException.class);
    }

    @Test
    void phrasesAddWordsAndSequencesTheTextLacks() throws IOException {
        Options options = new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12);
        AccentModel withPhrases = AccentModelBuilder.build(sink -> sink.accept("Thị xã mới."),
                List.of("thị xã Kỳ Anh", "Kỳ Anh"), options);
        assertThat(new AccentRestorer(withPhrases).restore("thi xa Ky Anh")).isEqualTo("thị xã Kỳ Anh");
    }

    @Test
    void everyOrderAndSmoothingRestoresTheExamples() throws IOException {
        Options exact = new Options(5, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12);
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

    @ParameterizedTest
    @ValueSource(ints = {TrigramTrainer.GRAMS_PER_PASS, 100})
    void boundedTrainingMakesTheModelOfInMemoryCounting(int gramsPerPass, @TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        Random rnd = new Random(3);
        String[] lines = AccentRestorerTest.TRAINING.split("\n");
        for (int i = 0; i < 300; i++) {
            text.append(lines[rnd.nextInt(lines.length)]).append('\n');
        }
        AccentModelBuilder.TextSource texts = sink -> sink.accept(text.toString());
        Options options = Options.served().withMinCounts(1, 1, 2, 3);
        AccentModel inMemory = AccentModelBuilder.build(texts, List.of(), options);
        // with 100 trigrams a slice, the text's trigrams are counted in several slices
        AccentModel bounded = AccentModelBuilder.buildBounded(texts, List.of(), options, dir, gramsPerPass);
        assertThat(bounded.info()).usingRecursiveComparison().isEqualTo(inMemory.info());
        // every probability of every gram the text has, through the tables and back-off weights
        AccentVocabulary v = inMemory.vocab;
        for (int a = 1; a < v.size(); a++) {
            for (int b = 1; b < v.size(); b++) {
                for (int c = 1; c < v.size(); c += 7) {
                    long history = (long) a << Grams.ID_BITS | b;
                    assertThat(bounded.logProb(history, 2, c)).as("%s %s %s", v.word(a), v.word(b), v.word(c))
                            .isCloseTo(inMemory.logProb(history, 2, c), within(1e-3));
                }
            }
        }
        assertThat(Files.list(dir)).isEmpty(); // the token file is gone
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
