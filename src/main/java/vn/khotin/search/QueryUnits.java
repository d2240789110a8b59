package vn.khotin.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import vn.khotin.analysis.VietnameseAbbreviations;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;

/**
 * The plain words of a query as the units they are matched by: each word on its own, with its own accents (a
 * word typed without diacritics matches its folded form wherever it stands, a word typed with them prefers the
 * exact form), and each abbreviation or full form of one ({@code UBND}, "Ủy ban nhân dân", "uy ban nhan dan")
 * as one <em>concept</em> written in a canonical form, so that every way of typing it compiles to the same
 * query. Function words are marked, so they are not required (unless the query has nothing else, or they belong
 * to a lexicon word with a neighbour: "chính" in "chính sách" stays). Thread-safe and immutable.
 */
final class QueryUnits {

    /** How a unit is matched. */
    enum Kind {
        /** One word as typed. */
        WORD,
        /** An abbreviation or its full form: the abbreviation or any expansion, in either direction. */
        CONCEPT,
        /** An abbreviation that is also an ordinary syllable ("CA"): only its full form, as a phrase. */
        PHRASE,
        /** Two words with a wrong tone ("Hồng Lỉnh"): adjacent and folded, the right one exact (IntendedAccents). */
        MISTYPED
    }

    /**
     * One unit.
     *
     * @param text the word as typed; for a concept its canonical abbreviation ("UBND"), for a phrase unit the full
     *     form ("công an")
     * @param accented whether the word was typed with diacritics (concepts are matched without them)
     * @param stopword a function word: not required, but part of the proximity boost
     * @param keptWord of a mistyped pair, the word typed right with its accents ("độ" of "độ cô"); of a document's
     *     whole code after its kind, its number alone, also searched ("35" of "Nghị quyết 35/NQ-CP",
     *     {@link DocumentReferences#withCodes}); else null
     */
    record Unit(Kind kind, String text, boolean accented, boolean stopword, String keptWord) {
        Unit(Kind kind, String text, boolean accented, boolean stopword) {
            this(kind, text, accented, stopword, null);
        }
    }

    /** What an abbreviation or full form stands for. */
    private record Concept(Kind kind, String canonical, int words) {}

    private static final int MAX_FORM_WORDS = 8;

    private final Map<String, Concept> byFoldedKey = new HashMap<>();
    private final Map<String, Concept> byExactAbbreviation = new HashMap<>();
    private final CharArraySet stopwords;
    private final CharArraySet foldedStopwords;
    private final VietnameseLexicon lexicon;
    /** Every syllable the lexicon has in lower case, without diacritics: "hu" (hư) is a word, "ubnd" is not. */
    private final java.util.Set<String> foldedSyllables = new java.util.HashSet<>();

    QueryUnits(VietnameseAnalysis analysis) {
        this.stopwords = analysis.stopwords();
        this.foldedStopwords = analysis.foldedStopwords();
        this.lexicon = analysis.lexicon();
        for (int id = 1; id <= lexicon.syllableCount(); id++) {
            String s = lexicon.syllable(id);
            // Only syllables people write in lower case: the lexicon also holds "UBND", "TP", "HĐND" (always
            // written in capitals), and "ubnd" typed in lower case means the abbreviation, not a word.
            if (s != null && lexicon.lowerFormCount(id) > 0) {
                foldedSyllables.add(key(s));
            }
        }
        VietnameseAbbreviations abbreviations = analysis.abbreviations();
        Map<String, List<String>> byExpansion = new HashMap<>();
        for (List<String> forms : abbreviations.concepts().values()) {
            byExpansion.put(key(forms.get(forms.size() - 1)), forms);
        }
        for (VietnameseAbbreviations.Entry e : abbreviations.entries()) {
            if (abbreviations.isAmbiguous(e.abbreviation())) {
                // "CA" typed in capitals means "công an"; "ca" in lower case is the syllable, and so is every "ca"
                // of the index: only the full form can be matched.
                byExactAbbreviation.putIfAbsent(e.abbreviation(),
                        concept(byExpansion.get(key(e.expansions().get(0)))));
            }
        }
        for (List<String> forms : abbreviations.concepts().values()) {
            Concept c = concept(forms);
            for (String f : forms) {
                byFoldedKey.putIfAbsent(key(f), new Concept(c.kind(), c.canonical(), words(f)));
            }
        }
    }

