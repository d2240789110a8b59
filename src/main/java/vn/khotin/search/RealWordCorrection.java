package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseConfusions;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;

/**
 * Part of the suggest stage of a search: misspellings that make real words, found by the word pairs the archive
 * writes ({@link WordForms}) and replaced by a sound-alike word ({@link VietnameseConfusions}) or one a slip of the
 * fingers away ({@link TypingSlips}) that makes a pair it writes often. The other spelling corrections (words the
 * archive does not have, or rarely) are {@link SpellingCorrection}'s. Thread-safe.
 */
final class RealWordCorrection {

    /** A typed word pair is suspicious in fewer title/sapo word pairs than this … */
    private static final long RARE_PAIR = SpellingCorrection.RARE_PAIR;
    /** … and a replacement must make a pair at least this frequent. */
    private static final long COMMON_PAIR = SpellingCorrection.COMMON_PAIR;

    /**
     * A sound-alike confusion ({@link VietnameseConfusions}: hỏi for ngã, s for x …) is the likelier slip: its pair
     * counts this many times over a slip of the fingers' ("làm vở vương miệng" is "làm vỡ", 24 titles and sapos,
     * not "làm vợ", 60).
     */
    static final int CONFUSION_PRIOR = 3;

    /**
     * How many times as often as a typed pair the archive writes (more than {@link #RARE_PAIR} times) its sound-alike
     * correction must be written: the press's own slips ("tai lạn") are written, but seldom against the right form.
     */
    static final long SOUND_ALIKE_FAR_MORE = 100;

    /**
     * A syllable is taken as possibly mistyped for any close word (the spelling checker's) only when this many
     * articles have it; a rarer one only for its sound-alikes.
     */
    private static final int COMMON_WORD_DOCS = 50;

    private final TextAnalysis analysis;
    private final WordFormsCache forms;
    /** The word is a real one, often a frequent one: its neighbours are asked for whatever its frequency. */
    private final NeighbourWords neighbours = new NeighbourWords(2, Integer.MAX_VALUE, SuggestMode.SUGGEST_ALWAYS);
    private volatile Set<String> foldedSyllables;

    RealWordCorrection(TextAnalysis analysis, WordFormsCache forms) {
        this.analysis = analysis;
        this.forms = forms;
    }

    /**
     * Misspellings that make real words ("sốt suất huyết" for sốt xuất huyết, "bạo hàng" for bạo hành): each word
     * of a pair the archive (almost) never writes is replaced by a close word (one or two edits) that makes a pair
     * it writes often, the most frequent such pair winning. Empty if nothing changed.
     */
    String correct(IndexSearcher searcher, String query) throws IOException {
        return correct(searcher, query, false, COMMON_PAIR);
    }

    /**
     * The same, for a query that already finds plenty: only sound-alike replacements ({@link VietnameseConfusions},
     * no spelling-checker neighbours: the cheap part, asked of every such query), each making a pair the titles and
     * sapos write at least {@code commonPair} times. "sử lý vi phạm" finds 2,115 articles with "sử" and "lý"
     * apart, but is "xử lý vi phạm".
     */
    String soundAlikes(IndexSearcher searcher, String query, long commonPair) throws IOException {
        return correct(searcher, query, true, commonPair);
    }

