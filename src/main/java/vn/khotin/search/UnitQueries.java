package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Fields;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): one unit of a query (a word, or an abbreviation in any of
 * its forms, {@link QueryUnits}) or one phrase as a query in the best of its weighted fields (dis-max), each word
 * with its own accents: typed without diacritics, the folded field; with them, the exact field, and the folded one
 * only as a weak fallback when the exact form is nowhere in the archive. An abbreviation's expansion comes from the
 * query analyzer's synonyms. Thread-safe.
 */
final class UnitQueries {

    /**
     * Field weights, from the registry ({@link Fields#TEXT}, in its order): title and sapo above body. Ranking
     * parameters tuned on the judged queries; the registry documents them.
     */
    static final Map<String, Float> WEIGHTS = weights();
    /** Weight of the folded field for an accented word: finds wrong accents, always below exact matches. */
    static final float FOLDED_FALLBACK = 0.1f;
    static final float TIE_BREAKER = 0.2f;
    /**
     * The weight of a document's number ("35") for its whole code typed ("35/NQ-CP"): below the code itself,
     * whose articles come first; the articles that name the document come before the others
     * ({@link DocumentReferences#bonus}).
     */
    static final float SHORT_FORM = 0.3f;

    private static Map<String, Float> weights() {
        Map<String, Float> m = new LinkedHashMap<>();
        for (Fields.TextFieldSpec f : Fields.TEXT) {
            m.put(f.name(), f.weight());
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The text fields indexed as words ({@link Fields.TextRole#WORDS}: title, sapo, body), in registry order:
     * the proximity boost's fields and where a word typed with accents is looked up as typed.
     */
    static final List<String> TEXT_BASES = Fields.TEXT.stream().filter(f -> f.has(Fields.TextRole.WORDS))
            .map(Fields.TextFieldSpec::name).toList();

    private final TextAnalysis analysis;
    /** With the abbreviation synonyms: for concepts, phrases and the proximity boost. */
    private final QueryBuilder synonyms;
    /** Without synonyms or stopword removal: one word as typed. */
    private final QueryBuilder plain;
    /** With the abbreviation synonyms and every word kept: a quoted phrase. */
    private final QueryBuilder quoted;
    /** An abbreviation's or full form's matching form: its phrases read from the word fields' pairs. */
    private final PairMatching pairs;

    UnitQueries(TextAnalysis analysis, PairMatching pairs) {
        this.analysis = analysis;
        this.pairs = pairs;
        this.synonyms = new QueryBuilder(analysis.queryAnalyzer());
        // An abbreviation stands for its whole expansion: "CSGT" matches "cảnh sát giao thông" as a phrase, not
        // the four words anywhere in an article (which found four times as many articles, most of them wrong).
        this.synonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.plain = new QueryBuilder(analysis.indexAnalyzer());
        this.quoted = new QueryBuilder(analysis.phraseAnalyzer());
        this.quoted.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** The builder with the abbreviation synonyms, shared with the proximity boost. */
    QueryBuilder synonyms() {
        return synonyms;
    }

    /** One unit in the best of its fields (dis-max over the base fields' roles). */
    Query unit(IndexReader reader, Map<String, Float> bases, Unit u) {
        return unit(reader, bases, u, false);
    }

    /**
     * One unit in the best of its fields; with {@code catchAll} (every article has the catch-all field), a unit
     * searched in all the text fields is a {@link UnitQuery} that also carries its matching form: a plain word's
     * catch-all form, an abbreviation's pairs ({@link PairMatching}).
     */
    Query unit(IndexReader reader, Map<String, Float> bases, Unit u, boolean catchAll) {
        boolean fallback = u.kind() == Kind.WORD && u.accented() && !existsExactly(reader, u.text());
        Query scored = scoredUnit(bases, u, fallback);
        if (scored == null || !catchAll || bases != WEIGHTS) {
            return scored;
        }
        Query matching = u.kind() == Kind.CONCEPT || u.kind() == Kind.PHRASE ? pairs.apply(scored, reader)
                : catchAllWord(u, fallback);
        return matching == null ? scored : new UnitQuery(scored, matching);
    }

    /**
     * A plain word in the catch-all field, or null when it has no exact equivalent there: an abbreviation,
     * phrase or mistyped pair needs positions, a code or loan word is also matched spaced, and a word of several
     * terms would match them spread over different fields.
     */
    private Query catchAllWord(Unit u, boolean fallback) {
        if (u.kind() != Kind.WORD || !CodeWords.spacedVariants(u.text()).isEmpty()
                || LoanWords.spaced(u.text()) != null || DocumentKinds.partOfCodes(u.text())) {
            return null;
        }
        Query foldedQuery = withOtherSpelling(Role.FOLDED, u.text(), catchAllTerm(Role.FOLDED, u.text()));
        if (!u.accented() || foldedQuery == null) {
            return foldedQuery;
        }
        Query exactQuery = withOtherSpelling(Role.EXACT, u.text(), catchAllTerm(Role.EXACT, u.text()));
        if (exactQuery == null || !fallback) {
            return exactQuery;
        }
        return new BooleanQuery.Builder().add(exactQuery, Occur.SHOULD)
                .add(new BoostQuery(foldedQuery, FOLDED_FALLBACK), Occur.SHOULD).build();
    }

    /** {@code q}, the word in the catch-all field, or its other i/y spelling there ({@link IyVariants}). */
    private Query withOtherSpelling(Role role, String word, Query q) {
        String other = IyVariants.of(word);
        Query otherQuery = q == null || other == null ? null : catchAllTerm(role, other);
        if (otherQuery == null || otherQuery.equals(q)) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, Occur.SHOULD).add(otherQuery, Occur.SHOULD).build();
    }

    /** The word as one term of the catch-all field in {@code role}, or null when it is not one term. */
    private Query catchAllTerm(Role role, String word) {
        String field = role.field(Fields.CATCH_ALL);
        String term = singleTerm(field, word);
        return term == null ? null : new TermQuery(new Term(field, term));
    }

    /** The one term the index analysis makes of {@code text} in {@code field}, or null for none or several. */
    private String singleTerm(String field, String text) {
        List<String> terms = terms(field, text);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /** The terms the index analysis makes of {@code text} in {@code field}. */
    private List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analysis.indexAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // Analysis reads a String: no I/O can fail.
            return List.of();
        }
        return out;
    }

    /** {@code fallback}: an accented word the archive does not have as typed, also searched folded (weakly). */
    private Query scoredUnit(Map<String, Float> bases, Unit u, boolean fallback) {
        List<Query> alternatives = new ArrayList<>();
        for (Map.Entry<String, Float> e : bases.entrySet()) {
            String base = e.getKey();
            float w = e.getValue();
            Query q;
            switch (u.kind()) {
                case CONCEPT -> q = synonyms.createBooleanQuery(Role.FOLDED.field(base), u.text(), Occur.MUST);
                case PHRASE -> q = plain.createPhraseQuery(Role.FOLDED.field(base), u.text(), 0);
                case MISTYPED -> q = mistyped(base, u);
                default -> {
                    String field = u.accented() ? Role.EXACT.field(base) : Role.FOLDED.field(base);
                    // a word the analyzer splits ("Su-30", "F-16") is its pieces side by side, not anywhere
                    q = plain.createPhraseQuery(field, u.text(), 0);
                    String otherSpelling = u.kind() == Kind.WORD ? IyVariants.of(u.text()) : null;
                    if (otherSpelling != null) {
                        add(alternatives, plain.createBooleanQuery(field, otherSpelling, Occur.MUST), w);
                    }
                    if (fallback) {
                        add(alternatives, plain.createBooleanQuery(Role.FOLDED.field(base), u.text(), Occur.MUST),
                                w * FOLDED_FALLBACK);
                    }
                    String joined = u.kind() == Kind.WORD ? LoanWords.joinedAtHyphens(u.text()) : null;
                    if (joined != null) {
                        add(alternatives, plain.createBooleanQuery(field, joined, Occur.MUST), w);
                    }
                    for (String spaced : CodeWords.spacedVariants(u.text())) {
                        // "QL 8A" is also "Quốc lộ 8A" (CodeWords): a code's letters may be an abbreviation
                        add(alternatives, synonyms.createPhraseQuery(Role.FOLDED.field(base), spaced, 0), w);
                    }
                    add(alternatives, LoanWords.spacedPhrase(plain, field, u), w); // "ôtô" also as "ô tô"
                    add(alternatives, DocumentKinds.codesOf(field, u.text()), w); // "46/2016", "NĐ-CP" in codes
                    String shortForm = u.kind() == Kind.WORD ? u.keptWord() : null;
                    if (shortForm != null) {
                        add(alternatives, plain.createBooleanQuery(field, shortForm, Occur.MUST), w * SHORT_FORM);
                    }
                }
            }
            add(alternatives, q, w);
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * A mistyped pair ({@link IntendedAccents}): the two words next to each other without diacritics, and the word
     * typed right, if it carries accents, as typed: "độ cô" read as "độ có" must not match "do có" or "đồ cổ".
     */
    private Query mistyped(String base, Unit u) {
        Query phrase = plain.createPhraseQuery(Role.FOLDED.field(base), u.text(), 0);
        if (phrase == null || u.keptWord() == null) {
            return phrase;
        }
        Query kept = plain.createBooleanQuery(Role.EXACT.field(base), u.keptWord(), Occur.MUST);
        if (kept == null) {
            return phrase;
        }
        return new BooleanQuery.Builder().add(phrase, Occur.MUST).add(kept, Occur.MUST).build();
    }

    /** A phrase in the best of the base fields, within {@code slop}; folded if any word was typed without accents. */
    Query phrase(Map<String, Float> bases, String text, int slop, boolean folded) {
        List<Query> alternatives = new ArrayList<>();
        // a syllable spelt with i or y is either spelling, as unquoted: "sỹ quan" found 2 of the 18 "sĩ quan"
        String otherSpelling = IyVariants.ofText(text);
        for (Map.Entry<String, Float> e : bases.entrySet()) {
            Role role = folded ? Role.FOLDED : Role.EXACT;
            add(alternatives, quoted.createPhraseQuery(role.field(e.getKey()), text, slop), e.getValue());
            if (otherSpelling != null) {
                add(alternatives, quoted.createPhraseQuery(role.field(e.getKey()), otherSpelling, slop),
                        e.getValue());
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** How the search runs a filter's phrases ({@link PairMatching#asRun}). */
    PairMatching pairMatching() { return pairs; }

    /** A field filter's value, as a phrase in the field's folded form (a place: or a place inside one it names). */
    Query keyword(String field, String text) {
        return PlaceRollup.withPlacesInside(field, text, synonyms.createPhraseQuery(Role.FOLDED.field(field), text, 0));
    }

    static void add(List<Query> out, Query q, float weight) {
        if (q != null) {
            out.add(weight == 1f ? q : new BoostQuery(q, weight));
        }
    }

    /** True if every syllable of the word occurs as typed (accents kept) in some text field. */
    private boolean existsExactly(IndexReader r, String text) {
        List<String> syllables = r == null ? List.of() : terms(ArticleSchema.BODY, text);
        if (syllables.isEmpty()) {
            return false;
        }
        try {
            for (String syllable : syllables) {
                boolean found = false;
                for (String base : TEXT_BASES) {
                    if (r.docFreq(new Term(base, syllable)) > 0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
