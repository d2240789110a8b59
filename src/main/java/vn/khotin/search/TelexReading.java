package vn.khotin.search;

import java.util.List;
import org.apache.lucene.index.IndexReader;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage ({@link Suggestions}): whether a Telex/VNI reading of a query ("hoaf binhf" → "hòa
 * bình") is what its writer meant. Stateless.
 */
final class TelexReading {

    /** A word pair typed without diacritics is meant as typed when this many titles and sapos write it so. */
    static final int WRITTEN_PAIRS = 3;
    /** A code of letters and digits is meant as typed when this many articles write it. */
    static final int WRITTEN_CODE_DOCS = 3;

    private TelexReading() {}

    /**
     * The reading with every word put back that forms, as typed, a word pair the archive writes: "Doong" beside
     * "Son" is how "Sơn Đoòng" is typed without diacritics, not the Telex for "Dông". A word alone is no evidence
     * ("tar" of "dichj tar lowjn" is a word of some article too); keystrokes never make a written pair.
     */
    static String keepingWrittenWords(IndexReader reader, String query, String reading) {
        String[] typed = query.strip().split("\\s+");
        String[] read = reading.strip().split("\\s+");
        if (typed.length != read.length) {
            return reading;
        }
        for (int i = 0; i < typed.length; i++) {
            if (!typed[i].equals(read[i]) && !VietnameseText.hasDiacritics(typed[i])
                    && ((i > 0 && writtenPair(reader, typed[i - 1], typed[i]))
                            || (i + 1 < typed.length && writtenPair(reader, typed[i], typed[i + 1]))
                            || writtenCode(reader, typed[i]))) {
                read[i] = typed[i];
            }
        }
        return String.join(" ", read);
    }

    /**
     * A word of letters and digits the archive writes ("U17", the under-17 team): a code, not VNI keystrokes ("u1"
     * for ú and "u7" for ư read "chung kết U17" as "chung kết Ứ").
     */
    private static boolean writtenCode(IndexReader reader, String word) {
        if (word.chars().noneMatch(Character::isDigit) || word.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        try {
            return SpellingCorrection.docsWriting(reader, word.toLowerCase(java.util.Locale.ROOT)) >= WRITTEN_CODE_DOCS;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean writtenPair(IndexReader reader, String left, String right) {
        return IntendedAccents.pairFrequency(reader, left, right)[1] >= WRITTEN_PAIRS;
    }

    /**
     * Whether a Telex/VNI reading changes at least half of the query's words, a word with a mark no other writing
     * has counting twice. Someone typing with the input method off leaves keystrokes in most words; one word that
     * merely reads as Telex ("aff" of "AFF Cup", "à" in Telex) in an otherwise plain query was meant as typed. But
     * "ddawng" or "Phuowng" is nothing but keystrokes: "ddawng cai SEA Games" and "xe khachs Phuowng Trang QL1A",
     * whose codes and foreign words have no marks to leave, had been spelled "dang cai …" and "xe khach Phuong …".
     */
    static boolean mostWordsRepaired(String query, String repaired) {
        String[] typed = query.strip().split("\\s+");
        String[] fixed = repaired.strip().split("\\s+");
        if (typed.length != fixed.length) {
            return true;
        }
        int changed = 0;
        for (int i = 0; i < typed.length; i++) {
            if (!typed[i].equals(fixed[i])) {
                changed += onlyKeystrokes(typed[i]) ? 2 : 1;
            }
        }
        return 2 * changed >= typed.length;
    }

    /**
     * A word whose marks are Telex's or VNI's own: "dd" for đ, a doubled vowel or a w for a hat or horn, a VNI digit
     * for one; a tone letter alone ("khachs") could end an English word.
     */
    static boolean onlyKeystrokes(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return false; // capitals: an abbreviation's letters may read as marks ("AFF")
        }
        return w.startsWith("dd") || w.contains("aa") || w.contains("ee") || w.contains("oo") || w.contains("aw")
                || w.contains("ow") || w.contains("uw") || w.chars().anyMatch(c -> c >= '6' && c <= '9');
    }

    /** Whether a word reads as another typed with Telex or VNI keystrokes ("Ddinh" is "Đinh", "Lieem" "Liêm"). */
    static boolean keystrokes(TextAnalysis analysis, String word) {
        List<String> repaired = analysis.vietnamese().repairCandidates(word);
        return !repaired.isEmpty() && !repaired.get(0).equals(word);
    }
}
