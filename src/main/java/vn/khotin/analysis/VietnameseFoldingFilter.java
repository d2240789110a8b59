package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes every diacritic: tone marks, vowel marks ({@code ă â ê ô ơ ư}) and the bar of {@code đ}
 * ({@code Đảng ủy → Dang uy}). Used only for the {@code .folded} fields, next to an accent-keeping field,
 * so that queries typed without diacritics find accented text while accented queries still match exactly.
 * Term lengths never change; expects NFC input (see {@link VietnameseNormalizationCharFilter}).
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        VietnameseText.fold(termAtt.buffer(), 0, termAtt.length());
        return true;
    }
}