    /** The concept of a group of forms: its first abbreviation, or its expansion alone as a phrase. */
    private static Concept concept(List<String> forms) {
        String last = forms.get(forms.size() - 1);
        return forms.size() == 1 ? new Concept(Kind.PHRASE, last, words(last)) : new Concept(Kind.CONCEPT, forms.get(0), 1);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    /** The comparison key of a form: NFC, lower case, new-style tones, no diacritics, single spaces. */
    static String key(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        // "TP.HCM", "TP. HCM", "TP HCM" and "GD&ĐT", "GD-ĐT" are the same forms
        return VietnameseText.fold(VietnameseText.toNewStyle(k)).replaceAll("[.&\\-/]+", " ").strip()
                .replaceAll("\\s+", " ");
    }

    /** The units of a run of plain words (in query order). */
    List<Unit> of(List<String> words) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Concept c = null;
            int span = 0;
            String exact = trim(words.get(i));
            if (byExactAbbreviation.containsKey(exact)) {
                c = byExactAbbreviation.get(exact);
                span = 1;
            }
            String[] keys = new String[Math.min(MAX_FORM_WORDS, words.size() - i)];
            for (int n = 0; n < keys.length; n++) {
                keys[n] = key(trim(words.get(i + n)));
            }
            // longest form first
            for (int n = keys.length; c == null && n >= 1; n--) {
                Concept found = byFoldedKey.get(String.join(" ", java.util.Arrays.copyOf(keys, n)));
                if (found != null && (n > 1 || looksAbbreviated(exact))) {
                    c = found;
                    span = n;
                }
            }
            if (c != null) {
                units.add(new Unit(c.kind(), c.canonical(), false, false));
                i += span;
            } else {
                String w = words.get(i);
                units.add(new Unit(Kind.WORD, w, VietnameseText.hasDiacritics(w), false));
                i++;
            }
        }
        return markStopwords(units);
    }

    /**
     * True if a single word is meant as an abbreviation: typed with two capitals ("UBND", "TPHCM"), or not a
     * syllable of the language ("ubnd"), so that "hu hong" (hư hỏng) does not become "huyện ủy".
     */
    private boolean looksAbbreviated(String word) {
        int capitals = 0;
        for (int j = 0; j < word.length(); j++) {
            capitals += Character.isUpperCase(word.charAt(j)) ? 1 : 0;
        }
        return capitals >= 2 || !foldedSyllables.contains(key(word));
    }

    /** A word without the punctuation that wraps it ("(UBND)," → "UBND"). */
    static String trim(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }

    /**
     * The units with their function words marked ({@link Unit#stopword}): again after {@link IntendedAccents} has
     * read a word typed without diacritics as typed ("qua" beside "ma túy" is the preposition, not "quả").
     */
    List<Unit> markStopwords(List<Unit> units) {
        boolean[] stop = new boolean[units.size()];
        boolean anyContent = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            stop[i] = u.kind() == Kind.WORD && isStopword(u) && !inLexiconWord(units, i);
        }
        QuestionWords.mark(units.stream().map(u -> u.kind() == Kind.WORD ? key(trim(u.text())) : null).toList(), stop);
        for (boolean s : stop) {
            anyContent |= !s;
        }
        if (!anyContent) {
            return units;
        }
        List<Unit> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            out.add(stop[i] ? new Unit(u.kind(), u.text(), u.accented(), true, u.keptWord()) : u);
        }
        return out;
    }

    private boolean isStopword(Unit u) {
        String w = trim(u.text()).toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        return u.accented() ? stopwords.contains(VietnameseText.toNewStyle(Normalizer.normalize(w, Normalizer.Form.NFC)))
                : foldedStopwords.contains(w);
    }

    /** True if the (accented) word makes a lexicon word with the word before or after it. */
    private boolean inLexiconWord(List<Unit> units, int i) {
        Unit u = units.get(i);
        if (!u.accented()) {
            return false;
        }
        String w = norm(u.text());
        if (i > 0 && units.get(i - 1).kind() == Kind.WORD && lexicon.wordCount(norm(units.get(i - 1).text()) + " " + w) > 0) {
            return true;
        }
        return i + 1 < units.size() && units.get(i + 1).kind() == Kind.WORD
                && lexicon.wordCount(w + " " + norm(units.get(i + 1).text())) > 0;
    }

    private static String norm(String w) {
        return VietnameseText.toNewStyle(Normalizer.normalize(trim(w), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    /** The units as one text, concepts in canonical form: what the proximity boost and phrases analyze. */
    static String canonicalText(List<Unit> units) {
        return String.join(" ", units.stream().map(Unit::text).toList());
    }

    /** True if any word of the units was typed without diacritics (then the boost matches folded text). */
    static boolean anyUnaccented(List<Unit> units) {
        for (Unit u : units) {
            if ((u.kind() == Kind.WORD && !u.accented() && hasLetter(u.text())) || u.kind() == Kind.MISTYPED) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    /**
     * The canonical abbreviation of a text that is, as a whole, an abbreviation or full form of one ("CSGT",
     * "cảnh sát giao thông" → "CSGT"), or null. Ambiguous abbreviations only count typed in capitals.
     */
    String conceptOf(String text) {
        String exact = trim(text);
        Concept c = byExactAbbreviation.get(exact);
        if (c == null) {
            Concept found = byFoldedKey.get(key(exact));
            if (found != null && (exact.indexOf(' ') > 0 || looksAbbreviated(exact))) {
                c = found;
            }
        }
        return c == null || c.kind() != Kind.CONCEPT ? null : c.canonical();
    }

    /** The text of a quoted phrase with its abbreviations and full forms in canonical form. */
    String canonicalPhrase(String phrase) {
        List<String> words = List.of(phrase.strip().split("\\s+"));
        List<Unit> units = of(words);
        return canonicalText(units);
    }
}
