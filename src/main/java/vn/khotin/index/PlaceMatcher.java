package vn.khotin.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khotin.analysis.FamilyNames;
import vn.khotin.analysis.VietnameseText;

/**
 * The longest-match matcher of a {@link Gazetteer} over syllable tokens: each place's forms, where they stand in a
 * text as written (names capitalised), and not where they only begin or end a longer capitalised name. Immutable
 * and thread-safe.
 *
 * @param <P> a place
 */
final class PlaceMatcher<P> {

    /** First syllables of the provinces a Hà Tĩnh place may be written before without a comma ("Hà Tĩnh"). */
    private static final Set<String> PROVINCE_FIRST_SYLLABLES = Set.of("hà", "nghệ", "quảng", "thừa", "thanh");

    /** The last word of an administrative unit's type ("phường", "thị xã", "TP"), lower case. */
    private static final Set<String> UNIT_WORDS = Set.of("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "tp",
            "tx", "tt");

    private record Alias<T>(String[] lower, boolean[] capital, T place) {}

    private final Set<String> typeWords;
    private final Map<String, List<Alias<P>>> byFirst = new HashMap<>();
    private final Map<String, List<Alias<P>>> byFirstWithBareNames = new HashMap<>();

    /**
     * @param typeWords the words a place's type is written with before its name ("TP.", "huyện")
     * @param places the places in file order: the first to have an ambiguous form wins it
     * @param forms the forms a place is tagged by
     * @param name a place's bare name, which counts when the search asks where names stand ({@link #spans})
     */
    PlaceMatcher(Collection<String> typeWords, List<P> places, Function<P, List<String>> forms,
            Function<P, String> name) {
        this.typeWords = typeWordSet(typeWords);
        Set<String> seen = new LinkedHashSet<>();
        for (P p : places) {
            forms.apply(p).forEach(form -> addForm(byFirst, seen, form, p));
        }
        // Where a name stands, which place it means does not matter: every bare name counts, even one the file gave
        // no default entry ("Thiên Cầm" is a town, a commune and in a beach's name).
        byFirstWithBareNames.putAll(byFirst.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, e -> new ArrayList<>(e.getValue()))));
        Set<String> seenWithNames = new LinkedHashSet<>(seen);
        for (P p : places) {
            addForm(byFirstWithBareNames, seenWithNames, name.apply(p), p);
            addForm(byFirstWithBareNames, seenWithNames, withoutLeadingTypeWords(name.apply(p)), p);
        }
        for (List<Alias<P>> list : byFirst.values()) {
            list.sort((a, b) -> b.lower().length - a.lower().length);
        }
        for (List<Alias<P>> list : byFirstWithBareNames.values()) {
            list.sort((a, b) -> b.lower().length - a.lower().length);
        }
    }

    /** A landmark's name after its kind ("Biển Thiên Cầm" → "Thiên Cầm"), at least two syllables, or the name. */
    private String withoutLeadingTypeWords(String name) {
        String[] tokens = name.strip().split("\\s+");
        int from = 0;
        while (from < tokens.length - 2 && isTypeWord(normalize(tokens[from]))) {
            from++;
        }
        return String.join(" ", Arrays.copyOfRange(tokens, from, tokens.length));
    }

    private void addForm(Map<String, List<Alias<P>>> into, Set<String> seen, String form, P p) {
        String[] tokens = split(form);
        if (tokens.length == 0) {
            return;
        }
        String[] lower = new String[tokens.length];
        boolean[] capital = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = normalize(tokens[i]);
        }
        for (int i = 0; i < tokens.length; i++) {
            // A type word at the start is matched in any case ("Huyện", "huyện"); names need capitals.
            capital[i] = Character.isUpperCase(tokens[i].charAt(0)) && !(i == 0 && isTypeWord(lower[0]));
        }
        if (seen.add(String.join(" ", lower))) { // first entry in file order wins an ambiguous form
            into.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(new Alias<>(lower, capital, p));
        }
    }

    /** Splits a form as the tokenizer would, keeping dotted abbreviations ("TP.") as one token. */
    private static String[] split(String form) {
        List<String> out = new ArrayList<>();
        for (String t : form.strip().split("\\s+")) {
            String x = t.endsWith(".") && t.length() > 1 ? t.substring(0, t.length() - 1) : t;
            if (!x.isEmpty()) {
                out.add(x.replace(".", ""));
            }
        }
        return out.toArray(String[]::new);
    }

    /** The comparison form of a syllable: lower case, canonical tone placement. */
    static String normalize(String token) {
        return VietnameseText.toNewStyle(token.toLowerCase(Locale.ROOT));
    }

    /** The places tagged in a token sequence ({@link Gazetteer#match}). */
    List<P> match(String[] lower, boolean[] capital, boolean[] breakBefore, int n, boolean[] consumed) {
        return match(byFirst, lower, capital, breakBefore, n, consumed, null);
    }

    /** Where the places stand among words as typed, every bare name counting ({@link Gazetteer#spans}). */
    List<int[]> spans(List<String> words) {
        int n = words.size();
        String[] lower = new String[n];
        boolean[] capital = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            lower[i] = normalize(w);
            capital[i] = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
        }
        List<int[]> spans = new ArrayList<>();
        match(byFirstWithBareNames, lower, capital, new boolean[n], n, null, spans);
        return spans;
    }

    private List<P> match(Map<String, List<Alias<P>>> forms, String[] lower, boolean[] capital,
            boolean[] breakBefore, int n, boolean[] consumed, List<int[]> spans) {
        List<P> found = new ArrayList<>();
        int i = 0;
        int placeEnd = -1;
        while (i < n) {
            List<Alias<P>> candidates = forms.get(lower[i]);
            int len = 0;
            if (candidates != null) {
                for (Alias<P> a : candidates) {
                    if (matches(a, lower, capital, breakBefore, i, n, i == placeEnd)
                            && !continuesAsName(lower, capital, breakBefore, i + a.lower().length, n)
                            && !namesAPerson(a, lower, breakBefore, i, n)
                            && !communeElsewhere(a, lower, capital, breakBefore, i + a.lower().length, n)) {
                        found.add(a.place());
                        len = a.lower().length;
                        break;
                    }
                }
            }
            if (len > 0) {
                if (spans != null) {
                    spans.add(new int[] {i, i + len});
                }
                if (consumed != null) {
                    for (int k = i; k < i + len; k++) {
                        consumed[k] = true;
                    }
                }
                i += len;
                placeEnd = i;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Whether a form matches at {@code at}; {@code afterPlace}: a place ends right before, so a capital there is
     * that place's, not a person's name going on ("hồ Kẻ Gỗ Cẩm Xuyên" is two places).
     */
    private boolean matches(Alias<P> a, String[] lower, boolean[] capital, boolean[] breakBefore, int at, int n,
            boolean afterPlace) {
        if (at + a.lower().length > n) {
            return false;
        }
        // The "xã" of "thị xã" names a town, not a commune: "thị xã Sơn Tây" (Hà Nội) is not "xã Sơn Tây" (Hương Sơn).
        if (a.lower()[0].equals("xã") && at > 0 && !breakBefore[at] && lower[at - 1].equals("thị")) {
            return false;
        }
        for (int k = 0; k < a.lower().length; k++) {
            if (!a.lower()[k].equals(lower[at + k]) || (a.capital()[k] && !capital[at + k])) {
                return false;
            }
        }
        // A bare name must not be the tail of a longer capitalised name ("Kỳ Anh" inside "Nguyễn Kỳ Anh").
        // The previous token may be capitalised only because it starts a sentence ("Tại Kỳ Anh, …"), unless it is
        // a family name ("Lê Đức Thọ", the statesman, opening a sentence or a title).
        boolean prevIsName = !afterPlace && at > 0 && !breakBefore[at] && capital[at - 1] && !isTypeWord(lower[at - 1])
                && ((at - 1 > 0 && !breakBefore[at - 1]) || FamilyNames.contains(lower[at - 1]));
        // A bare name right after a unit's type word names a unit of that type, which the gazetteer would have
        // matched with its type word if it had it: "phường Hương Sơn, TP Thái Nguyên" is not the district Hương Sơn.
        boolean afterOtherUnit = a.capital()[0] && at > 0 && !breakBefore[at] && UNIT_WORDS.contains(lower[at - 1]);
        return !(a.capital()[0] && prevIsName) && !afterOtherUnit;
    }

    /**
     * Whether the capitalised word right after a match goes on with the name, so that the match is only the start of
     * a longer one: a person ("Vũ Quang Khải", "Trần Kỳ Anh Tuấn") or a place elsewhere ("sông La Ngà" in Đồng Nai).
     * A type word or another place may follow ("Kỳ Anh Hà Tĩnh", "Cẩm Xuyên Nghệ An" is not a name).
     */
    private boolean continuesAsName(String[] lower, boolean[] capital, boolean[] breakBefore, int next, int n) {
        if (next >= n || !capital[next] || breakBefore[next] || isTypeWord(lower[next])) {
            return false;
        }
        List<Alias<P>> following = byFirst.get(lower[next]);
        if (following != null) {
            for (Alias<P> f : following) {
                if (matches(f, lower, capital, breakBefore, next, n, true)) {
                    return false;
                }
            }
        }
        return !PROVINCE_FIRST_SYLLABLES.contains(lower[next]);
    }

    /** Forms of address: a bare name right after one is a person's ("anh Vũ Quang", "ông Đức Thọ"). */
    private static final Set<String> ADDRESS_WORDS = Set.of("ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú",
            "bác", "cụ", "thầy", "cậu", "dì", "bé");

    /** News agencies and reporters' marks that follow a byline in brackets ("Đức Thọ (TTXVN)"). */
    private static final Set<String> BYLINE_MARKS = Set.of("ttxvn", "vna", "pv", "ctv", "vtv", "vov");

    /**
     * Whether a bare name is a person's: after a form of address, before an age or a birth year in brackets ("Vũ
     * Quang (43 tuổi)", "(SN 1980)"), or a byline before an agency's mark ("Đức Thọ (TTXVN)"). The province's own
     * name is never a person's: before an agency it is a dateline ("Hà Tĩnh (TTXVN) -").
     */
    private boolean namesAPerson(Alias<P> a, String[] lower, boolean[] breakBefore, int at, int n) {
        // typed with its type word ("huyện Vũ Quang"), or the province ("người đàn ông Hà Tĩnh"): a place
        if (!a.capital()[0] || String.join(" ", a.lower()).equals("hà tĩnh")) {
            return false;
        }
        if (at > 0 && !breakBefore[at] && ADDRESS_WORDS.contains(lower[at - 1])
                && !(at > 1 && lower[at - 2].equals("đàn"))) {
            return true;
        }
        int next = at + a.lower().length;
        if (next >= n || !breakBefore[next]) {
            return false;
        }
        boolean age = Character.isDigit(lower[next].charAt(0)) && next + 1 < n && lower[next + 1].equals("tuổi");
        return age || lower[next].equals("sn") || BYLINE_MARKS.contains(lower[next]);
    }

    /**
     * Whether a commune, ward or township's form is followed by its address in another province ("xã Nghi Xuân,
     * huyện Nghi Lộc, tỉnh Nghệ An", "xã Hương Sơn, Mỹ Đức, Hà Nội"): that province's unit of the same name. Only
     * type words and capitalised names may stand between.
     */
    private boolean communeElsewhere(Alias<P> a, String[] lower, boolean[] capital, boolean[] breakBefore, int next,
            int n) {
        if (!Set.of("xã", "phường", "thị", "tt").contains(a.lower()[0])) {
            return false;
        }
        for (int k = next; k < Math.min(n, next + 10); k++) {
            if (!capital[k] && !isTypeWord(lower[k]) && !lower[k].equals("quận")) {
                return false;
            }
            // an element of the address: after a comma or a bracket, or after its type word ("tỉnh Nghệ An")
            boolean starts = capital[k] && (breakBefore[k] || isTypeWord(lower[k - 1]));
            for (int len = PlacesElsewhere.MAX_WORDS; starts && len >= 1; len--) {
                int end = k + len;
                boolean whole = end <= n && (end == n || breakBefore[end] || !capital[end]);
                List<String> name = whole ? Arrays.asList(Arrays.copyOfRange(lower, k, end)) : List.of();
                if (whole && PlacesElsewhere.get().isElsewhere(name)) {
                    return true;
                }
                if (whole && PlacesElsewhere.get().isPlace(name)) {
                    return false; // "…, huyện Kỳ Anh, tỉnh Hà Tĩnh": in Hà Tĩnh
                }
            }
        }
        return false;
    }

    /** The type words as compared, and other words that name a kind of place rather than a place. */
    private static Set<String> typeWordSet(Collection<String> typeWords) {
        Set<String> s = new HashSet<>();
        for (String w : typeWords) {
            for (String t : split(w)) {
                s.add(normalize(t));
            }
        }
        s.addAll(List.of("tỉnh", "huyện", "xã", "phường", "thị", "thành", "phố", "trấn", "ubnd", "kkt", "biển", "hồ",
                "sông", "núi", "cảng", "chùa", "đèo"));
        return s;
    }

    private boolean isTypeWord(String lower) {
        return typeWords.contains(lower);
    }
}
