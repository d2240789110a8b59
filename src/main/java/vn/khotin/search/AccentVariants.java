package vn.khotin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseText;

/**
 * The ways a syllable typed without diacritics can be written with them, as the lexicon knows them ("vu" → vu, vú,
 * vù, vũ, vụ, vư, …): lower case, canonical tone placement. A word the lexicon does not know as a syllable
 * ("Formosa") has only itself. Immutable and thread-safe.
 */
final class AccentVariants {

    private final Map<String, List<String>> byFolded = new HashMap<>();

    AccentVariants(VietnameseLexicon lexicon) {
        for (int id = 1; id <= lexicon.syllableCount(); id++) {
            String s = VietnameseText.toNewStyle(lexicon.syllable(id).toLowerCase(Locale.ROOT));
            List<String> forms = byFolded.computeIfAbsent(VietnameseText.fold(s), k -> new ArrayList<>());
            if (!forms.contains(s)) {
                forms.add(s);
            }
        }
    }

    /** The accented forms of a word typed without diacritics, the word itself among them. */
    List<String> of(String unaccented) {
        String key = unaccented.toLowerCase(Locale.ROOT);
        List<String> forms = byFolded.get(key);
        if (forms == null) {
            return List.of(key);
        }
        return forms.contains(key) ? forms : concat(key, forms);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
