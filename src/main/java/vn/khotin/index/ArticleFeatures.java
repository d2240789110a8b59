package vn.khotin.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.khotin.analysis.VietnameseNormalizationCharFilter;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.analysis.VietnameseTokenizer;

/**
 * What the indexer derives from an article's text in one pass over its syllables: the gazetteer places it
 * mentions, the capitalised multi-syllable names (people, organisations) and a 64-bit SimHash of its
 * word shingles for near-duplicate detection. Also used on pasted draft text by related-story search.
 *
 * @param places place labels ({@link Gazetteer.Place#label()}), most mentioned first
 * @param names person/organisation names found in the text, most mentioned first (at most {@value #MAX_NAMES})
 * @param simhash the SimHash of the folded 3-syllable shingles; 0 for text without words
 */
public record ArticleFeatures(List<String> places, List<String> names, long simhash) {

    public static final int MAX_NAMES = 20;
    private static final int SHINGLE = 3;

    public ArticleFeatures {
        places = List.copyOf(places);
        names = List.copyOf(names);
    }

    /** Extracts the features of a text, the SimHash over all of it. */
    public static ArticleFeatures of(String text, Gazetteer gazetteer) {
        return of("", text, "", gazetteer);
    }

    /**
     * Extracts the features of an article's texts: places and names from all three parts, the SimHash from
     * {@code main} only (sapo and body), since a republished story often changes its title and captions.
     */
    public static ArticleFeatures of(String before, String main, String after, Gazetteer gazetteer) {
        Tokens t = new Tokens();
        t.append(before);
        int mainStart = t.n;
        t.append(main);
        int mainEnd = t.n;
        t.append(after);
        boolean[] consumed = new boolean[t.n];
        Map<String, Integer> placeCounts = new HashMap<>();
        for (Gazetteer.Place p : gazetteer.match(t.lower, t.capital, t.breakBefore, t.n, consumed)) {
            placeCounts.merge(p.label(), 1, Integer::sum);
        }
        Map<String, Integer> nameCounts = new HashMap<>();
        int i = 0;
        while (i < t.n) {
            if (!t.nameLike(i) || consumed[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.n && t.nameLike(j) && !consumed[j] && !t.breakBefore[j]) {
                j++;
            }
            int from = i;
            // A sentence's first word is capitalised anyway: keep it only in long runs.
            if ((i == 0 || t.breakBefore[i]) && j - i < 3) {
                from = i + 1;
            } else if ((i == 0 || t.breakBefore[i]) && j - i >= 3 && isCommonSentenceStart(t.lower[i])) {
                from = i + 1;
            }
            if (j - from >= 2 && j - from <= 4) {
                nameCounts.merge(String.join(" ", Arrays.copyOfRange(t.text, from, j)), 1, Integer::sum);
            }
            i = j;
        }
        return new ArticleFeatures(byCount(placeCounts, Integer.MAX_VALUE), byCount(nameCounts, MAX_NAMES),
                simhash(t, mainStart, mainEnd));
    }

    private static final Set<String> SENTENCE_STARTS = Set.of("ông", "bà", "anh", "chị", "theo", "tại", "sáng",
            "chiều", "tối", "trưa", "ngày", "đồng", "thượng", "đại", "trung", "thiếu", "em", "cô", "thầy", "cụ");

    private static boolean isCommonSentenceStart(String lower) {
        return SENTENCE_STARTS.contains(lower);
    }

    private static List<String> byCount(Map<String, Integer> counts, int max) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < list.size() && k < max; k++) {
            out.add(list.get(k).getKey());
        }
        return out;
    }

    /** Charikar's SimHash over hashed, folded 3-token shingles. */
    private static long simhash(Tokens t, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return 0;
        }
        long[] tokenHash = new long[n];
        for (int i = 0; i < n; i++) {
            tokenHash[i] = mix(VietnameseText.fold(t.lower[from + i]).hashCode() * 0x9E3779B97F4A7C15L);
        }
        int[] v = new int[64];
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0;
            for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
                h = mix(h * 31 + tokenHash[k]);
            }
            for (int b = 0; b < 64; b++) {
                v[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long s = 0;
        for (int b = 0; b < 64; b++) {
            if (v[b] > 0) {
                s |= 1L << b;
            }
        }
        return s;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Number of differing bits of two SimHashes. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The syllable tokens of a text, with case and clause breaks. */
    private static final class Tokens {
        String[] text = new String[256];
        String[] lower = new String[256];
        boolean[] capital = new boolean[256];
        boolean[] breakBefore = new boolean[256];
        boolean[] syllable = new boolean[256];
        int n;

        void append(String s) {
            if (s.isEmpty()) {
                return;
            }
            Tokens t = this;
            try (VietnameseTokenizer tok = new VietnameseTokenizer()) {
                tok.setReader(new VietnameseNormalizationCharFilter(new StringReader(s)));
                CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
                FlagsAttribute flags = tok.addAttribute(FlagsAttribute.class);
                TypeAttribute type = tok.addAttribute(TypeAttribute.class);
                tok.reset();
                while (tok.incrementToken()) {
                    t.add(term.toString(), (flags.getFlags() & VietnameseTokenizer.FLAG_BREAK_BEFORE) != 0,
                            type.type());
                }
                tok.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(String token, boolean brk, String type) {
            if (n == text.length) {
                int m = n * 2;
                text = Arrays.copyOf(text, m);
                lower = Arrays.copyOf(lower, m);
                capital = Arrays.copyOf(capital, m);
                breakBefore = Arrays.copyOf(breakBefore, m);
                syllable = Arrays.copyOf(syllable, m);
            }
            String canonical = VietnameseText.toNewStyle(token);
            text[n] = canonical;
            lower[n] = Gazetteer.normalize(canonical);
            capital[n] = !token.isEmpty() && Character.isUpperCase(token.charAt(0));
            breakBefore[n] = brk;
            syllable[n] = VietnameseTokenizer.SYLLABLE.equals(type);
            n++;
        }

        /** A capitalised syllable that is not all capitals (abbreviations are not name parts). */
        boolean nameLike(int i) {
            return syllable[i] && capital[i] && (text[i].length() == 1 || !Character.isUpperCase(text[i].charAt(1)));
        }
    }
}
