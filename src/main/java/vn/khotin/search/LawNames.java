package vn.khotin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of {@link RelatedTerms}: the laws a story names ("Luật An ninh mạng", "Bộ luật Hình sự", "Pháp lệnh Dân
 * số"), each as one term. Read as words, a law's name is lost: "An ninh" is a word in 8,449 of 82,137 articles,
 * "mạng" a syllable in 19 % of them, so a draft on the decree guiding the cybersecurity law was related to ten other
 * decrees. The name is the capitalised word after the kind and the lower-case words after it, commas between them
 * kept ("Luật Phòng, chống tác hại của rượu, bia"), up to other punctuation, a number or a word that says which
 * version ("năm", "số", "sửa"); where it ends among the words the archive decides ({@link #of}). Stateless.
 */
final class LawNames {

    /** A name of at least this many syllables after its kind ("Đất đai"); one ("Luật Biển") is too little to go by. */
    static final int MIN_SYLLABLES = 2;
    static final int MAX_SYLLABLES = 8;
    /** A name goes on over the next word while at least this share of the articles that write it write that word. */
    static final double GOES_ON_SHARE = 0.5;
    /** … and at least this many articles write the longer name. */
    static final int MIN_DOCS = 2;
    /**
     * … or at least this many, whatever share: laws of one family share their first words ("Luật Bảo vệ môi trường",
     * "Luật Bảo vệ và phát triển rừng", "Luật Bảo vệ quyền lợi người tiêu dùng").
     */
    static final int LONG_NAME_DOCS = 10;
    /**
     * At most this many names are asked of the archive per text, each a phrase count: a text that lists laws by the
     * hundred (or is made to) costs no more than a few dozen counts.
     */
    static final int MAX_COUNTS = 40;

    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(Bộ luật|Luật|Pháp lệnh)\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*(?:,?\\s+[\\p{Ll}\\p{M}]+){0,"
                    + (MAX_SYLLABLES + 2) + "})(?![\\p{L}\\p{M}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** A word a law's name rarely goes on over, however often it follows the name: "Luật Đất đai quy định …". */
    private static final Set<String> FOLLOWING_WORDS = Set.of("quy", "có", "được", "đã", "sẽ", "là", "thì", "tại",
            "nêu", "cho", "với", "khi", "vừa", "đang", "cũng", "không");
    private static final Set<String> VERSION_WORDS = Set.of("năm", "số", "sửa", "mới", "hiện", "cũ", "này", "đó");

    private LawNames() {}

    /** A law a text names: its kind and name in the exact fields' form ("luật an ninh mạng"), and as written. */
    record Law(String key, String written) {}

    /**
     * The laws of {@code text} the archive writes ({@link #MIN_DOCS} articles or more), in order, repeats included.
     * {@code docFreq} says how many articles write a key: a name goes on over the next lower-case word while
     * {@link #GOES_ON_SHARE} of the articles that write it write that word after it ("Luật An ninh mạng" in 28
     * articles, "… mạng quy" in 3: the law's name ends at "mạng").
     */
    static List<Law> of(String text, ToIntFunction<String> docFreq) {
        List<Law> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Map<String, Integer> counted = new HashMap<>();
        ToIntFunction<String> written = key -> counted.computeIfAbsent(key, docFreq::applyAsInt);
        Matcher m = NAMED.matcher(text);
        while (m.find() && counted.size() < MAX_COUNTS) {
            // "Luật Phòng, chống tác hại của rượu, bia": a comma inside a name, none in its key
            List<String> words = Arrays.asList(m.group(2).split(",?\\s+"));
            int most = Math.min(MIN_SYLLABLES, words.size()); // "Dân số": a name's own words are no version's
            while (most < words.size() && !VERSION_WORDS.contains(normalize(words.get(most)))) {
                most++;
            }
            if (most < MIN_SYLLABLES) {
                continue;
            }
            int n = MIN_SYLLABLES;
            int df = written.applyAsInt(key(m.group(1), words.subList(0, n)));
            if (df < MIN_DOCS) {
                continue; // "Luật Biển của …": no article writes such a law
            }
            while (n < most && n < MAX_SYLLABLES && !FOLLOWING_WORDS.contains(normalize(words.get(n)))) {
                int longer = written.applyAsInt(key(m.group(1), words.subList(0, n + 1)));
                if (longer < MIN_DOCS || (longer < GOES_ON_SHARE * df && longer < LONG_NAME_DOCS)) {
                    break;
                }
                n++;
                df = longer;
            }
            out.add(new Law(key(m.group(1), words.subList(0, n)), written(m.group(2), n, m.group(1))));
        }
        return out;
    }

    /** The kind and the first {@code n} words of a name as the text writes them, commas and all. */
    private static String written(String name, int n, String kind) {
        Matcher w = WORD.matcher(name);
        int end = 0;
        for (int i = 0; i < n && w.find(); i++) {
            end = w.end();
        }
        return kind + " " + name.substring(0, end);
    }

    /** The exact fields' form of words: NFC, lower case, new-style tones. */
    private static String normalize(String s) {
        return VietnameseText.termForm(s);
    }

    private static String key(String kind, List<String> name) {
        return normalize(kind + " " + String.join(" ", name));
    }
}
