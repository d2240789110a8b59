package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseConfusions;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.model.Fields;

/**
 * Part of the suggest stage of a search: words the archive does not have, or has rarely, replaced by the closest
 * frequent word their neighbours go with ({@link #spell}). Misspellings that make real words are
 * {@link RealWordCorrection}'s. Thread-safe.
 */
final class SpellingCorrection {

    /** A typed word pair is suspicious in fewer title/sapo word pairs than this … */
    static final long RARE_PAIR = 1;
    /** … and a replacement must make a pair at least this frequent (here and in {@link RealWordCorrection}). */
    static final long COMMON_PAIR = 10;

    /**
     * A word in at most this share of the articles (and at least {@link #RARE_WORD_MIN_DOCS}) may be a misspelling of
     * a word that goes with its neighbour ("pak", in 0.2 % of the shared corpus, for "Park"); a more frequent word
     * is taken as meant.
     */
    private static final double RARE_WORD_SHARE = 0.01;
    private static final int RARE_WORD_MIN_DOCS = 20;

    private final WordFormsCache forms;
    /** Neighbours of rare words only, and only those more frequent than the word (Lucene's default share). */
    private final NeighbourWords neighbours = new NeighbourWords(3, 0.01f, SuggestMode.SUGGEST_MORE_POPULAR);

    SpellingCorrection(WordFormsCache forms) {
        this.forms = forms;
    }

