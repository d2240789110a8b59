package vn.khotin.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;

/**
 * Part of the suggest stage of a search: the word statistics behind {@link Suggestions}, which accented, capitalised
 * form a folded word or word pair most often has in titles and sapos, and how often. Read by autocomplete, by the
 * spelling corrections (how common a word pair is) and, until the accent model is trained, by accent restoration.
 * Immutable once built.
 *
 * @param docs the number of articles they were built from
 * @param forms folded key ("ha tinh", "tinh") → best display form and its frequency
 */
record WordForms(int docs, NavigableMap<String, Form> forms) {

    /**
     * The best written form of a key and how often the key occurs, diacritics ignored.
     *
     * @param written how often each accented spelling of the key occurs, in lower case ("bảo hành" 15, "bạo hành"
     *     208 for "bao hanh"); empty when the key is always spelt like {@code text}, which then has every one of
     *     the {@code count} occurrences. Most keys are spelt one way, so they pay nothing for it.
     */
    record Form(String text, long count, Map<String, Long> written) {

        Form {
            written = Map.copyOf(written);
        }

        Form(String text, long count) {
            this(text, count, Map.of());
        }

        /** How often the key is spelt {@code lowerCase} (lower case, accents as written). */
        long writtenCount(String lowerCase) {
            if (written.isEmpty()) {
                return text.toLowerCase(Locale.ROOT).equals(lowerCase) ? count : 0;
            }
            return written.getOrDefault(lowerCase, 0L);
        }
    }

    static final WordForms EMPTY = new WordForms(0, new TreeMap<>());

    private static final int MAX_STATS_DOCS = 300_000;

    static WordForms build(IndexReader reader) throws IOException {
        return build(reader, MAX_STATS_DOCS);
    }

