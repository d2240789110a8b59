package vn.khotin.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the suggest stage: a query whose word pair was read as mistyped ({@link IntendedAccents}: "Hồng Lỉnh",
 * found as "hong linh" beside the word typed right) shown as the archive writes the pair, so that "Có phải bạn muốn
 * tìm: Hồng Lĩnh" tells the reader how the query was read. Stateless.
 */
final class MisreadPairs {

    /** A pair read as mistyped: as typed, and the word of it that was typed right (null if neither was). */
    record Pair(String typed, String kept) {}

    private MisreadPairs() {}

    /**
     * The query with each misread pair in its most frequent written spelling in titles and sapos that keeps the
     * word typed right ("độ cô" is "độ có", not the more frequent "do có"), each word cased as typed; empty when
     * nothing changes.
     */
    static String meant(WordForms forms, String query, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (Pair p : pairs) {
            String[] typed = p.typed().split(" ");
            String spelling = typed.length == 2
                    ? spelling(forms, typed, p.kept(), otherNeighbours(words, typed)) : null;
            if (spelling == null) {
                continue;
            }
            String[] meant = spelling.split(" ");
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].equals(typed[0]) && words[i + 1].equals(typed[1])) {
                    for (int k = 0; k < 2; k++) {
                        String w = casedLike(typed[k], meant[k]);
                        changed |= !w.equals(words[i + k]);
                        words[i + k] = w;
                    }
                }
            }
        }
        return changed ? String.join(" ", words) : "";
    }

    /**
     * The pair's most frequent lower-case spelling whose word at the kept word's place is that word, or null; also
     * null when titles and sapos ever write the pair as typed (then the reading is the archive's guess, not a slip
     * to point out), or when the spelling takes every mark off a word typed with them ("hủy" is no slip for "huy")
     * unless that spelling is far more frequent ({@link #UNMARKED_RATIO}).
     */
    /** The words before and after the first place the pair stands in the query (null at either end). */
    private static String[] otherNeighbours(String[] words, String[] typed) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(typed[0]) && words[i + 1].equals(typed[1])) {
                return new String[] {i > 0 ? words[i - 1] : null, i + 2 < words.length ? words[i + 2] : null};
            }
        }
        return new String[] {null, null};
    }

    private static String spelling(WordForms forms, String[] typed, String kept, String[] others) {
        WordForms.Form form = forms.forms().get(WordForms.key(typed[0]) + " " + WordForms.key(typed[1]));
        if (form == null) {
            return null;
        }
        Map<String, Long> written = besideOtherNeighbour(forms, form.written().isEmpty()
                ? Map.of(form.text().toLowerCase(Locale.ROOT), form.count()) : form.written(), typed, others);
        String typedSpelling = (typed[0] + " " + typed[1]).toLowerCase(Locale.ROOT);
        if (written.getOrDefault(typedSpelling, 0L) > 0) {
            return null;
        }
        String place = placeAfterTypeWord(typed, others[0]);
        if (place != null) {
            return place;
        }
        // one mark off per word before any other spelling: "Bản Vẻ" is the dam Bản Vẽ (a tone key away), not the
        // more frequent "bản về" of "văn bản về" (a vowel's mark and a tone away)
        Map<String, Long> slips = new HashMap<>();
        written.forEach((spelling, count) -> {
            if (oneSlipPerWord(typed, spelling.split(" "))) {
                slips.put(spelling, count);
            }
        });
        String slip = slips.isEmpty() ? null : mostFrequent(slips, typed, kept);
        return slip != null ? slip : mostFrequent(written, typed, kept);
    }

    /**
     * After a place's type word, the province's place of that type the pair is a slip of ({@link PlaceSlips}):
     * "huyện Đức Thợ" is the district Đức Thọ, not the more frequent name of a person, "Đức Thơ" (judged dev query
     * Q207); null when none is.
     */
    private static String placeAfterTypeWord(String[] typed, String before) {
        String[] place = before == null ? null : PlaceSlips.placeAfter(new String[] {before, typed[0], typed[1]}, 0);
        return place != null && place.length == 2 ? place[0] + " " + place[1] : null;
    }

    /**
     * The spellings whose changed words titles and sapos also write beside the pair's other neighbour, if any do:
     * "vào hóc mắt" is "vào hốc mắt", not the more frequent "vào học", since no title writes "học mắt" (blind trial
     * 7). All of them when none does, or when the pair has no other neighbour.
     */
    private static Map<String, Long> besideOtherNeighbour(WordForms forms, Map<String, Long> written, String[] typed,
            String[] others) {
        Map<String, Long> kept = new HashMap<>();
        boolean anyNeighbour = false;
        for (Map.Entry<String, Long> e : written.entrySet()) {
            String[] w = e.getKey().split(" ");
            if (w.length != 2) {
                continue;
            }
            boolean beside = true;
            for (int k = 0; k < 2; k++) {
                String other = others[k];
                if (other == null || w[k].equals(typed[k].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                anyNeighbour = true;
                String left = k == 0 ? other : w[1];
                String right = k == 0 ? w[0] : other;
                WordForms.Form pair = forms.forms().get(WordForms.key(left) + " " + WordForms.key(right));
                beside &= pair != null && pair.writtenCount((left + " " + right).toLowerCase(Locale.ROOT)) > 0;
            }
            if (beside) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return anyNeighbour && !kept.isEmpty() ? kept : written;
    }

    /**
     * Whether each word of {@code spelling} is the typed word with at most one mark changed: its tone, or one
     * letter's vowel mark ("vẻ" → "vẽ", not "về", which changes both).
     */
    private static boolean oneSlipPerWord(String[] typed, String[] spelling) {
        if (spelling.length != 2) {
            return false;
        }
        for (int k = 0; k < 2; k++) {
            if (WordForms.markChanges(VietnameseText.toNewStyle(typed[k].toLowerCase(Locale.ROOT)),
                    VietnameseText.toNewStyle(spelling[k])) > 1) {
                return false;
            }
        }
        return true;
    }


    /**
     * The most frequent of {@code written} that keeps the word typed right, preferring those that keep the typed
     * marks ({@link #UNMARKED_RATIO}); null if none keeps it.
     */
    private static String mostFrequent(Map<String, Long> written, String[] typed, String kept) {
        int keptAt = kept == null ? -1 : kept.equals(typed[0]) ? 0 : kept.equals(typed[1]) ? 1 : -1;
        String best = null;
        long bestCount = 0;
        String unmarked = null;
        long unmarkedCount = 0;
        for (Map.Entry<String, Long> e : written.entrySet()) {
            String[] w = e.getKey().split(" ");
            boolean keeps = keptAt < 0 || (w.length == 2 && w[keptAt].equals(kept.toLowerCase(Locale.ROOT)));
            if (w.length != 2 || !keeps) {
                continue;
            }
            if (marksKept(typed, w)) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            } else if (e.getValue() > unmarkedCount
                    || (e.getValue() == unmarkedCount && e.getKey().compareTo(unmarked) < 0)) {
                unmarked = e.getKey();
                unmarkedCount = e.getValue();
            }
        }
        return unmarked != null && unmarkedCount >= UNMARKED_RATIO * Math.max(1, bestCount) ? unmarked : best;
    }

    /**
     * A spelling that takes every mark off a word typed with them is shown only when it is this many times as
     * frequent as any that keeps them: "Kỳ Ạnh" is "Kỳ Anh" (50 titles and sapos of 82,137), not "kỳ ảnh" (1).
     */
    static final int UNMARKED_RATIO = 10;

    /** Whether every word typed with diacritics keeps some in {@code spelling}. */
    private static boolean marksKept(String[] typed, String[] spelling) {
        for (int k = 0; k < 2; k++) {
            if (VietnameseText.hasDiacritics(typed[k]) && !VietnameseText.hasDiacritics(spelling[k])) {
                return false;
            }
        }
        return true;
    }

    /** A word with the capital or small first letter of the word typed in its place. */
    private static String casedLike(String typed, String word) {
        if (word.isEmpty() || typed.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        int cased = Character.isUpperCase(typed.codePointAt(0)) ? Character.toUpperCase(first)
                : Character.toLowerCase(first);
        return new StringBuilder().appendCodePoint(cased).append(word.substring(Character.charCount(first)))
                .toString();
    }
}
