package vn.khotin.web;

import java.util.List;
import vn.khotin.model.Fields;

/**
 * The Vietnamese analysis as {@code GET /api/v1/analyze} shows it, like Elasticsearch's {@code _analyze}: the
 * tokens each analyzer makes of a text. The web layer only asks; the CLI wires an implementation over the
 * analysis package, so the web layer needs neither that package nor Lucene.
 */
public interface TokenAnalysis {

    /**
     * One token as an analyzer produced it.
     *
     * @param term the indexed term
     * @param startOffset start in the original text (UTF-16 units)
     * @param endOffset end in the original text (exclusive)
     * @param position absolute position (first token 0)
     * @param positionLength positions the token spans (more than 1 for words and graph synonyms)
     * @param type the token type ({@code <SYLLABLE>}, {@code SYNONYM}, ...)
     */
    record Token(String term, int startOffset, int endOffset, int position, int positionLength, String type) {}

    /** The analysis roles a field name may end with ("" is the exact role). */
    List<String> ROLE_SUFFIXES = List.of("", ".folded", ".words", ".words.folded");

    /** "text" (every text field's analysis) or a registered text field, with a role suffix or none. */
    static boolean isAnalyzedField(String field) {
        if (field.length() > 100) {
            return false;
        }
        int dot = field.indexOf('.');
        String base = dot < 0 ? field : field.substring(0, dot);
        String suffix = dot < 0 ? "" : field.substring(dot);
        return (base.equals("text") || Fields.TEXT_NAMES.contains(base)) && ROLE_SUFFIXES.contains(suffix);
    }

    /** Which field names are valid, in Vietnamese, for the message about one that is not. */
    static String validFields() {
        return "dùng text hoặc " + String.join(", ", Fields.TEXT_NAMES) + ", có thể kèm "
                + String.join(", ", ROLE_SUFFIXES.subList(1, ROLE_SUFFIXES.size()))
                + " (ví dụ: title, title.folded, body.words).";
    }

    /** The fields analyzed when none is named: every analysis role of a text field. */
    List<String> defaultFields();

    /** The tokens of {@code text} as the field gets them (the field name's suffix picks the analysis role). */
    List<Token> tokens(String field, String text, boolean query);

    /** Accented readings of text typed in Telex/VNI with the input method off (what a query also searches). */
    List<String> repairCandidates(String text);

    /** For a server without the analysis attached: the endpoint answers 404. */
    static TokenAnalysis unavailable() {
        return new TokenAnalysis() {
            @Override
            public List<String> defaultFields() {
                throw new NotFound("Máy chủ này không có công cụ phân tích tiếng Việt.");
            }

            @Override
            public List<Token> tokens(String field, String text, boolean query) {
                throw new NotFound("Máy chủ này không có công cụ phân tích tiếng Việt.");
            }

            @Override
            public List<String> repairCandidates(String text) {
                return List.of();
            }
        };
    }
}
