package vn.khotin.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites old-style tone placement to the canonical new style, syllable by syllable within each term
 * ({@code hoà → hòa}, {@code thuỷ → thủy}, {@code khoẻ → khỏe}, {@code uỷ_ban → ủy_ban}), so both styles
 * index and query the same. See {@link VietnameseText} for the rule. Term lengths never change.
 */
public final class VietnameseToneFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseToneFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        VietnameseText.toNewStyle(termAtt.buffer(), 0, termAtt.length());
        return true;
    }
}
