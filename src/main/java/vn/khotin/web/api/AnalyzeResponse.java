package vn.khotin.web.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/analyze}: the tokens the Vietnamese analyzers make of a text.
 *
 * @param query whether the query-time analyzers were used
 * @param fields the tokens per field name, in the order the fields were analyzed
 * @param repairs accented readings of text typed in Telex/VNI with the input method off
 */
public record AnalyzeResponse(String text, boolean query, Map<String, List<Token>> fields, List<String> repairs)
        implements ApiBody {

    public AnalyzeResponse {
        Map<String, List<Token>> ordered = new LinkedHashMap<>();
        fields.forEach((field, tokens) -> ordered.put(field, List.copyOf(tokens)));
        fields = Collections.unmodifiableMap(ordered);
        repairs = List.copyOf(repairs);
    }

    /**
     * One token.
     *
     * @param startOffset start in the text (UTF-16 units)
     * @param endOffset end in the text (exclusive)
     * @param position absolute position (first token 0)
     * @param positionLength positions the token spans
     * @param type the token type ({@code <SYLLABLE>}, {@code SYNONYM}, ...)
     */
    public record Token(String term, int startOffset, int endOffset, int position, int positionLength, String type) {}
}
