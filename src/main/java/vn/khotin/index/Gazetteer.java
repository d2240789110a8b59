package vn.khotin.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khotin.analysis.VietnameseText;

/**
 * The places of Hà Tĩnh province the indexer recognises in article text: the data file {@value #RESOURCE}
 * (format documented in its header) and a longest-match matcher over syllable tokens.
 *
 * <p>Every place is recognised by its name prefixed with its type words ("huyện Kỳ Anh", "TX Kỳ Anh",
 * "thành phố Hà Tĩnh") and by the aliases the file lists; a bare name ("Kỳ Anh") only where the file chose a
 * default entry for it. Instances are immutable and thread-safe.
 */
public final class Gazetteer {

    public static final String RESOURCE = "vn/khotin/index/places-ha-tinh.tsv";

    /** Type words that may precede a name, per type; the first is the facet label. */
    private static final Map<String, List<String>> TYPE_WORDS = Map.of(
            "tinh", List.of("Tỉnh"),
            "thanh_pho", List.of("Thành phố", "TP", "TP.", "T.P"),
            "thi_xa", List.of("Thị xã", "TX", "TX.", "T.X"),
            "huyen", List.of("Huyện", "H."),
            "thi_tran", List.of("Thị trấn", "TT", "TT."),
            "phuong", List.of("Phường", "P."),
            "xa", List.of("Xã"),
            "khu_kinh_te", List.of(),
            "dia_danh", List.of());

    /** One place of the gazetteer; see the data file for the meaning of each component. */
    public record Place(String id, String type, String name, String parent, List<String> aliases, String period,
            List<String> successors, String certainty) {
        public Place {
            aliases = List.copyOf(aliases);
            successors = List.copyOf(successors);
        }

        /** The label shown in the place facet and stored in the index: "Thị xã Kỳ Anh", "Phường Thành Sen". */
        public String label() {
            List<String> words = TYPE_WORDS.getOrDefault(type, List.of());
            return words.isEmpty() ? name : words.get(0) + " " + name;
        }
    }

    private record Alias(String[] lower, boolean[] capital, Place place) {}

    private final List<Place> places;
    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, Place> byLabel = new HashMap<>();
    private final Map<String, List<Alias>> byFirst = new HashMap<>();
    private final Map<String, List<Alias>> byFirstWithBareNames = new HashMap<>();