    /** The statistics of at most about {@code maxDocs} articles, spread over the whole archive. */
    static WordForms build(IndexReader reader, int maxDocs) throws IOException {
        Map<String, Tally> counts = new HashMap<>(1 << 16);
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        Set<String> fields = Set.of(ArticleSchema.TITLE, ArticleSchema.SAPO);
        // Beyond maxDocs, every k-th article across the whole archive: documents are numbered roughly in the
        // order they were added, so the first ones alone would be the oldest stories and miss every newer name.
        int step = Math.max(1, (reader.maxDoc() + maxDocs - 1) / maxDocs);
        for (int doc = 0; doc < reader.maxDoc(); doc += step) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            var d = stored.document(doc, fields);
            for (String f : fields) {
                String text = d.get(f);
                if (text != null) {
                    countWords(text, counts);
                }
            }
        }
        TreeMap<String, Form> forms = new TreeMap<>();
        for (Map.Entry<String, Tally> e : counts.entrySet()) {
            Tally t = e.getValue();
            String best = t.first;
            long total = t.firstCount;
            int bestCount = t.firstCount;
            Map<String, Long> written = Map.of();
            if (t.others != null) {
                Map<String, Long> lower = new HashMap<>();
                lower.put(t.first.toLowerCase(Locale.ROOT), (long) t.firstCount);
                for (Map.Entry<String, Integer> f : t.others.entrySet()) {
                    total += f.getValue();
                    lower.merge(f.getKey().toLowerCase(Locale.ROOT), (long) f.getValue(), Long::sum);
                    if (f.getValue() > bestCount || (f.getValue() == bestCount && f.getKey().compareTo(best) < 0)) {
                        best = f.getKey();
                        bestCount = f.getValue();
                    }
                }
                if (lower.size() > 1) {
                    written = lower;
                }
            }
            if (total >= 2 || e.getKey().indexOf(' ') < 0) {
                forms.put(e.getKey(), new Form(best, total, written));
            }
        }
        return new WordForms(reader.numDocs(), forms);
    }

    private static void countWords(String text, Map<String, Tally> counts) {
        String s = VietnameseText.toNewStyle(Normalizer.normalize(text, Normalizer.Form.NFC));
        String prev = null;
        String prevKey = null;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    prev = null; // punctuation ends a word pair
                }
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = s.substring(start, i);
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                    prev = null; // abbreviations are not restored
                    continue;
                }
                // Each word's key is folded once and reused as the first half of the next pair's key.
                String k = key(w);
                add(counts, k, w);
                if (prev != null) {
                    add(counts, prevKey + " " + k, prev + " " + w);
                }
                prev = w;
                prevKey = k;
            }
        }
    }

    /**
     * How often each written form of one key occurs. Nearly every key is written one way only: that form is
     * counted in place, and a map is made only for a second form (millions of keys: one hash lookup and no
     * per-key map is most of the build's time saved).
     */
    private static final class Tally {
        final String first;
        int firstCount = 1;
        Map<String, Integer> others;

        Tally(String first) {
            this.first = first;
        }
    }

    private static void add(Map<String, Tally> counts, String key, String form) {
        Tally t = counts.get(key);
        if (t == null) {
            counts.put(key, new Tally(form));
        } else if (t.first.equals(form)) {
            t.firstCount++;
        } else {
            if (t.others == null) {
                t.others = new HashMap<>(2);
            }
            t.others.merge(form, 1, Integer::sum);
        }
    }

    /** The marks two spellings of one folded word differ by: the tone, and each letter's vowel mark (or "đ"). */
    static int markChanges(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.MAX_VALUE;
        }
        int changes = tone(a) == tone(b) ? 0 : 1;
        for (int i = 0; i < a.length(); i++) {
            if (VietnameseText.stripTone(a.charAt(i)) != VietnameseText.stripTone(b.charAt(i))) {
                changes++;
            }
        }
        return changes;
    }

    private static int tone(String word) {
        for (int i = 0; i < word.length(); i++) {
            int t = VietnameseText.toneOf(word.charAt(i));
            if (t != 0) {
                return t;
            }
        }
        return 0;
    }

    /** A word's key: folded, lower case. */
    static String key(String w) {
        return VietnameseText.fold(w).toLowerCase(Locale.ROOT);
    }

    /**
     * The query with each word, or word pair, typed without diacritics written in its most frequent form in titles
     * and sapos; empty if nothing changed. What restores accents until the accent model is trained.
     */
    String restoreAccents(String query) {
        String[] words = query.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        while (i < words.length) {
            String w = words[i];
            if (!isPlainWord(w)) {
                out.add(w);
                i++;
                continue;
            }
            if (i + 1 < words.length && isPlainWord(words[i + 1])) {
                Form pair = forms.get(key(w) + " " + key(words[i + 1]));
                if (pair != null && pair.count() >= 2) {
                    out.add(pair.text());
                    changed |= !pair.text().equals(w + " " + words[i + 1]);
                    i += 2;
                    continue;
                }
            }
            Form one = forms.get(key(w));
            if (one != null) {
                String form = one.text();
                out.add(form);
                changed |= !form.equals(w);
            } else {
                out.add(w);
            }
            i++;
        }
        return changed ? String.join(" ", out) : "";
    }

    private static boolean isPlainWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return !VietnameseText.hasDiacritics(w);
    }

    /** How often a word occurs in titles and sapos, spelt as given when it carries diacritics. */
    long frequency(String word) {
        Form f = forms.get(key(word));
        if (f == null) {
            return 0;
        }
        return VietnameseText.hasDiacritics(word) ? f.writtenCount(written(word)) : f.count();
    }

    /** How often two words stand together in titles and sapos, diacritics ignored. */
    long pairCount(String a, String b) {
        Form f = forms.get(key(a) + " " + key(b));
        return f == null ? 0 : f.count();
    }

    /**
     * How often two words stand together in titles and sapos spelt as given, accents and all, capitals ignored:
     * "bạo hàng" is almost never written where "bao hang" is ("báo hàng", "bao hàng").
     */
    long writtenPairCount(String a, String b) {
        Form f = forms.get(key(a) + " " + key(b));
        return f == null ? 0 : f.writtenCount(written(a) + " " + written(b));
    }

    /**
     * How often a pair is written as typed: spelt as given when both words carry diacritics ("bạo hàng" almost never,
     * though "báo hàng" often), diacritics ignored otherwise (an unaccented word stands for any of its forms).
     */
    long typedPairCount(String a, String b) {
        return VietnameseText.hasDiacritics(a) && VietnameseText.hasDiacritics(b) ? writtenPairCount(a, b)
                : pairCount(a, b);
    }

    /** A word as {@link #countWords} counts its spelling: NFC, new-style tone marks, lower case. */
    static String written(String w) {
        return VietnameseText.toNewStyle(Normalizer.normalize(w, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }
}
