package vn.khotin.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
        List<String> out = new ArrayList<>();
        try (InputStream in = VietnameseStopwords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
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
                s = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                out.add(VietnameseText.toNewStyle(s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stopwords as an immutable set; folded ({@code của → cua}) for the {@code .folded} fields. */
    public static CharArraySet set(boolean folded) {
        CharArraySet set = new CharArraySet(128, false);
        for (String w : words()) {
            set.add(folded ? VietnameseText.fold(w) : w);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
