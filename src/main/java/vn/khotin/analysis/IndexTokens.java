package vn.khotin.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One text's exact-role tokens, recorded once for indexing and replayed for the exact and folded roles and the
 * catch-all field.
 *
 * <p>An article's text is indexed in up to four roles plus the catch-all field. The exact and folded roles and the
 * catch-all field share one chain (normalization, tokenizer, lower case, tone placement; the folded role then
 * folds), so the chain runs once and its output is replayed: the folded terms are the exact ones folded, as
 * {@code VietnameseFoldingFilter} does. The word roles keep their own analyzers, whose word filter reads the
 * tokenizer directly and keeps a per-thread syllable cache. {@link #exact()} and {@link #folded()} give, token for
 * token, what the role's index analyzer gives for the same text: the same terms, offsets, position increments,
 * types and flags, and the same state after {@code end()} ({@code IndexTokensTest}).
 *
 * <p>Built by {@code VietnameseAnalysis.indexTokens(String)}. Not thread-safe; each stream may be consumed once.
 */
public final class IndexTokens {

    /** The exact terms, one after another; token i ends at {@code termEnd[i]}. */
    private char[] exact = new char[256];
    private int[] termEnd = new int[64];
    private int[] startOffset = new int[64];
    private int[] endOffset = new int[64];
    private int[] positionIncrement = new int[64];
    private int[] flags = new int[64];
    private String[] type = new String[64];
    private int count;
    private int chars;
    private int finalOffset;
    private int finalPositionIncrement;

    IndexTokens(Analyzer exactAnalyzer, String text) {
        // the exact chain is the same for every field: the name only picks reused components
        try (TokenStream ts = exactAnalyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute types = ts.addAttribute(TypeAttribute.class);
            FlagsAttribute flagBits = ts.addAttribute(FlagsAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                add(term.buffer(), term.length(), offsets.startOffset(), offsets.endOffset(),
                        increment.getPositionIncrement(), types.type(), flagBits.getFlags());
            }
            ts.end();
            finalOffset = offsets.endOffset();
            finalPositionIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            // The analyzer reads a String: no I/O can fail.
            throw new UncheckedIOException(e);
        }
    }

    private void add(char[] term, int length, int start, int end, int increment, String tokenType, int tokenFlags) {
        if (count == termEnd.length) {
            int n = count * 2;
            termEnd = Arrays.copyOf(termEnd, n);
            startOffset = Arrays.copyOf(startOffset, n);
            endOffset = Arrays.copyOf(endOffset, n);
            positionIncrement = Arrays.copyOf(positionIncrement, n);
            flags = Arrays.copyOf(flags, n);
            type = Arrays.copyOf(type, n);
        }
        if (chars + length > exact.length) {
            exact = Arrays.copyOf(exact, Math.max(exact.length * 2, chars + length));
        }
        System.arraycopy(term, 0, exact, chars, length);
        chars += length;
        termEnd[count] = chars;
        startOffset[count] = start;
        endOffset[count] = end;
        positionIncrement[count] = increment;
        type[count] = tokenType;
        flags[count] = tokenFlags;
        count++;
    }

    /** The exact role's tokens, as the exact index analyzer gives them. */
    public TokenStream exact() {
        return new Replay(false);
    }

    /** The folded role's tokens: the exact ones folded, as the folded index analyzer gives them. */
    public TokenStream folded() {
        return new Replay(true);
    }

    /** Receives one exact term: {@code buffer[offset, offset + length)}, to be read during the call only. */
    @FunctionalInterface
    public interface TermSink {
        void accept(char[] buffer, int offset, int length);
    }

    /** Hands every exact-role term, in order, to {@code sink}. */
    public void forEachExactTerm(TermSink sink) {
        int from = 0;
        for (int i = 0; i < count; i++) {
            sink.accept(exact, from, termEnd[i] - from);
            from = termEnd[i];
        }
    }

    /** The number of tokens. */
    public int size() {
        return count;
    }

    /** The recorded tokens with the chain's attributes; folded ones fold each term as the folding filter does. */
    private final class Replay extends TokenStream {
        private final boolean fold;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute types = addAttribute(TypeAttribute.class);
        private final FlagsAttribute flagBits = addAttribute(FlagsAttribute.class);
        private int next;

        Replay(boolean fold) {
            this.fold = fold;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : termEnd[next - 1];
            int length = termEnd[next] - from;
            term.copyBuffer(exact, from, length);
            if (fold) {
                VietnameseText.fold(term.buffer(), 0, length);
            }
            offsets.setOffset(startOffset[next], endOffset[next]);
            increment.setPositionIncrement(positionIncrement[next]);
            types.setType(type[next]);
            flagBits.setFlags(flags[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offsets.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalPositionIncrement);
        }
    }
}
