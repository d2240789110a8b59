package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** A small JUnit 5 take on Lucene's assertTokenStreamContents: terms, offsets, positions, lengths, types. */
final class TokenAssert {

    private TokenAssert() {
    }

    static List<AnalyzedToken> tokens(Analyzer a, String text) {
        return AnalyzedToken.analyze(a, "f", text);
    }

    static List<String> terms(Analyzer a, String text) {
        return tokens(a, text).stream().map(AnalyzedToken::term).toList();
    }

    /**
     * Asserts the stream's contents; any of the arrays after {@code terms} may be null to skip that check.
     */
    static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends, int[] positions,
            int[] lengths, String[] types) {
        List<AnalyzedToken> got = tokens(a, text);
        assertThat(got.stream().map(AnalyzedToken::term).toList()).as("terms of %s", text).containsExactly(terms);
        for (int i = 0; i < got.size(); i++) {
            AnalyzedToken t = got.get(i);
            if (starts != null) {
                assertThat(t.startOffset()).as("start of %s", t.term()).isEqualTo(starts[i]);
            }
            if (ends != null) {
                assertThat(t.endOffset()).as("end of %s", t.term()).isEqualTo(ends[i]);
            }
            if (positions != null) {
                assertThat(t.position()).as("position of %s", t.term()).isEqualTo(positions[i]);
            }
            if (lengths != null) {
                assertThat(t.positionLength()).as("position length of %s", t.term()).isEqualTo(lengths[i]);
            }
            if (types != null) {
                assertThat(t.type()).as("type of %s", t.term()).isEqualTo(types[i]);
            }
        }
    }
}