    private String correct(IndexSearcher searcher, String query, boolean soundAlikesOnly, long commonPair)
            throws IOException {
        String[] words = query.strip().split("\\s+");
        if (words.length < 2) {
            return "";
        }
        WordForms st = forms.get(searcher);
        IndexReader reader = searcher.getIndexReader();
        boolean[] typedPlace = PlaceSlips.inTypedPlace(words);
        String[] out = words.clone();
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            long typedPair = st.typedPairCount(out[i], out[i + 1]);
            // a pair the archive writes now and then may still be a slip it makes too ("tai lạn", 13 titles and
            // sapos, for "tai nạn", 1,613): then only a sound-alike written far more often replaces it
            boolean rare = typedPair <= RARE_PAIR;
            long needed = rare ? commonPair : Math.max(commonPair, SOUND_ALIKE_FAR_MORE * typedPair);
            String best = null;
            long bestCount = commonPair - 1;
            int bestSide = -1;
            boolean bestPlace = false;
            for (int side = 0; side < 2; side++) {
                String w = out[i + side];
                if (SpellingCorrection.typedInCapitals(w) || attestedBeyond(st, out, i + side, side == 0 ? -1 : 1)
                        || typedPlace[i + side]) {
                    continue;
                }
                boolean accented = VietnameseText.hasDiacritics(w);
                String field = accented ? ArticleSchema.BODY : Role.FOLDED.field(ArticleSchema.BODY);
                String written = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
                String term = accented ? written : WordForms.key(written);
                // Only a Vietnamese syllable can be a real word typed for another; a term that is none ("VNEN", a
                // name) is what the user meant, however rare its pairs. A rare syllable is taken only for a
                // sound-alike ("tai lạn" is "tai nạn"): its spelling-checker neighbours are as rare as it is.
                if (!isSyllable(term)) {
                    continue;
                }
                List<String> confusions = VietnameseConfusions.of(term);
                boolean anyClose = rare && !soundAlikesOnly && reader.docFreq(new Term(field, term)) >= COMMON_WORD_DOCS;
                for (String c : anyClose ? candidates(reader, field, term, confusions) : confusions) {
                    if (!confusions.contains(c) && !TypingSlips.oneSlip(term, c)) {
                        continue;
                    }
                    long n = side == 0 ? CandidatePairs.of(st, c, out[i + 1], true, accented)
                            : CandidatePairs.of(st, c, out[i], false, accented);
                    boolean place = makesPlace(out, i + side, c);
                    long weighed = confusions.contains(c) ? n * CONFUSION_PRIOR : n;
                    if (n >= needed && (place && !bestPlace || (place == bestPlace && weighed > bestCount))
                            && !WrittenNames.keeps(reader, out, i + side, c)) {
                        best = c;
                        bestCount = weighed;
                        bestSide = side;
                        bestPlace = place;
                    }
                }
            }
            if (best != null) {
                out[i + bestSide] = SpellingCorrection.casedLike(out[i + bestSide], best);
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : "";
    }

    /**
     * For a query no article matches as typed: each pair no text writes side by side, with a word replaced by a
     * sound-alike that makes a pair some {@link #WRITTEN_ANYWHERE} articles write in any text field ("dải đinh" on a
     * bridge is "rải đinh", scattering nails: 14 articles, none in titles and sapos often enough for
     * {@link #correct}). Empty if nothing changed.
     */
    String soundAlikesWrittenAnywhere(IndexSearcher searcher, String query) throws IOException {
        String[] out = query.strip().split("\\s+");
        boolean[] typedPlace = PlaceSlips.inTypedPlace(out);
        boolean changed = false;
        for (int i = 0; i + 1 < out.length; i++) {
            Role role = VietnameseText.hasDiacritics(out[i]) && VietnameseText.hasDiacritics(out[i + 1]) ? Role.EXACT
                    : Role.FOLDED;
            // most pairs of a long question are written: their pair terms say so without counting a phrase (10 % of
            // a 13-word question's search)
            if (role == Role.EXACT && IntendedAccents.pairWrittenAnywhere(searcher.getIndexReader(), out[i], out[i + 1])
                    || TypedPhrases.articlesWriting(searcher, analysis, role, out[i] + " " + out[i + 1]) > 0) {
                continue;
            }
            String best = null;
            long bestCount = WRITTEN_ANYWHERE - 1;
            int bestSide = -1;
            for (int side = 0; side < 2; side++) {
                String w = out[i + side];
                String term = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
                if (SpellingCorrection.typedInCapitals(w) || !VietnameseText.hasDiacritics(w) || !isSyllable(term)
                        || typedPlace[i + side]) {
                    continue;
                }
                for (String c : VietnameseConfusions.of(term)) {
                    String pair = side == 0 ? c + " " + out[i + 1] : out[i] + " " + c;
                    long n = TypedPhrases.articlesWriting(searcher, analysis, role, pair);
                    if (n > bestCount) {
                        best = c;
                        bestCount = n;
                        bestSide = side;
                    }
                }
            }
            if (best != null) {
                out[i + bestSide] = SpellingCorrection.casedLike(out[i + bestSide], best);
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : "";
    }

    /**
     * How many articles must write a sound-alike's pair for {@link #soundAlikesWrittenAnywhere}. At 5, of the 377
     * trial and judged queries only two change, both right ("dải đinh" → "rải đinh", "mì chín giả" → "mì chính
     * giả"), and no correctly typed title fragment of 1,500.
     */
    static final long WRITTEN_ANYWHERE = 5;

    /**
     * Whether the word at {@code at}, replaced by {@code candidate}, names a place of the gazetteer with the words
     * around it: "huyện Đức Thợ" is the district of Đức Thọ (26 titles and sapos write "Đức Thọ"), not the Đà Nẵng
     * chairman Huỳnh Đức Thơ (30), whom the pair's count alone chose.
     */
    private static boolean makesPlace(String[] words, int at, String candidate) {
        List<String> replaced = new ArrayList<>(Arrays.asList(words));
        replaced.set(at, SpellingCorrection.casedLike(words[at], candidate));
        for (int[] span : Gazetteer.get().spans(replaced)) {
            if (span[0] <= at && at < span[1] && span[1] - span[0] >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} makes a pair the archive writes often with its neighbour on the other side
     * ({@code direction} -1: the word before, 1: the word after). Such a word is what the user meant there: in
     * "Hà Tĩnh chất vấn" the rare pair "Tĩnh chất" must not become "tinh chất", nor "hợp tác xã cắt điện" "… đã
     * cắt …". Only a word without a common pair on its other side (or that ends the query) is replaced.
     */
    private static boolean attestedBeyond(WordForms st, String[] words, int at, int direction) {
        int other = at + direction;
        if (other < 0 || other >= words.length) {
            return false;
        }
        long n = direction < 0 ? st.typedPairCount(words[other], words[at]) : st.typedPairCount(words[at], words[other]);
        return n >= COMMON_PAIR;
    }

    /**
     * The words a real word may have been typed for: its Vietnamese confusions (ch/tr, s/x, final n/ng, hỏi/ngã …,
     * {@link VietnameseConfusions}), then the spelling checker's closest words in the archive (one or two edits).
     */
    private List<String> candidates(IndexReader reader, String field, String term, List<String> confusions)
            throws IOException {
        List<String> out = new ArrayList<>(confusions);
        for (SuggestWord c : neighbours.of(reader, new Term(field, term))) {
            if (!out.contains(c.string)) {
                out.add(c.string);
            }
        }
        return out;
    }

    private boolean isSyllable(String term) {
        if (term.isEmpty() || !term.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return analysis.vietnamese().lexicon().isKnownSyllable(term) || knownFoldedSyllable(VietnameseText.fold(term));
    }

    /** Whether some syllable of the lexicon folds to this form ("vnen" none, "bo" many). */
    private boolean knownFoldedSyllable(String folded) {
        Set<String> set = foldedSyllables;
        if (set == null) {
            Set<String> built = new HashSet<>();
            var lex = analysis.vietnamese().lexicon();
            for (int id = 1; id <= lex.syllableCount(); id++) {
                built.add(VietnameseText.fold(lex.syllable(id)).toLowerCase(Locale.ROOT));
            }
            foldedSyllables = set = built;
        }
        return set.contains(folded);
    }
}
