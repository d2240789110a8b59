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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places of Hà Tĩnh province the indexer recognises in article text: the data file {@value #RESOURCE}
 * (format documented in its header), read here, and a longest-match matcher over syllable tokens
 * ({@code PlaceMatcher}).
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

    private final List<Place> places;
    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, Place> byLabel = new HashMap<>();
    private final PlaceMatcher<Place> matcher;
    /** {@link #namesAfter}, by the last word of each type word, lower case (asked for each word of a query). */
    private final Map<String, Set<String>> namesAfter = new HashMap<>();
    /** {@link #enclosing} and {@link #inside} by label, worked out once (asked for every filtered search). */
    private final Map<String, List<String>> enclosing = new HashMap<>();
    private final Map<String, List<String>> inside = new HashMap<>();
    /** {@link #labelsNamed}: labels by each naming lower case as written, and without diacritics. */
    private final Map<String, Set<String>> byNaming = new HashMap<>();
    private final Map<String, Set<String>> byFoldedNaming = new HashMap<>();

    private Gazetteer(List<Place> places) {
        this.places = Collections.unmodifiableList(places);
        for (Place p : places) {
            byId.put(p.id(), p);
            byLabel.put(p.label(), p);
            for (String t : TYPE_WORDS.getOrDefault(p.type(), List.of())) {
                namesAfter.computeIfAbsent(lastTypeWord(t), k -> new LinkedHashSet<>())
                        .add(p.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (Place p : places) {
            List<String> up = enclosing.computeIfAbsent(p.label(), k -> new ArrayList<>());
            Set<String> seen = new LinkedHashSet<>();
            for (Optional<Place> e = byId(p.parent()); e.isPresent() && seen.add(e.get().id());
                    e = byId(e.get().parent())) {
                if (!up.contains(e.get().label())) {
                    up.add(e.get().label());
                }
            }
            for (String naming : namings(p)) {
                byNaming.computeIfAbsent(lowerNewStyle(naming), k -> new LinkedHashSet<>()).add(p.label());
                byFoldedNaming.computeIfAbsent(vn.khotin.analysis.VietnameseText.key(naming), k -> new LinkedHashSet<>()).add(p.label());
            }
        }
        for (Place p : places) {
            for (String e : enclosing.get(p.label())) {
                List<String> in = inside.computeIfAbsent(e, k -> new ArrayList<>());
                if (!in.contains(p.label()) && !p.label().equals(e)) {
                    in.add(p.label());
                }
            }
        }
        List<String> typeWords = TYPE_WORDS.values().stream().flatMap(List::stream).toList();
        this.matcher = new PlaceMatcher<>(typeWords, places, Gazetteer::forms, Place::name);
    }

    private static String lowerNewStyle(String text) {
        return vn.khotin.analysis.VietnameseText.toNewStyle(
                text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The forms a place is tagged by: its aliases, its name after each of its type words, and the bare name of an
     * economic zone or a landmark.
     */
    private static List<String> forms(Place p) {
        List<String> forms = new ArrayList<>(p.aliases());
        for (String w : TYPE_WORDS.getOrDefault(p.type(), List.of())) {
            forms.add(w + " " + p.name());
        }
        if (p.type().equals("khu_kinh_te") || p.type().equals("dia_danh")) {
            forms.add(p.name());
        }
        return forms;
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

    /**
     * The names, lower case, of the places a word written before a name gives the type of: the districts after
     * "huyện", the towns and communes after "xã" (the last word of "thị xã" too), the towns after "TX". Empty for a
     * word that is no type word.
     */
    public Set<String> namesAfter(String typeWord) {
        return namesAfter.getOrDefault(lastTypeWord(typeWord), Set.of());
    }

    private static String lastTypeWord(String typeWord) {
        String[] words = typeWord.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "").split(" ");
        return words[words.length - 1];
    }

    /**
     * The labels of the places enclosing a place, nearest first; none for a label the file lacks. A label two places
     * share (an old ward and the 2025 ward of its name, "Phường Trần Phú") is enclosed by the places enclosing either:
     * a tag cannot tell which one an article meant.
     */
    public List<String> enclosing(String label) {
        return enclosing.getOrDefault(label, List.of());
    }

    /** The labels of every place inside a place, at any depth (a province's districts and their communes). */
    public List<String> inside(String label) {
        return inside.getOrDefault(label, List.of());
    }

    /**
     * The labels of the places a text names (a label, a bare name, an alias or a type word's form: "TX Kỳ Anh"), case
     * aside: those named with the diacritics typed when any is ("Xã Thạch Hạ" is not Thạch Hà), else those named
     * without diacritics; empty when none is.
     */
    public Set<String> labelsNamed(String text) {
        Set<String> exact = byNaming.get(lowerNewStyle(text));
        return exact != null ? exact : byFoldedNaming.getOrDefault(vn.khotin.analysis.VietnameseText.key(text), Set.of());
    }

    /**
     * Every way a place is named: its label, its bare name, its aliases and its name after each of its type words
     * ("Thị xã Kỳ Anh", "Kỳ Anh", "TX Kỳ Anh", "TX. Kỳ Anh").
     */
    private static List<String> namings(Place p) {
        Set<String> out = new LinkedHashSet<>(List.of(p.label(), p.name()));
        out.addAll(forms(p));
        return List.copyOf(out);
    }

    /** The place with this facet label ("Thị xã Kỳ Anh"). */
    public Optional<Place> byLabel(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /** The comparison form of a syllable: lower case, canonical tone placement. */
    static String normalize(String token) {
        return PlaceMatcher.normalize(token);
    }

    /**
     * Finds places in a token sequence. {@code lower[i]} is the normalized token ({@link #normalize}),
     * {@code capital[i]} whether it starts with a capital in the text. Matched tokens are marked in
     * {@code consumed} (may be null).
     *
     * @return the places found, in text order, possibly repeated
     */
    List<Place> match(String[] lower, boolean[] capital, boolean[] breakBefore, int n, boolean[] consumed) {
        return matcher.match(lower, capital, breakBefore, n, consumed);
    }

    /**
     * Where the places stand among words as typed ("lũ Kỳ Anh" → [1, 3)): each match's start and end (exclusive),
     * type words included ("huyện Kỳ Anh"). The search requires a place name typed this way to be written whole.
     * Unlike the indexer's tagging, every place's bare name counts here, with or without a default entry
     * ("Thiên Cầm", "Xuân Thành" of a beach's name): only where a name stands matters, not which place it is.
     */
    public List<int[]> spans(List<String> words) {
        return matcher.spans(words);
    }
}
