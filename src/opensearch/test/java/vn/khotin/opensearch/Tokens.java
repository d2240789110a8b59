package vn.khotin.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Every attribute a search relies on, one token a line, so two analyzers compare as lists of strings. */
final class Tokens {

    private Tokens() {}

    static List<String> of(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " @" + position + "+"
                        + len.getPositionLength() + " " + type.type());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return of(analyzer, text).stream().filter(t -> !t.startsWith("end ")).map(t -> t.substring(0, t.indexOf(' ')))
                .toList();
    }
}
