package vn.khotin.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): loan words the press writes both joined and spaced ("ôtô" in
 * 2,821 articles of the shared corpus, "ô tô" in 2,637), read from the data file {@value #RESOURCE}. Either form
 * typed is one word unit in its joined form ({@link #joined}), which matches both forms ({@link #spaced}, an
 * alternative of {@link UnitQueries}). Only the two syllables typed with the table's diacritics are joined, so
 * "ở tổ" stays two words. Immutable, loaded once.
 */
final class LoanWords {

    static final String RESOURCE = "vn/khotin/search/loan-words.txt";

    private static final Map<String, String> SPACED_BY_JOINED = new HashMap<>();
    private static final Map<String, String> JOINED_BY_SPACED = new HashMap<>();

    static {
        try (InputStream in = LoanWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\t");
                if (parts.length != 2 || parts[1].strip().split(" ").length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected 'joined<TAB>two syllables': " + s);
                }
                String joined = key(parts[0]);
                String spaced = key(parts[1]);
                SPACED_BY_JOINED.put(joined, spaced);
                JOINED_BY_SPACED.put(spaced, joined);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LoanWords() {}

    /** The spaced form of a loan word typed joined in any case ("Ôtô" → "ô tô"), or null for any other word. */
    static String spaced(String word) {
        return SPACED_BY_JOINED.get(key(word));
    }

    /** A loan word's spaced form as a phrase of {@code field} ({@code builder}'s analysis), or null for another unit. */
    static Query spacedPhrase(QueryBuilder builder, String field, Unit u) {
        String spaced = u.kind() == Kind.WORD ? spaced(u.text()) : null;
        return spaced == null ? null : builder.createPhraseQuery(field, spaced, 0);
    }

    /** The units with each loan word typed spaced ("ô tô") as one word unit in its joined form ("ôtô"). */
    static List<Unit> joined(List<Unit> units) {
        List<Unit> out = null;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String joined = i + 1 < units.size() ? joinedOf(u, units.get(i + 1)) : null;
            if (joined != null && out == null) {
                out = new ArrayList<>(units.subList(0, i));
            }
            if (joined != null) {
                out.add(new Unit(Kind.WORD, joined, VietnameseText.hasDiacritics(joined), false));
                i++;
            } else if (out != null) {
                out.add(u);
            }
        }
        return out == null ? units : out;
    }

    private static String joinedOf(Unit first, Unit second) {
        if (first.kind() != Kind.WORD || second.kind() != Kind.WORD) {
            return null;
        }
        return JOINED_BY_SPACED.get(key(first.text()) + " " + key(second.text()));
    }

    /** NFC, lower case, new-style tones, diacritics kept, no wrapping punctuation. */
    private static String key(String s) {
        return VietnameseText.termForm(QueryUnits.trim(s.strip()));
    }

    /**
     * A word of letters joined by hyphens, written without them ("e-mail" → "email", "Wi-Fi" → "WiFi"), or null for
     * any other word. Articles write such loan words both ways, most often joined (the shared corpus has "email" in
     * 683 articles and "e-mail" in 15): typed with a hyphen, "e-mail lừa đảo" found nothing. Codes keep their own
     * reading ({@link CodeWords}): a piece with a digit leaves the word alone.
     */
    static String joinedAtHyphens(String word) {
        String[] pieces = word.split("-", -1);
        if (pieces.length < 2) {
            return null;
        }
        for (String piece : pieces) {
            if (piece.isEmpty() || !piece.codePoints().allMatch(Character::isLetter)) {
                return null;
            }
        }
        return String.join("", pieces);
    }
}
