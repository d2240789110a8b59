package vn.khotin.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.khotin.analysis.VietnameseNormalizationCharFilter;
import vn.khotin.analysis.VietnameseTokenizer;
import vn.khotin.search.RelatedTerms.Kind;
import vn.khotin.search.RelatedTerms.WeightedTerm;

/**
 * The words a related story's reason shows, as words. A word the lexicon does not know ("rung lắc") reaches the
 * reasons as two syllable terms, "rung, lắc": when two shared syllables stand side by side wherever the source
 * writes either of them, they are shown as the one word they make, as the source writes it. A roman numeral
 * ("III") means nothing on its own and is not shown. Only the text shown changes: which stories are suggested, and
 * their order, do not depend on it. One per source; thread-confined.
 */
final class ReasonWords {

    /** A roman numeral up to 39, as chapters, congresses and divisions are numbered ("II", "XIV"). */
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    /** Per syllable key, the syllable key that always follows it in the source, when they always go together. */
    private final Map<String, String> next = new HashMap<>();
    /** Per first syllable key, the pair as the source first writes it ("rung lắc"). */
    private final Map<String, String> written = new HashMap<>();

    private ReasonWords() {}

    /** The pairs of the source's syllable terms that always stand side by side in its text. */
    static ReasonWords of(RelatedSource src, List<WeightedTerm> terms) {
        ReasonWords out = new ReasonWords();
        Set<String> syllables = new HashSet<>();
        for (WeightedTerm t : terms) {
            if (t.kind() == Kind.SYLLABLE) {
                syllables.add(t.key());
            }
        }
        if (syllables.size() < 2) {
            return out;
        }
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, Set<String>> before = new HashMap<>();
        for (String part : new String[] {src.title(), src.sapo(), src.body()}) {
            List<String[]> tokens = tokens(part);
            for (int i = 0; i < tokens.size(); i++) {
                String key = tokens.get(i)[0];
                if (!syllables.contains(key)) {
                    continue;
                }
                boolean joinedNext = i + 1 < tokens.size() && tokens.get(i)[2].equals(tokens.get(i + 1)[3]);
                boolean joinedPrev = i > 0 && tokens.get(i - 1)[2].equals(tokens.get(i)[3]);
                after.computeIfAbsent(key, k -> new HashSet<>()).add(joinedNext ? tokens.get(i + 1)[0] : "");
                before.computeIfAbsent(key, k -> new HashSet<>()).add(joinedPrev ? tokens.get(i - 1)[0] : "");
                String pair = joinedNext ? tokens.get(i)[1] + " " + tokens.get(i + 1)[1] : null;
                String had = out.written.get(key);
                // as first written, or where first written in lower case (a capital at a sentence start is not its own)
                if (pair != null && (had == null || (Character.isUpperCase(had.charAt(0))
                        && Character.isLowerCase(pair.charAt(0))))) {
                    out.written.put(key, pair);
                }
            }
        }
        after.forEach((key, followers) -> {
            String y = followers.size() == 1 ? followers.iterator().next() : "";
            if (!y.isEmpty() && !y.equals(key) && syllables.contains(y) && before.get(y).equals(Set.of(key))) {
                out.next.put(key, y);
            }
        });
        return out;
    }

    /**
     * The reason words of a candidate from the shared terms it was given, in the same order: a syllable that goes
     * with the next one is shown as the pair (when the candidate shares both), the second left out; roman numerals
     * left out.
     */
    List<WeightedTerm> join(List<WeightedTerm> shared) {
        Map<String, WeightedTerm> sharedSyllables = new HashMap<>();
        for (WeightedTerm t : shared) {
            if (t.kind() == Kind.SYLLABLE) {
                sharedSyllables.put(t.key(), t);
            }
        }
        Map<String, String> previous = new HashMap<>();
        next.forEach((x, y) -> {
            if (sharedSyllables.containsKey(x) && sharedSyllables.containsKey(y)) {
                previous.put(y, x);
            }
        });
        List<WeightedTerm> out = new ArrayList<>(shared.size());
        Set<String> used = new HashSet<>();
        for (WeightedTerm t : shared) {
            if (ROMAN.matcher(t.display()).matches()) {
                continue;
            }
            String x = previous.containsKey(t.key()) ? previous.get(t.key())
                    : t.key().equals(previous.get(next.get(t.key()))) ? t.key() : null;
            if (t.kind() != Kind.SYLLABLE || x == null) {
                out.add(t);
                continue;
            }
            String y = next.get(x);
            if (used.add(x) & used.add(y)) {
                // one word now, shown where the heavier of its two syllables was
                int df = Math.min(sharedSyllables.get(x).docFreq(), sharedSyllables.get(y).docFreq());
                out.add(new WeightedTerm(Kind.UNIT, x + "_" + y, written.get(x), t.weight(), df));
            }
        }
        return out;
    }

    /** The source's tokens: normalised key, surface, end offset, start offset (as strings, to compare). */
    private static List<String[]> tokens(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (Tokenizer tok = new VietnameseTokenizer()) {
            tok.setReader(new VietnameseNormalizationCharFilter(new StringReader(text)));
            CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tok.addAttribute(TypeAttribute.class);
            tok.reset();
            int lastEnd = -10;
            while (tok.incrementToken()) {
                String surface = term.toString();
                String key = RelatedTerms.normalize(surface);
                // side by side: one space apart, and both syllables (a number or a sign between breaks the pair)
                boolean syllable = VietnameseTokenizer.SYLLABLE.equals(type.type());
                int start = off.startOffset();
                String startMark = syllable && start == lastEnd + 1 && text.charAt(lastEnd) == ' '
                        ? "s" + lastEnd : "x" + start;
                out.add(new String[] {syllable ? key : "", surface, "s" + off.endOffset(), startMark});
                lastEnd = syllable ? off.endOffset() : -10;
            }
            tok.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
