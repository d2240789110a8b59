package vn.khotin.analysis;

import java.io.Reader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one entry point to Khotin's Vietnamese analysis: per-role analyzers for indexing and querying, a
 * per-field analyzer keyed by field-name suffix, and the query-side helpers. See the package documentation
 * for the field convention and the recommended query strategy.
 *
 * <p>An instance is immutable and thread-safe; build it once ({@link #create()}) and share it. Its
 * analyzers are ordinary Lucene {@link Analyzer}s (reusing token streams per thread).
 */
public final class VietnameseAnalysis {

    /** What a field holds; each role is a field-name suffix on a base field such as {@code title}. */
    public enum Role {
        /** Syllables, accents kept, lower case, tone placement normalized: {@code title}. */
        EXACT(""),
        /** Syllables without any diacritic: {@code title.folded}. */
        FOLDED(".folded"),
        /** Multi-syllable units (words, names, bigrams), accents kept: {@code title.words}. */
        WORDS(".words"),
        /** Multi-syllable units without diacritics: {@code title.words.folded}. */
        WORDS_FOLDED(".words.folded");

        private final String suffix;

        Role(String suffix) {
            this.suffix = suffix;
        }

        /** The field name of this role on a base field ({@code title} → {@code title.words}). */
        public String field(String base) {
            return base + suffix;
        }

        /** The role a field name denotes by its suffix; names without a known suffix are {@link #EXACT}. */
        public static Role ofField(String field) {
            if (field.endsWith(WORDS_FOLDED.suffix)) {
                return WORDS_FOLDED;
            }
            if (field.endsWith(WORDS.suffix)) {
                return WORDS;
            }
            if (field.endsWith(FOLDED.suffix)) {
                return FOLDED;
            }
            return EXACT;
        }

        /** The base field of a field name ({@code title.words.folded} → {@code title}). */
        public static String baseOf(String field) {
            Role r = ofField(field);
            return field.substring(0, field.length() - r.suffix.length());
        }
    }

    /** The default word mode, chosen by the known-item evaluation (see the package documentation). */
    public static final VietnameseWordFilter.Mode DEFAULT_WORD_MODE = VietnameseWordFilter.Mode.BOTH;

    private final VietnameseLexicon lexicon;
    private final VietnameseAbbreviations abbreviations;
    private final TelexVniRepair repair;
    private final VietnameseWordFilter.Mode wordMode;
    private final CharArraySet stopwords;
    private final CharArraySet foldedStopwords;
    private final SynonymMap synonyms;
    private final SynonymMap foldedSynonyms;
    private final Map<Role, Analyzer> index = new EnumMap<>(Role.class);
    private final Map<Role, Analyzer> query = new EnumMap<>(Role.class);
    private final Analyzer indexPerField;
    private final Analyzer queryPerField;
    private final Analyzer phrasePerField;

    private VietnameseAnalysis(VietnameseWordFilter.Mode wordMode) {
        this.wordMode = Objects.requireNonNull(wordMode);
        this.lexicon = VietnameseLexicon.get();
        this.abbreviations = VietnameseAbbreviations.load(lexicon);
        this.repair = new TelexVniRepair(lexicon);
        this.stopwords = VietnameseStopwords.set(false);
        this.foldedStopwords = VietnameseStopwords.set(true);
        this.synonyms = abbreviations.synonymMap(chain(false, false, null, null));
        this.foldedSynonyms = abbreviations.synonymMap(chain(true, false, null, null));
        index.put(Role.EXACT, chain(false, false, null, null));
        index.put(Role.FOLDED, chain(true, false, null, null));
        index.put(Role.WORDS, chain(false, true, null, null));
        index.put(Role.WORDS_FOLDED, chain(true, true, null, null));
        query.put(Role.EXACT, chain(false, false, synonyms, stopwords));
        query.put(Role.FOLDED, chain(true, false, foldedSynonyms, foldedStopwords));
        query.put(Role.WORDS, index.get(Role.WORDS));
        query.put(Role.WORDS_FOLDED, index.get(Role.WORDS_FOLDED));
        indexPerField = perField(index);
        queryPerField = perField(query);
        Map<Role, Analyzer> phrase = new EnumMap<>(query);
        phrase.put(Role.EXACT, chain(false, false, synonyms, null));
        phrase.put(Role.FOLDED, chain(true, false, foldedSynonyms, null));
        phrasePerField = perField(phrase);
    }

    private static volatile VietnameseAnalysis shared;

    /** One shared instance with the default word mode (for SPI factories and callers without wiring). */
    public static VietnameseAnalysis shared() {
        VietnameseAnalysis a = shared;
        if (a == null) {
            synchronized (VietnameseAnalysis.class) {
                a = shared;
                if (a == null) {
                    a = create();
                    shared = a;
                }
            }
        }
        return a;
    }

    /** The analysis with the default word mode. */
    public static VietnameseAnalysis create() {
        return new VietnameseAnalysis(DEFAULT_WORD_MODE);
    }

    /** The analysis with a chosen word mode for the {@code .words} fields (evaluation, experiments). */
    public static VietnameseAnalysis create(VietnameseWordFilter.Mode wordMode) {
        return new VietnameseAnalysis(wordMode);
    }

    private Analyzer chain(boolean fold, boolean words, SynonymMap syn, CharArraySet stop) {
        VietnameseLexicon lex = lexicon;
        VietnameseWordFilter.Mode mode = wordMode;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new VietnameseTokenizer();
                TokenStream ts = source;
                if (words) {
                    // the word filter emits the units in their final form: the same terms as the declared
                    // chain "vietnameseWord | lowercase | vietnameseTone [| vietnameseFolding]", in one pass
                    ts = new VietnameseWordFilter(ts, lex, mode,
                            fold ? VietnameseWordFilter.TermForm.FOLDED : VietnameseWordFilter.TermForm.NORMALIZED);
                } else {
                    ts = new LowerCaseFilter(ts);
                    ts = new VietnameseToneFilter(ts);
                    if (fold) {
                        ts = new VietnameseFoldingFilter(ts);
                    }
                }
                if (syn != null) {
                    ts = new SynonymGraphFilter(ts, syn, false);
                }
                if (stop != null) {
                    ts = new VietnameseQueryStopFilter(ts, stop);
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                TokenStream ts = new VietnameseToneFilter(new LowerCaseFilter(in));
                return fold ? new VietnameseFoldingFilter(ts) : ts;
            }
        };
    }

    private static Analyzer perField(Map<Role, Analyzer> byRole) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byRole.get(Role.ofField(fieldName));
            }
        };
    }

    /** The index-time analyzer of a role (no synonyms, no stopword removal). */
    public Analyzer indexAnalyzer(Role role) {
        return index.get(role);
    }

    /**
     * A text's exact-role tokens, recorded once to index the exact and folded roles and the catch-all field:
     * {@link IndexTokens#exact()} and {@link IndexTokens#folded()} give what {@link #indexAnalyzer(Role)} would.
     */
    public IndexTokens indexTokens(String text) {
        return new IndexTokens(index.get(Role.EXACT), text);
    }

    /** The query-time analyzer of a role: abbreviation synonyms and stopword removal on syllable fields. */
    public Analyzer queryAnalyzer(Role role) {
        return query.get(role);
    }

    /** The index-time analyzer for any field, chosen by the field name's suffix (for {@code IndexWriterConfig}). */
    public Analyzer indexAnalyzer() {
        return indexPerField;
    }

    /** The query-time analyzer for any field, chosen by the field name's suffix. */
    public Analyzer queryAnalyzer() {
        return queryPerField;
    }

    /**
     * The analyzer of a quoted phrase, for any field: the abbreviation synonyms, and every word kept. A stopword
     * dropped at the edge of a phrase left no gap to hold its place: quoted "từ thiện" (charity) was "thiện" alone.
     */
    public Analyzer phraseAnalyzer() {
        return phrasePerField;
    }

    /** True if the query has letters but no Vietnamese diacritic: it should be matched on folded fields. */
    public static boolean isUnaccented(String query) {
        boolean letters = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (VietnameseText.hasDiacritic(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Accented candidates for a query typed in Telex or VNI with the input method off; empty if none. */
    public List<String> repairCandidates(String query) {
        return repair.candidates(query);
    }

    /** As {@link #repairCandidates(String)}, also accepting decoded words {@code alsoKnown} knows (the archive's). */
    public List<String> repairCandidates(String query, Predicate<String> alsoKnown) {
        return repair.candidates(query, alsoKnown);
    }

    /** The abbreviation table. */
    public VietnameseAbbreviations abbreviations() {
        return abbreviations;
    }

    /** The lexicon behind the {@code .words} fields. */
    public VietnameseLexicon lexicon() {
        return lexicon;
    }

    /** The query-time stopwords (accented, canonical tone placement). */
    public CharArraySet stopwords() {
        return stopwords;
    }

    /** The query-time stopwords of words typed without diacritics (see {@link VietnameseStopwords#set}). */
    public CharArraySet foldedStopwords() {
        return foldedStopwords;
    }

    /** The synonym map of the syllable fields; folded for {@link Role#FOLDED}. */
    public SynonymMap synonymMap(boolean folded) {
        return folded ? foldedSynonyms : synonyms;
    }
}
