package vn.khotin.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseNormalizationCharFilter;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.analysis.VietnameseTokenizer;
import vn.khotin.analysis.VietnameseWordFilter;

/**
 * The terms a story is about, for "Tin liên quan": whole units only, never a pair of syllables across a word
 * boundary. A unit is a multi-syllable lexicon word or name as the segmenter splits the text ("thiên tai",
 * "Hương Khê"), a single-syllable word the segmenter leaves alone ("lũ", "OCOP"), or an abbreviation in any of its
 * forms ("CSGT" = "cảnh sát giao thông"). Function words are left out: the hand-read list {@value #STOPWORDS} and
 * single syllables in more than {@link #MAX_SYLLABLE_SHARE} of the archive. Each term is weighted by where it
 * stands (title above sapo above body), how often, and how rare it is in the archive. Thread-safe.
 */
final class RelatedTerms {

    /** The hand-read list of function words (see the file's header for how it was derived). */
    static final String STOPWORDS = "vn/khotin/search/related-stopwords.txt";
    /** A single syllable in more than this share of the archive's articles says nothing about a story. */
    static final double MAX_SYLLABLE_SHARE = 0.08;
    /** A syllable must be in more articles than this to count as common (a small archive proves little). */
    static final int MIN_COMMON_DOCS = 20;
    /** At most this many terms describe a story. */
    static final int MAX_TERMS = 25;
    static final float TITLE_WEIGHT = 3f;
    static final float SAPO_WEIGHT = 2f;
    static final float BODY_WEIGHT = 1f;

    /** How a term is matched in other stories. */
    enum Kind {
        /** A multi-syllable word or name: a term of the {@code .words} fields ("thiên_tai"). */
        UNIT,
        /** A single-syllable word: a term of the syllable fields ("lũ"). */
        SYLLABLE,
        /** An abbreviation or full form: matched in either form (the canonical abbreviation). */
        CONCEPT,
        /** A law's name ({@link LawNames}): its syllables as a phrase ("luật an ninh mạng"). */
        LAW
    }

    /**
     * One term of a story.
     *
     * @param key the index term (unit or syllable) or the canonical abbreviation (concept)
     * @param display the form shown to editors, as first written in the story ("Hương Khê", "lũ lụt")
     * @param weight its weight in the story
     * @param docFreq how many archived articles have it
     */
    record WeightedTerm(Kind kind, String key, String display, double weight, int docFreq) {}

    /**
     * A story as related-story search sees it.
     *
     * @param terms its weighted terms, best first
     * @param units every multi-syllable unit the segmenter found in it ("ban_chỉ" is none: "Ban Chỉ huy" is
     *     "chỉ_huy"), to tell real names from capitalised runs cut across words
     * @param archiveSize how many articles the archive has
     */
    record Description(List<WeightedTerm> terms, Set<String> units, int archiveSize) {}

    private final VietnameseLexicon lexicon;
    private final CharArraySet syllableStopwords;
    private final Set<String> unitStopwords;
    private final QueryUnits concepts;
    private final Analyzer unitAnalyzer;
    private final TermDocFreqs docFreqs;

