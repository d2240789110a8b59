package vn.khotin.index;

import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/**
 * The one seam between the index/search stages and the Vietnamese analysis: the analyzers for indexing and
 * querying, and which analysis roles each text field gets (the registry declares that, {@code model.Fields.TEXT}, read through {@link ArticleSchema#roles};
 * this class passes it on). Everything else in {@code index} and {@code search} asks this class, so a change of
 * analysis happens here only.
 *
 * <p>Field names follow the analysis package's suffix convention: {@code title} (accents kept),
 * {@code title.folded} (no diacritics), {@code title.words} (multi-syllable words and bigrams),
 * {@code title.words.folded}. The body has no {@code .words.folded} field: it is the most expensive role to
 * index on the longest field, and unaccented queries still get the word bonus from title and sapo.
 */
public final class TextAnalysis {

    private static final TextAnalysis DEFAULT = new TextAnalysis(VietnameseAnalysis.create());

    private final VietnameseAnalysis analysis;

    private TextAnalysis(VietnameseAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The shared instance (immutable, thread-safe; building the lexicon takes a moment, so build it once). */
    public static TextAnalysis get() {
        return DEFAULT;
    }

    /** The underlying Vietnamese analysis (query helpers: Telex repair, abbreviations). */
    public VietnameseAnalysis vietnamese() {
        return analysis;
    }

    /** The roles a base text field is indexed with. */
    public static List<Role> roles(String baseField) {
        return ArticleSchema.roles(baseField);
    }

    /** True if the base field is indexed with this role. */
    public static boolean has(String baseField, Role role) {
        return roles(baseField).contains(role);
    }

    /** Index-time analyzer for any field, by the field name's suffix. */
    public Analyzer indexAnalyzer() {
        return analysis.indexAnalyzer();
    }

    /** Query-time analyzer for any field, by the field name's suffix (abbreviation synonyms, stopwords). */
    public Analyzer queryAnalyzer() {
        return analysis.queryAnalyzer();
    }

    /** Analyzer of a quoted phrase for any field: abbreviation synonyms, no word dropped. */
    public Analyzer phraseAnalyzer() {
        return analysis.phraseAnalyzer();
    }

    /** Query-time analyzer of one role. */
    public Analyzer queryAnalyzer(Role role) {
        return analysis.queryAnalyzer(role);
    }

    /** True if the text has letters but no Vietnamese diacritic (typed without accents). */
    public static boolean isUnaccented(String text) {
        return VietnameseAnalysis.isUnaccented(text);
    }

    /** Accented candidates for text typed in Telex/VNI with the input method off. */
    public List<String> repairCandidates(String text) {
        return analysis.repairCandidates(text);
    }

    /** As {@link #repairCandidates(String)}, also accepting decoded words {@code alsoKnown} knows (the archive's). */
    public List<String> repairCandidates(String text, Predicate<String> alsoKnown) {
        return analysis.repairCandidates(text, alsoKnown);
    }

    /** Folds diacritics and lower-cases: the key form used for keyword filters and suggestion statistics. */
    public static String key(String text) {
        return vn.khotin.analysis.VietnameseText.key(text);
    }
}