    private Gazetteer(List<Place> places) {
        this.places = Collections.unmodifiableList(places);
        for (Place p : places) {
            byId.put(p.id(), p);
            byLabel.put(p.label(), p);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Place p : places) {
            List<String> forms = new ArrayList<>(p.aliases());
            for (String w : TYPE_WORDS.getOrDefault(p.type(), List.of())) {
                forms.add(w + " " + p.name());
            }
            if (p.type().equals("khu_kinh_te") || p.type().equals("dia_danh")) {
                forms.add(p.name());
            }
            forms.forEach(form -> addForm(byFirst, seen, form, p));
        }
        // Where a name stands, which place it means does not matter: every bare name counts, even one the file gave
        // no default entry ("Thiên Cầm" is a town, a commune and in a beach's name).
        byFirstWithBareNames.putAll(byFirst.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new ArrayList<>(e.getValue()))));
        Set<String> seenWithNames = new LinkedHashSet<>(seen);
        for (Place p : places) {
            addForm(byFirstWithBareNames, seenWithNames, p.name(), p);
            addForm(byFirstWithBareNames, seenWithNames, withoutLeadingTypeWords(p.name()), p);
        }
        for (List<Alias> list : byFirst.values()) {
            list.sort((a, b) -> b.lower().length - a.lower().length);
        }
        for (List<Alias> list : byFirstWithBareNames.values()) {
            list.sort((a, b) -> b.lower().length - a.lower().length);
        }
    }

    /** A landmark's name after its kind ("Biển Thiên Cầm" → "Thiên Cầm"), at least two syllables, or the name. */
    private static String withoutLeadingTypeWords(String name) {
        String[] tokens = name.strip().split("\\s+");
        int from = 0;
        while (from < tokens.length - 2 && isTypeWord(normalize(tokens[from]))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
    }

    private static void addForm(Map<String, List<Alias>> into, Set<String> seen, String form, Place p) {
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
            into.computeIfAbsent(lower[0], k -> new ArrayList<>()).add(new Alias(lower, capital, p));
        }
    }

    /** Loads the bundled data file. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    /** The bundled gazetteer, loaded once. */
    public static Gazetteer get() {
        return Holder.DEFAULT;
    }

    /** Parses the documented format; throws IllegalArgumentException naming the bad line. */
    public static Gazetteer parse(Reader reader) throws IOException {
        List<Place> list = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String s = Normalizer.normalize(line, Normalizer.Form.NFC);
            if (s.isBlank() || s.startsWith("#")) {
                continue;
            }
            String[] c = s.split("\t", -1);
            if (c.length != 8) {
                throw new IllegalArgumentException("line " + no + ": expected 8 tab-separated columns, got " + c.length);
            }
            if (!TYPE_WORDS.containsKey(c[1].strip())) {
                throw new IllegalArgumentException("line " + no + ": unknown type " + c[1]);
            }
            if (!ids.add(c[0].strip())) {
                throw new IllegalArgumentException("line " + no + ": duplicate id " + c[0]);
            }
            list.add(new Place(c[0].strip(), c[1].strip(), c[2].strip(), dash(c[3]), multi(c[4]), c[5].strip(),
                    multi(c[6]), c[7].strip()));
        }
        return new Gazetteer(list);
    }

    private static String dash(String s) {
        return s.strip().equals("-") ? "" : s.strip();
    }

    private static List<String> multi(String s) {
        String v = dash(s);
        List<String> out = new ArrayList<>();
        for (String x : v.split("\\|")) {
            if (!x.isBlank()) {
                out.add(x.strip());
            }
        }
        return out;
    }

    /** All places in file order. */
    public List<Place> places() {
        return places;
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The place with this facet label ("Thị xã Kỳ Anh"). */
    public Optional<Place> byLabel(String label) {
        return Optional.ofNullable(byLabel.get(label));
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

    /**
     * Finds places in a token sequence. {@code lower[i]} is the normalized token ({@link #normalize}),
     * {@code capital[i]} whether it starts with a capital in the text. Matched tokens are marked in
     * {@code consumed} (may be null).
     *
     * @return the places found, in text order, possibly repeated
     */
    List<Place> match(String[] lower, boolean[] capital, boolean[] breakBefore, int n, boolean[] consumed) {
        return match(byFirst, lower, capital, breakBefore, n, consumed, null);
    }

    /**
     * Where the places stand among words as typed ("lũ Kỳ Anh" → [1, 3)): each match's start and end (exclusive),
     * type words included ("huyện Kỳ Anh"). The search requires a place name typed this way to be written whole.
     * Unlike the indexer's tagging, every place's bare name counts here, with or without a default entry
     * ("Thiên Cầm", "Xuân Thành" of a beach's name): only where a name stands matters, not which place it is.
     */
    public List<int[]> spans(List<String> words) {
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

    private List<Place> match(Map<String, List<Alias>> forms, String[] lower, boolean[] capital,
            boolean[] breakBefore, int n, boolean[] consumed, List<int[]> spans) {
        List<Place> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            List<Alias> candidates = forms.get(lower[i]);
            int len = 0;
            if (candidates != null) {
                for (Alias a : candidates) {
                    if (matches(a, lower, capital, breakBefore, i, n)
                            && !continuesAsName(a, lower, capital, breakBefore, i + a.lower().length, n)) {
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
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean matches(Alias a, String[] lower, boolean[] capital, boolean[] breakBefore, int at,
            int n) {
        if (at + a.lower().length > n) {
            return false;
        }
        for (int k = 0; k < a.lower().length; k++) {
            if (!a.lower()[k].equals(lower[at + k]) || (a.capital()[k] && !capital[at + k])) {
                return false;
            }
        }
        // A bare name must not be the tail of a longer capitalised name ("Kỳ Anh" inside "Nguyễn Kỳ Anh").
        // The previous token may be capitalised only because it starts a sentence ("Tại Kỳ Anh, …").
        boolean prevIsName = at > 0 && !breakBefore[at] && capital[at - 1] && !isTypeWord(lower[at - 1])
                && at - 1 > 0 && !breakBefore[at - 1];
        return !(a.capital()[0] && prevIsName);
    }

    /**
     * Whether the capitalised word right after a match goes on with the name, so that the match is only the start of
     * a longer one: a person ("Vũ Quang Khải", "Trần Kỳ Anh Tuấn") or a place elsewhere ("sông La Ngà" in Đồng Nai).
     * A type word or another place may follow ("Kỳ Anh Hà Tĩnh", "Cẩm Xuyên Nghệ An" is not a name).
     */
    private boolean continuesAsName(Alias a, String[] lower, boolean[] capital, boolean[] breakBefore, int next,
            int n) {
        if (next >= n || !capital[next] || breakBefore[next] || isTypeWord(lower[next])) {
            return false;
        }
        List<Alias> following = byFirst.get(lower[next]);
        if (following != null) {
            for (Alias f : following) {
                if (matches(f, lower, capital, breakBefore, next, n)) {
                    return false;
                }
            }
        }
        return !PROVINCE_FIRST_SYLLABLES.contains(lower[next]);
    }

    /** First syllables of the provinces a Hà Tĩnh place may be written before without a comma ("Hà Tĩnh"). */
    private static final Set<String> PROVINCE_FIRST_SYLLABLES = Set.of("hà", "nghệ", "quảng", "thừa", "thanh");

    private static final Set<String> TYPE_WORD_SET = typeWordSet();

    private static Set<String> typeWordSet() {
        Set<String> s = new java.util.HashSet<>();
        for (List<String> l : TYPE_WORDS.values()) {
            for (String w : l) {
                for (String t : split(w)) {
                    s.add(normalize(t));
                }
            }
        }
        s.addAll(List.of("tỉnh", "huyện", "xã", "phường", "thị", "thành", "phố", "trấn", "ubnd", "kkt", "biển", "hồ",
                "sông", "núi", "cảng", "chùa", "đèo"));
        return s;
    }

    private static boolean isTypeWord(String lower) {
        return TYPE_WORD_SET.contains(lower);
    }
}
