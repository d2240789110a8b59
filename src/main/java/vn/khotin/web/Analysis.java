package vn.khotin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.analysis.AnalyzedToken;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/** {@code GET /api/v1/analyze}: the analysis package's tokens for a text, as JSON. */
final class Analysis {

    private static final VietnameseAnalysis ANALYSIS = VietnameseAnalysis.create();

    private Analysis() {}

    /**
     * @param field one field ("title.folded"), or null for the four roles of "text"
     * @param query use the query-time analyzers
     */
    static Map<String, Object> analyze(String text, String field, boolean query) {
        List<String> fields = field != null && !field.isBlank() ? List.of(field.strip())
                : List.of(Role.EXACT.field("text"), Role.FOLDED.field("text"), Role.WORDS.field("text"),
                        Role.WORDS_FOLDED.field("text"));
        if (fields.getFirst().length() > 100 || !fields.getFirst().matches("[a-z_]+(\\.[a-z]+)*")) {
            throw new BadRequest("Tham số 'field' không hợp lệ (ví dụ: title, title.folded, body.words).");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("query", query);
        Map<String, List<AnalyzedToken>> byField = new LinkedHashMap<>();
        for (String f : fields) {
            Role role = Role.ofField(f);
            byField.put(f, AnalyzedToken.analyze(query ? ANALYSIS.queryAnalyzer(role) : ANALYSIS.indexAnalyzer(role),
                    f, text));
        }
        out.put("fields", byField);
        out.put("repairs", ANALYSIS.repairCandidates(text));
        return out;
    }
}
