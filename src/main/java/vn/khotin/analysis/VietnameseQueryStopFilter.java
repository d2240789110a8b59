package vn.khotin.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Query-time stopword removal that keeps phrases working: a stopword is dropped but its position stays
 * as a gap, so a phrase query "ủy ban của tỉnh" still requires the words around it at the right distance
 * (and matches the indexed text, which keeps every stopword). Stopwords therefore never add to the score.
 *
 * <p>Two guards: if the query consists only of stopwords ("không có"), nothing is removed; and a stopword
 * inside a synonym graph (a position where several paths start) is kept so the graph stays valid.
 * The filter buffers the whole stream, which is fine for queries and wrong for documents: use it at query
 * time only.
 */
public final class VietnameseQueryStopFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final CharArraySet stopwords;

    private final List<AttributeSource.State> states = new ArrayList<>();
    private final List<Integer> incs = new ArrayList<>();
    private boolean[] drop = new boolean[0];
    private boolean buffered;
    private int next;
    private int pendingInc;
    private AttributeSource.State endState;

    public VietnameseQueryStopFilter(TokenStream input, CharArraySet stopwords) {
        super(input);
        this.stopwords = stopwords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!buffered) {
            buffer();
        }
        while (next < states.size()) {
            int i = next++;
            if (drop[i]) {
                pendingInc += incs.get(i);
                continue;
            }
            restoreState(states.get(i));
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + pendingInc);
            pendingInc = 0;
            return true;
        }
        return false;
    }

    private void buffer() throws IOException {
        buffered = true;
        List<int[]> info = new ArrayList<>(); // position, posLen, stop
        int pos = -1;
        while (input.incrementToken()) {
            pos += posIncAtt.getPositionIncrement();
            boolean stop = posLenAtt.getPositionLength() == 1
                    && !SynonymGraphFilter.TYPE_SYNONYM.equals(typeAtt.type())
                    && stopwords.contains(termAtt.buffer(), 0, termAtt.length());
            info.add(new int[] {pos, posLenAtt.getPositionLength(), stop ? 1 : 0});
            states.add(captureState());
            incs.add(posIncAtt.getPositionIncrement());
        }
        input.end();
        endState = captureState();
        drop = new boolean[states.size()];
        boolean anyContent = false;
        for (int[] t : info) {
            anyContent |= t[2] == 0;
        }
        if (!anyContent) {
            return;
        }
        for (int i = 0; i < info.size(); i++) {
            if (info.get(i)[2] == 0) {
                continue;
            }
            boolean shared = false;
            for (int j = 0; j < info.size(); j++) {
                if (j != i && info.get(j)[0] <= info.get(i)[0]
                        && info.get(j)[0] + info.get(j)[1] > info.get(i)[0]) {
                    shared = true;
                    break;
                }
            }
            drop[i] = !shared;
        }
    }

    @Override
    public void end() throws IOException {
        if (endState != null) {
            restoreState(endState);
        }
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + pendingInc);
        pendingInc = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        incs.clear();
        drop = new boolean[0];
        buffered = false;
        next = 0;
        pendingInc = 0;
        endState = null;
    }
}
