package vn.khotin.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The Vietnamese stopword list ({@value #RESOURCE}): function words removed from queries only, never from
 * the index. Negation ("không", "chưa", "chẳng") is deliberately absent.
 */
public final class VietnameseStopwords {

    /** The classpath resource holding the list. */
    public static final String RESOURCE = "vn/khotin/analysis/stopwords.txt";

    private VietnameseStopwords() {
    }

    /** The words as written in the file, NFC, lower case, canonical tone placement. */
    public static List<String> words() {
        return lines(RESOURCE);
    }

    /** The entries of a list file: first field of each line, comments removed, normalized like text. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = VietnameseStopwords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (s.isEmpty()) {
                    continue;
                }
                s = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                out.add(VietnameseText.toNewStyle(s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The classpath resource holding the stopwords of queries typed without diacritics. */
    public static final String FOLDED_RESOURCE = "vn/khotin/analysis/stopwords-folded.txt";

    /**
     * The stopwords as an immutable set. Folded ({@code .folded} fields, words typed without diacritics): only the
     * folded forms that stand for a stopword nearly always ({@value #FOLDED_RESOURCE}): "cua" (của) is one, but "ma"
     * is not, since "ma túy" folds to it as much as "mà" does.
     */
    public static CharArraySet set(boolean folded) {
        CharArraySet set = new CharArraySet(128, false);
        if (folded) {
            Set<String> accented = new HashSet<>();
            for (String w : words()) {
                accented.add(VietnameseText.fold(w));
            }
            for (String w : lines(FOLDED_RESOURCE)) {
                if (!accented.contains(w)) {
                    throw new IllegalStateException(FOLDED_RESOURCE + ": '" + w + "' folds no stopword of " + RESOURCE);
                }
                set.add(w);
            }
        } else {
            set.addAll(words());
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