    /**
     * A word typed in capitals ("HĐND", "SJC"), an abbreviation or a code: meant as typed, never corrected (the
     * spelling checker made "Hành" of "HĐND", whose pairs it does not see).
     */
    static boolean typedInCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * The candidate the neighbouring words support best ({@link PairSupport#of}), among those that make a common
     * pair ({@link #COMMON_PAIR}) with a neighbour; null if there is none, or if a neighbour confirms the typed word
     * (goes with it more than {@link #RARE_PAIR} times).
     */
    private static String pairedReplacement(WordForms st, String[] words, int wi, SuggestWord[] candidates) {
        String left = wi > 0 ? touchingSyllable(words[wi - 1], false) : "";
        String right = wi + 1 < words.length ? touchingSyllable(words[wi + 1], true) : "";
        // as typed: folded, "Hương Sởn" is "Hương Sơn", in 41 titles and sapos, and confirmed its own slip
        if ((!left.isEmpty() && st.typedPairCount(left, words[wi]) > RARE_PAIR)
                || (!right.isEmpty() && st.typedPairCount(words[wi], right) > RARE_PAIR)) {
            return null;
        }
        String best = null;
        long[] bestSupport = {0, 0};
        List<String> soundAlikes = VietnameseConfusions.of(VietnameseText.termForm(words[wi]));
        for (SuggestWord c : candidates) {
            long[] support = PairSupport.of(st, left, right, c.string, VietnameseText.hasDiacritics(words[wi]));
            boolean common = support[2] >= COMMON_PAIR;
            long[] weighed = PairSupport.weighed(support, soundAlikes.contains(c.string));
            if (common && PairSupport.better(weighed, bestSupport)) {
                best = c.string;
                bestSupport = weighed;
            }
        }
        return best;
    }


    /**
     * Whether a word with inner punctuation ("Hang-seo", "U.23") is indexed as its pieces, each of which the
     * archive has: it is not one unknown term.
     */
    static boolean piecesIndexed(IndexReader reader, String field, String term) throws IOException {
        String[] pieces = term.split("[^\\p{L}\\p{N}]+");
        if (pieces.length < 2) {
            return false;
        }
        for (String piece : pieces) {
            if (!piece.isEmpty() && reader.docFreq(new Term(field, piece)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number, a measure or a code ("246", "1h22", "180ha", "16GB", "F0", "B52"): meant as typed, never corrected.
     * One digit away is another number, not a misspelling, and asking the spelling checker cost a millisecond or
     * more per such word. Digits after a vowel may be VNI tone marks ("So7n" for Sơn), which spelling does repair.
     */
    static boolean numberOrCode(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isDigit(word.charAt(0))) {
            return true;
        }
        boolean digit = false;
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= Character.isDigit(c);
            vowel |= "aeiouy".indexOf(Character.toLowerCase(VietnameseText.fold(String.valueOf(c)).charAt(0))) >= 0;
        }
        // VNI marks a vowel with a digit from 1 to 9: a letter and digits with no vowel ("F0", "U23" is a vowel
        // but "B52" is not) or with a 0 ("F0", "A0") is a code, not Vietnamese typed with its marks as digits
        return digit && (!vowel || word.indexOf('0') >= 0);
    }

    /** The first (or last) run of letters of a word: the part that stands next to the word before (or after) it. */
    static String touchingSyllable(String word, boolean first) {
        int end = first ? 0 : word.length();
        if (first) {
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            return word.substring(0, end);
        }
        int start = end;
        while (start > 0 && Character.isLetter(word.charAt(start - 1))) {
            start--;
        }
        return word.substring(start, end);
    }

    /** A replacement with the capitals of the word it replaces ("Suân" → "Xuân"). */
    static String casedLike(String typed, String replacement) {
        if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0)) && !replacement.isEmpty()) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    /**
     * The field whose terms are the words the archive writes, accents kept or folded: the catch-all field (every
     * syllable of titles, sapos, bodies and captions, so a name written only in titles counts), or the body in an
     * index from before that field.
     */
    static String writtenWords(IndexReader reader, boolean accented) throws IOException {
        Role role = accented ? Role.EXACT : Role.FOLDED;
        String all = role.field(Fields.CATCH_ALL);
        return reader.getDocCount(all) > 0 ? all : role.field(ArticleSchema.BODY);
    }

    /** The number of articles that write {@code word} (lower case, accents as written) in any text field. */
    static int docsWriting(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(writtenWords(reader, true), word));
    }

    /**
     * Whether a word typed with diacritics is written nowhere in the archive ("Lỉnh" for "Lĩnh"): a slip, whatever
     * the other words find. Words in capitals, numbers and words indexed as their pieces are meant.
     */
    static boolean hasUnwrittenWord(IndexReader reader, String query) throws IOException {
        String field = writtenWords(reader, true);
        for (String w : query.strip().split("\\s+")) {
            if (!VietnameseText.hasDiacritics(w) || typedInCapitals(w) || numberOrCode(w)) {
                continue;
            }
            String term = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
            if (reader.docFreq(new Term(field, term)) == 0 && !piecesIndexed(reader, field, term)) {
                return true;
            }
        }
        return false;
    }

    /** Each word absent or rare in the archive replaced by its closest frequent neighbour. */
    String spell(IndexSearcher searcher, String query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        List<String> out = new ArrayList<>();
        WordForms st = forms.get(searcher);
        int rareWordDocs = Math.max(RARE_WORD_MIN_DOCS, (int) (reader.numDocs() * RARE_WORD_SHARE));
        for (int wi = 0; wi < words.length; wi++) {
            String w = words[wi];
            boolean accented = VietnameseText.hasDiacritics(w);
            String field = writtenWords(reader, accented);
            String term = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
            if (!accented) {
                term = WordForms.key(term);
            }
            int docFreq = reader.docFreq(new Term(field, term));
            if (typedInCapitals(w) || numberOrCode(w) || docFreq > rareWordDocs || piecesIndexed(reader, field, term)) {
                out.add(w);
                continue;
            }
            SuggestWord[] s = SpellingCandidates.withWordsBeside(st, wi > 0 ? touchingSyllable(words[wi - 1], false)
                    : "", w, term, SpellingCandidates.withSoundAlikes(reader, field, term,
                    SpellingCandidates.withLetterDropped(reader, field, term, docFreq,
                    neighbours.of(reader, new Term(field, term)))));
            if (docFreq > 0) {
                // A rare word the archive has is kept unless a neighbour says otherwise: "Pak Hang-seo" is never
                // written, "Park Hang-seo" often. Without that evidence the rare word is what the user meant.
                String better = pairedReplacement(st, words, wi, s);
                if (better == null) {
                    better = SpellingCandidates.foreignSlip(w, term, docFreq, s);
                }
                if (better != null && !WrittenNames.keeps(reader, words, wi, better)) {
                    out.add(casedLike(w, better));
                    changed = true;
                } else {
                    out.add(w);
                }
                continue;
            }
            if (s.length > 0) {
                // The candidate the neighbouring words go with most often in titles and sapos ("Trịnh Suân Thanh":
                // "xuân", not the more frequent "quân"); without such evidence, the closest and most frequent.
                String best = s[0].string;
                long[] bestSupport = {0, 0};
                String left = wi > 0 ? touchingSyllable(words[wi - 1], false) : "";
                String right = wi + 1 < words.length ? touchingSyllable(words[wi + 1], true) : "";
                double bestChannel = 0;
                List<String> soundAlikes = VietnameseConfusions.of(term);
                for (SuggestWord c : s) {
                    long[] support = PairSupport.weighed(PairSupport.of(st, left, right, c.string, accented),
                            soundAlikes.contains(c.string));
                    if (!left.isEmpty() && !right.isEmpty()) {
                        double channel = PairSupport.channel(st, left, right, c.string, accented)
                                * (soundAlikes.contains(c.string) ? RealWordCorrection.CONFUSION_PRIOR : 1);
                        if (support[1] > 0 && channel > bestChannel) {
                            best = c.string;
                            bestChannel = channel;
                        }
                    } else if (support[1] > 0 && PairSupport.better(support, bestSupport)) {
                        best = c.string;
                        bestSupport = support;
                    }
                }
                out.add(casedLike(w, best));
                changed = true;
            } else {
                out.add(w);
            }
        }
        return changed ? String.join(" ", out) : "";
    }
}
