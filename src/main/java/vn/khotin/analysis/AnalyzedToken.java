package vn.khotin.analysis;

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

/**
 * One token as an analyzer produced it, like an entry of Elasticsearch's {@code _analyze}: for debugging,
 * the {@code khotin analyze} command and tests.
 *
 * @param term the indexed term
 * @param startOffset start in the original text (UTF-16 units)
 * @param endOffset end in the original text (exclusive)
 * @param position absolute position (first token 0)
 * @param positionLength positions the token spans (more than 1 for words and graph synonyms)
 * @param type the token type ({@code <SYLLABLE>}, {@code <CODE>}, {@code SYNONYM}, ...)
 */
public record AnalyzedToken(String term, int startOffset, int endOffset, int position, int positionLength,
        String type) {

    /** Runs the analyzer over {@code text} as field {@code field} and collects every token. */
    public static List<AnalyzedToken> analyze(Analyzer analyzer, String field, String text) {
        List<AnalyzedToken> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new AnalyzedToken(term.toString(), off.startOffset(), off.endOffset(), pos,
                        len.getPositionLength(), type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
