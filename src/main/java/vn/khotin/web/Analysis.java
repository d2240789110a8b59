package vn.khotin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.model.Fields;
import vn.khotin.web.api.AnalyzeResponse;

/** {@code GET /api/v1/analyze}: the analysis' tokens for a text, as JSON. */
final class Analysis {

    /** The analysis roles a field name may end with ("" is the exact role). */
    private static final List<String> ROLE_SUFFIXES = List.of("", ".folded", ".words", ".words.folded");

    private Analysis() {}

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

    /**
     * @param field one field ("title.folded"), or null for the default fields (every role of "text")
     * @param query use the query-time analyzers
     */
    static AnalyzeResponse analyze(TokenAnalysis analysis, String text, String field, boolean query) {
        List<String> fields = field != null && !field.isBlank() ? List.of(field.strip()) : analysis.defaultFields();
        if (!isAnalyzedField(fields.getFirst())) {
            throw new BadRequest("Tham số 'field' không hợp lệ: dùng text hoặc " + String.join(", ", Fields.TEXT_NAMES)
                    + ", có thể kèm " + String.join(", ", ROLE_SUFFIXES.subList(1, ROLE_SUFFIXES.size()))
                    + " (ví dụ: title, title.folded, body.words).");
        }
        Map<String, List<TokenAnalysis.Token>> byField = new LinkedHashMap<>();
        for (String f : fields) {
            byField.put(f, analysis.tokens(f, text, query));
        }
        return ApiResponses.analyze(text, query, byField, analysis.repairCandidates(text));
    }
}
