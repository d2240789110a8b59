package vn.khotin.search;

import java.util.List;
import java.util.Locale;
import vn.khotin.analysis.FamilyNames;
import vn.khotin.index.PlacesElsewhere;

/**
 * Part of the suggest stage ({@link AccentSuggestion}): a name restored from words typed in lower case without
 * diacritics, offered capitalised as titles and sapos write it ("nguyen phu trong" → "Nguyễn Phú Trọng"). Offered
 * in lower case, "nguyễn phú trọng" was searched as three words anywhere: 19 articles of the 1,500-article demo, of
 * which 4 name him, where the typed query's 4 all did. Only a person's name, beginning with a family name: a place
 * keeps the case typed ("thành phố hà tĩnh"). Stateless.
 */
final class NameCasing {

    /** How often titles and sapos must write a pair, most often capitalised, for it to be a name. */
    static final long MIN_PAIRS = 3;

    private NameCasing() {}

    /**
     * {@code restored} with each person's name capitalised: a pair of words that the user typed in lower case without
     * diacritics, that titles and sapos write most often capitalised and spelt as restored ("Nguyễn Phú"), and that
     * begins with a family name or goes on with one such pair; {@code restored} itself when there is none, or when the
     * two queries have different numbers of words.
     */
    static String withNames(WordForms forms, String typed, String restored) {
        String[] t = typed.strip().split("\\s+");
        String[] r = restored.strip().split("\\s+");
        if (t.length != r.length) {
            return restored;
        }
        boolean[] capital = new boolean[r.length];
        boolean any = false;
        for (int i = 0; i + 1 < r.length; i++) {
            // a person's name: it begins with a family name, and goes on pair by pair; a place keeps the typed case
            boolean begins = capital[i] || FamilyNames.contains(r[i].toLowerCase(Locale.ROOT))
                    && !PlacesElsewhere.get().isPlace(List.of(r[i], r[i + 1]));
            if (!begins || !typedBareInLowerCase(t[i]) || !typedBareInLowerCase(t[i + 1])) {
                continue;
            }
            WordForms.Form f = forms.forms().get(WordForms.key(r[i]) + " " + WordForms.key(r[i + 1]));
            String[] written = f == null || f.count() < MIN_PAIRS ? new String[0] : f.text().split(" ");
            if (written.length == 2 && CapitalisedNames.titleCase(written[0]) && CapitalisedNames.titleCase(written[1])
                    && f.text().toLowerCase(Locale.ROOT).equals((r[i] + " " + r[i + 1]).toLowerCase(Locale.ROOT))) {
                capital[i] = true;
                capital[i + 1] = true;
                any = true;
            }
        }
        if (!any) {
            return restored;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            out.append(i > 0 ? " " : "");
            out.append(capital[i] ? r[i].substring(0, 1).toUpperCase(Locale.ROOT) + r[i].substring(1) : r[i]);
        }
        return out.toString();
    }

    private static boolean typedBareInLowerCase(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c))
                && !vn.khotin.analysis.VietnameseText.hasDiacritics(w);
    }
}
