package vn.khotin.search;

import org.apache.lucene.index.IndexReader;

/**
 * Part of the suggest stage ({@link Suggestions}): names the archive writes without diacritics ("Nha Trang", a city
 * written so, not "Nhà Trắng"), which an accent restoration must leave as typed. Stateless.
 */
final class BareNames {

    /** A capitalised pair typed without diacritics is a name written so when this many titles and sapos have it. */
    static final int WRITTEN_PAIRS = 3;

    private BareNames() {}

    /**
     * The restoration with every capitalised word put back that forms, exactly as typed, a capitalised pair the
     * archive's titles and sapos write so.
     */
    static String keepingNamesWrittenBare(IndexReader reader, String typed, String restored) {
        String[] t = typed.strip().split("\\s+");
        String[] r = restored.strip().split("\\s+");
        if (t.length != r.length) {
            return restored;
        }
        for (int i = 0; i + 1 < t.length; i++) {
            if (capitalised(t[i]) && capitalised(t[i + 1]) && writtenPair(reader, t[i], t[i + 1])) {
                r[i] = t[i];
                r[i + 1] = t[i + 1];
            }
        }
        return String.join(" ", r);
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean writtenPair(IndexReader reader, String left, String right) {
        return IntendedAccents.exactPairFrequency(reader, left, right) >= WRITTEN_PAIRS;
    }
}