    RelatedTerms(VietnameseAnalysis analysis, QueryUnits concepts) {
        this.lexicon = analysis.lexicon();
        this.syllableStopwords = analysis.stopwords();
        this.unitStopwords = loadStopwords();
        this.concepts = concepts;
        this.docFreqs = new TermDocFreqs(analysis.abbreviations());
        VietnameseLexicon lex = lexicon;
        this.unitAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new VietnameseTokenizer();
                return new TokenStreamComponents(source, new VietnameseWordFilter(source, lex,
                        VietnameseWordFilter.Mode.LEXICON, VietnameseWordFilter.TermForm.NORMALIZED));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }
        };
    }

    private static Set<String> loadStopwords() {
        Set<String> out = new HashSet<>();
        try (InputStream in = RelatedTerms.class.getClassLoader().getResourceAsStream(STOPWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STOPWORDS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(unitKey(s.replace('_', ' ')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The index form of a unit written with spaces: lower case, new-style tones, syllables joined by '_'. */
    static String unitKey(String words) {
        return normalize(words).strip().replaceAll("\\s+", "_");
    }

    /** A syllable's key: NFC, lower case, the new tone placement (also {@link ReasonWords}'). */
    static String normalize(String s) {
        return VietnameseText.termForm(s);
    }

    /** The weighted terms of a story's parts, best first; {@code minDocFreq} filters terms no other story has. */
    Description extract(IndexReader reader, String title, String sapo, String body, int minDocFreq)
            throws IOException {
        Map<String, Candidate> found = new LinkedHashMap<>();
        Set<String> units = new HashSet<>();
        collect(found, units, title, TITLE_WEIGHT, reader);
        collect(found, units, sapo, SAPO_WEIGHT, reader);
        collect(found, units, body, BODY_WEIGHT, reader);
        int n = Math.max(1, reader.numDocs());
        List<WeightedTerm> out = new ArrayList<>();
        for (Candidate c : found.values()) {
            int df = switch (c.kind) {
                case UNIT -> docFreqs.unit(reader, c.key);
                case SYLLABLE -> docFreqs.syllable(reader, c.key);
                case CONCEPT -> docFreqs.concept(reader, c.key);
                case LAW -> docFreqs.phrase(reader, c.key);
            };
            if (df < minDocFreq || (c.kind == Kind.SYLLABLE && df > n * MAX_SYLLABLE_SHARE && df > MIN_COMMON_DOCS)) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            out.add(new WeightedTerm(c.kind, c.key, c.display(), c.weight * idf, df));
        }
        out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return new Description(out.size() > MAX_TERMS ? List.copyOf(out.subList(0, MAX_TERMS)) : List.copyOf(out),
                Set.copyOf(units), n);
    }

    /** Whether the text has a term at all: a word that is not a function word, an abbreviation or a code. */
    boolean hasSearchableWord(String text) throws IOException {
        Map<String, Candidate> found = new LinkedHashMap<>();
        collect(found, new HashSet<>(), text, BODY_WEIGHT, null);
        return !found.isEmpty();
    }

    private static final class Candidate {
        final Kind kind;
        final String key;
        final String firstSurface;
        /** The first way the story writes it starting in lower case, if it does: "châu Á" of "Châu Á" at a sentence start. */
        String lowerCaseSurface;
        double weight;

        Candidate(Kind kind, String key, String firstSurface) {
            this.kind = kind;
            this.key = key;
            this.firstSurface = firstSurface;
        }

        /**
         * As written, or as written where it starts in lower case when the story writes it so anywhere (its capital
         * was a sentence start's); the capitals inside stay ("châu Á", not "châu á").
         */
        String display() {
            return lowerCaseSurface != null && kind != Kind.CONCEPT ? lowerCaseSurface : firstSurface;
        }
    }

    /**
     * Adds a part's units, uncovered syllables and the laws it names, each occurrence worth the part's weight
     * (sublinear). With a {@code reader}, the archive says where a law's name ends and which names it writes
     * shorter ({@link ShortNames}).
     */
    private void collect(Map<String, Candidate> found, Set<String> units, String text, float partWeight,
            IndexReader reader) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        List<int[]> covered = new ArrayList<>();
        ShortNames shortNames = reader == null ? null : new ShortNames(docFreqs, reader);
        try (TokenStream ts = unitAnalyzer.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                covered.add(new int[] {off.startOffset(), off.endOffset()});
                String key = term.toString();
                units.add(key);
                String surface = safeSurface(text, off.startOffset(), off.endOffset());
                String concept = concepts.conceptOf(surface);
                if (concept != null) {
                    add(found, counts, Kind.CONCEPT, concept, surface);
                } else if (!unitStopwords.contains(key)) {
                    String shorter = shortNames == null ? null : shortNames.of(surface, key);
                    if (shorter == null) {
                        add(found, counts, Kind.UNIT, key, surface);
                    } else {
                        add(found, counts, Kind.SYLLABLE, normalize(shorter), shorter);
                    }
                }
            }
            ts.end();
        }
        try (Tokenizer tok = new VietnameseTokenizer()) {
            tok.setReader(new VietnameseNormalizationCharFilter(new StringReader(text)));
            CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tok.addAttribute(TypeAttribute.class);
            tok.reset();
            while (tok.incrementToken()) {
                if (isCovered(covered, off.startOffset()) || !isWordLike(type.type(), term)) {
                    continue;
                }
                String surface = term.toString();
                String concept = concepts.conceptOf(surface);
                if (concept != null) {
                    add(found, counts, Kind.CONCEPT, concept, surface);
                    continue;
                }
                String key = normalize(surface);
                if (key.length() > 1 && !syllableStopwords.contains(key)) {
                    add(found, counts, Kind.SYLLABLE, key, surface);
                }
            }
            tok.end();
        }
        for (LawNames.Law law : reader == null ? List.<LawNames.Law>of() : LawNames.of(text, docFreqs.phrases(reader))) {
            add(found, counts, Kind.LAW, law.key(), law.written());
        }
        counts.forEach((id, count) -> found.get(id).weight += partWeight * (1 + Math.log(count)));
    }

    private static void add(Map<String, Candidate> found, Map<String, Integer> counts, Kind kind, String key,
            String surface) {
        String id = kind + ":" + key;
        Candidate c = found.computeIfAbsent(id, k -> new Candidate(kind, key, surface));
        if (c.lowerCaseSurface == null && !surface.isEmpty() && Character.isLowerCase(surface.charAt(0))) {
            c.lowerCaseSurface = surface;
        }
        counts.merge(id, 1, Integer::sum);
    }

    private static String safeSurface(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : "";
    }

    private static boolean isCovered(List<int[]> covered, int start) {
        for (int[] c : covered) {
            if (start >= c[0] && start < c[1]) {
                return true;
            }
        }
        return false;
    }

    /** Syllables, abbreviations and codes name things; numbers, dates, e-mails and links do not. */
    private static boolean isWordLike(String type, CharTermAttribute term) {
        return (VietnameseTokenizer.SYLLABLE.equals(type) || VietnameseTokenizer.ABBREVIATION.equals(type)
                || VietnameseTokenizer.CODE.equals(type) || VietnameseTokenizer.ALPHANUM.equals(type))
                && term.length() > 0;
    }
}
