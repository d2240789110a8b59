package vn.khotin.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The reference way to query fields indexed with {@link VietnameseAnalysis}: asymmetric accent handling,
 * word units, abbreviations and Telex/VNI repair, as one Lucene {@link Query}. The search stage may use it
 * as is or as the model for its own query parsing; the known-item evaluation measures exactly this.
 *
 * <ul>
 *   <li>A query typed <b>without diacritics</b> ("ha tinh", "dang uy") is matched on {@code .folded} and
 *       {@code .words.folded}: it finds "Hà Tĩnh", "Đảng ủy".</li>
 *   <li>A query typed <b>with diacritics</b> is matched on the accent-keeping {@code base} and
 *       {@code .words} fields, plus the folded field at a small weight ({@link #FOLDED_FALLBACK}) so a
 *       wrong accent still finds something, ranked below every exact-diacritic match: "hà" prefers "hà" to
 *       "hạ", and "thể" does not collide with English "the".</li>
 *   <li>The {@code .words} fields add a bonus when the query's words or adjacent syllables occur together,
 *       so "thành phố Hà Tĩnh" ranks the phrase above scattered syllables.</li>
 *   <li>A query with <b>mixed accents</b> ("mua lũ ha tĩnh"): each word typed without diacritics matches its
 *       folded form at full weight, the accented words their exact form, and the word units are matched folded.</li>
 *   <li>A Telex/VNI-typed query ("hoaf binhf") is also searched in its repaired form.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class VietnameseQueryBuilder {

    /** Weight of the folded field for accented queries: a recall fallback, never above an exact match. */
    public static final float FOLDED_FALLBACK = 0.1f;
    /** Weight of the word-unit fields relative to the syllable fields. */
    public static final float WORDS_WEIGHT = 1.0f;

    private final VietnameseAnalysis analysis;
    private final float wordsWeight;
    private final QueryBuilder builder;

    public VietnameseQueryBuilder(VietnameseAnalysis analysis) {
        this(analysis, WORDS_WEIGHT);
    }

    /** A builder with a chosen word-unit weight (0 disables the {@code .words} fields). */
    public VietnameseQueryBuilder(VietnameseAnalysis analysis, float wordsWeight) {
        this.analysis = analysis;
        this.wordsWeight = wordsWeight;
        this.builder = new QueryBuilder(analysis.queryAnalyzer());
    }

    /** A query over one base field. */
    public Query build(String baseField, String text) {
        return build(Map.of(baseField, 1f), text);
    }

    /** A query over several base fields with their weights ({@code title} → 3, {@code body} → 1). */
    public Query build(Map<String, Float> baseFields, String text) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int clauses = add(top, baseFields, text);
        for (String candidate : analysis.repairCandidates(text)) {
            clauses += add(top, baseFields, candidate);
        }
        return clauses == 0 ? new MatchNoDocsQuery("no terms") : top.build();
    }

    /**
     * Word units overlap (bigrams, words spanning several positions) without forming a connected graph, so
     * they are matched as a bag of terms rather than through QueryBuilder's graph handling.
     */
    private Query unitsQuery(String field, String text) {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        for (AnalyzedToken t : AnalyzedToken.analyze(analysis.queryAnalyzer(), field, text)) {
            terms.add(t.term());
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, t)),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private int add(BooleanQuery.Builder top, Map<String, Float> baseFields, String text) {
        boolean unaccented = !VietnameseText.hasDiacritics(text);
        String markless = marklessWords(text);
        boolean mixed = !unaccented && !markless.isEmpty();
        int n = 0;
        for (Map.Entry<String, Float> e : baseFields.entrySet()) {
            String base = e.getKey();
            float w = e.getValue();
            Map<String, Float> fields = new LinkedHashMap<>();
            if (unaccented || mixed) {
                fields.put(VietnameseAnalysis.Role.FOLDED.field(base), unaccented ? w : w * FOLDED_FALLBACK);
                fields.put(VietnameseAnalysis.Role.WORDS_FOLDED.field(base), w * wordsWeight);
            }
            if (!unaccented) {
                fields.put(VietnameseAnalysis.Role.EXACT.field(base), w);
                if (!mixed) {
                    fields.put(VietnameseAnalysis.Role.WORDS.field(base), w * wordsWeight);
                    fields.put(VietnameseAnalysis.Role.FOLDED.field(base), w * FOLDED_FALLBACK);
                }
            }
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                n += add(top, f.getKey(), text, f.getValue());
            }
            if (mixed) {
                // each word typed without diacritics matches its folded form at full weight, wherever it stands
                n += add(top, VietnameseAnalysis.Role.FOLDED.field(base), markless, w);
            }
        }
        return n;
    }

    private int add(BooleanQuery.Builder top, String field, String text, float weight) {
        if (weight <= 0) {
            return 0;
        }
        VietnameseAnalysis.Role role = VietnameseAnalysis.Role.ofField(field);
        Query q = role == VietnameseAnalysis.Role.WORDS || role == VietnameseAnalysis.Role.WORDS_FOLDED
                ? unitsQuery(field, text)
                : builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
        if (q == null) {
            return 0;
        }
        top.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
        return 1;
    }

    /** The words of a text typed without any diacritic (and with a letter), space-separated. */
    static String marklessWords(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.strip().split("\\s+")) {
            if (!VietnameseText.hasDiacritics(w) && w.chars().anyMatch(Character::isLetter)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.toString();
    }
}
