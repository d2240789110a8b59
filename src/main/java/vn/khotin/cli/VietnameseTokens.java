package vn.khotin.cli;

import java.util.List;
import vn.khotin.analysis.AnalyzedToken;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.web.TokenAnalysis;

/**
 * The analysis package's tokens for a text, per field, for {@code khotin analyze} and the web's
 * {@code /api/v1/analyze}. Building the analysis loads the lexicon: make one and keep it.
 */
public final class VietnameseTokens implements TokenAnalysis {

    private static final String TEXT = "text";

    private final VietnameseAnalysis analysis = VietnameseAnalysis.create();

    @Override
    public List<String> defaultFields() {
        return List.of(Role.EXACT.field(TEXT), Role.FOLDED.field(TEXT), Role.WORDS.field(TEXT),
                Role.WORDS_FOLDED.field(TEXT));
    }

    @Override
    public List<Token> tokens(String field, String text, boolean query) {
        Role role = Role.ofField(field);
        return AnalyzedToken.analyze(query ? analysis.queryAnalyzer(role) : analysis.indexAnalyzer(role), field, text)
                .stream().map(t -> new Token(t.term(), t.startOffset(), t.endOffset(), t.position(),
                        t.positionLength(), t.type())).toList();
    }

    @Override
    public List<String> repairCandidates(String text) {
        return analysis.repairCandidates(text);
    }

    /** The analysis role a field's suffix names, in lower case ("folded"), for printing. */
    static String roleName(String field) {
        return Role.ofField(field).name().toLowerCase(java.util.Locale.ROOT);
    }
}
