package vn.khotin.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import vn.khotin.analysis.VietnameseAbbreviations;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;

/**
 * Part of {@link RelatedTerms}: how many archived articles have a term of a story, for its rarity. Immutable and
 * thread-safe.
 */
final class TermDocFreqs {

    /** Each concept's forms by its canonical abbreviation, the first form of a group ({@link QueryUnits}' rule). */
    private final Map<String, List<String>> forms = new HashMap<>();

    TermDocFreqs(VietnameseAbbreviations abbreviations) {
        for (List<String> group : abbreviations.concepts().values()) {
            if (group.size() > 1) {
                forms.putIfAbsent(group.get(0), List.copyOf(group));
            }
        }
    }

    /** How many articles have a unit of the word fields ("thiên_tai") in the body or the title. */
    int unit(IndexReader reader, String key) throws IOException {
        return wordsDocFreq(reader, key);
    }

    /** How many articles have a syllable ("lũ") in the body or the title. */
    int syllable(IndexReader reader, String key) throws IOException {
        return Math.max(reader.docFreq(new Term(ArticleSchema.BODY, key)), reader.docFreq(new Term(ArticleSchema.TITLE, key)));
    }

    /**
     * About how many articles write a concept in any of its forms: the most that write one form. The abbreviation
     * alone undercounts a concept most articles write in full ("NĐ" in 51 of 82,000 articles, "nghị định" in
     * 1,548), which made "nghị định" the rarest, heaviest term of any draft about a decree. A full form of three
     * syllables or more that is not one term of the word fields counts as its rarest pair of syllables.
     */
    int concept(IndexReader reader, String canonical) throws IOException {
        int df = reader.docFreq(new Term(Role.FOLDED.field(ArticleSchema.BODY),
                VietnameseText.fold(normalize(canonical))));
        for (String form : forms.getOrDefault(canonical, List.of())) {
            String[] syllables = normalize(form).strip().split("\\s+");
            if (syllables.length < 2) {
                continue;
            }
            int whole = wordsDocFreq(reader, String.join("_", syllables));
            if (whole == 0 && syllables.length > 2) {
                whole = Integer.MAX_VALUE;
                for (int i = 0; i + 1 < syllables.length; i++) {
                    whole = Math.min(whole, wordsDocFreq(reader, syllables[i] + "_" + syllables[i + 1]));
                }
            }
            df = Math.max(df, whole);
        }
        return df;
    }

    /** How many articles write a phrase of syllables ("luật an ninh mạng") in the body or the title. */
    int phrase(IndexReader reader, String key) throws IOException {
        return phrase(new IndexSearcher(reader), key);
    }

    private static int phrase(IndexSearcher searcher, String key) throws IOException {
        String[] syllables = key.split(" ");
        return Math.max(searcher.count(new PhraseQuery(ArticleSchema.BODY, syllables)),
                searcher.count(new PhraseQuery(ArticleSchema.TITLE, syllables)));
    }

    /** {@link #phrase} as a function over one searcher, an unreadable index counting nothing. */
    ToIntFunction<String> phrases(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        return key -> {
            try {
                return phrase(searcher, key);
            } catch (IOException e) {
                return 0;
            }
        };
    }

    /** Lower case, new-style tones, NFC: the form of the exact and word fields' terms. */
    private static String normalize(String s) {
        return VietnameseText.termForm(s);
    }

    private static int wordsDocFreq(IndexReader reader, String unit) throws IOException {
        return Math.max(reader.docFreq(new Term(Role.WORDS.field(ArticleSchema.BODY), unit)),
                reader.docFreq(new Term(Role.WORDS.field(ArticleSchema.TITLE), unit)));
    }
}
