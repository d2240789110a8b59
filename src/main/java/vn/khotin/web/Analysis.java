package vn.khotin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.web.api.AnalyzeResponse;

/** {@code GET /api/v1/analyze}: the analysis' tokens for a text, as JSON. */
final class Analysis {

    private Analysis() {}

    /**
     * @param field one field ("title.folded"), or null for the default fields (every role of "text")
     * @param query use the query-time analyzers
     */
    static AnalyzeResponse analyze(TokenAnalysis analysis, String text, String field, boolean query) {
        List<String> fields = field != null && !field.isBlank() ? List.of(field.strip()) : analysis.defaultFields();
        if (!TokenAnalysis.isAnalyzedField(fields.getFirst())) {
            throw new BadRequest("Tham số 'field' không hợp lệ: " + TokenAnalysis.validFields());
        }
        Map<String, List<TokenAnalysis.Token>> byField = new LinkedHashMap<>();
        for (String f : fields) {
            byField.put(f, analysis.tokens(f, text, query));
        }
        return ApiResponses.analyze(text, query, byField, analysis.repairCandidates(text));
    }
}
