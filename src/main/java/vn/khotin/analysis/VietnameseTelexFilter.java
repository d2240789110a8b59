package vn.khotin.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Query-time filter for engines without Khotin's query layer (OpenSearch, Solr): a word typed in Telex or VNI
 * with the input method off ({@code hoaf}, {@code binhf}) gets its accented syllable ({@code hòa}, {@code bình})
 * stacked at the same position, so either form matches. Khotin itself searches the repaired query as a whole
 * instead ({@link VietnameseAnalysis#repairCandidates}).
 *
 * <p>Runs last in a query chain, on lower-cased terms; words that are already Vietnamese syllables, or whose
 * decoding is not one, pass alone (see {@link TelexVniRepair#repairWord}). With {@code folded} the stacked
 * syllable is folded too, for the {@code .folded} fields.
 */
public final class VietnameseTelexFilter extends TokenFilter {

    /** Token type of a stacked repaired syllable. */
    public static final String TYPE = "TELEX";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final TelexVniRepair repair;
    private final boolean folded;
    private AttributeSource.State pending;
    private String repaired;

    public VietnameseTelexFilter(TokenStream input, VietnameseLexicon lexicon, boolean folded) {
        super(input);
        this.repair = new TelexVniRepair(lexicon);
        this.folded = folded;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            termAtt.setEmpty().append(repaired);
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(1);
            typeAtt.setType(TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (posLenAtt.getPositionLength() == 1) {
            String word = repair.repairWord(termAtt.toString());
            if (word != null) {
                repaired = folded ? VietnameseText.fold(word) : word;
                pending = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        repaired = null;
    }
}
