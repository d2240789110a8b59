package vn.khotin.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.khotin.analysis.VietnameseText;

/**
 * The provinces and main cities of Vietnam and the countries the press names most, read from the data file
 * {@value #RESOURCE} (format in its header): where an address leaves Hà Tĩnh, and which names typed one after another
 * are places. Immutable, loaded once; thread-safe.
 */
public final class PlacesElsewhere {

    public static final String RESOURCE = "vn/khotin/index/places-elsewhere.txt";
    /** The longest name of the list, in words ("Bà Rịa Vũng Tàu"). */
    public static final int MAX_WORDS = 4;

    /** Asked for every capitalised run of a query: compiled once, before the list is read. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final PlacesElsewhere INSTANCE = new PlacesElsewhere(load());
    /** The province the gazetteer is about: in the list, but no other province. */
    private static final String HOME = key(List.of("Hà", "Tĩnh"));

    private static final String COUNTRIES = "[countries]";

    /** Every name's key: lower case, folded, single spaces. */
    private final Set<String> keys;
    /** The keys of Vietnam's provinces and cities. */
    private final Set<String> domestic;

    private PlacesElsewhere(List<Set<String>> lists) {
        this.domestic = Set.copyOf(lists.get(0));
        Set<String> all = new HashSet<>(lists.get(0));
        all.addAll(lists.get(1));
        this.keys = Set.copyOf(all);
    }

    /** The list. */
    public static PlacesElsewhere get() {
        return INSTANCE;
    }

    /** Whether the words are one name of the list, in any case, with or without diacritics ("Đà Nẵng", "da nang"). */
    public boolean isPlace(List<String> words) {
        return keys.contains(key(words));
    }

    /** Whether the words name a province or city of Vietnam other than Hà Tĩnh ("Nghệ An", "Hà Nội", "Vinh"). */
    public boolean isElsewhere(List<String> words) {
        String k = key(words);
        return domestic.contains(k) && !k.equals(HOME);
    }

    private static String key(List<String> words) {
        String joined = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(VietnameseText.fold(VietnameseText.toNewStyle(joined)).strip()).replaceAll(" ");
    }

    /** The provinces and cities, then the countries. */
    private static List<Set<String>> load() {
        List<Set<String>> lists = List.of(new HashSet<>(), new HashSet<>());
        Set<String> keys = lists.get(0);
        try (InputStream in = PlacesElsewhere.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.equals(COUNTRIES)) {
                    keys = lists.get(1);
                } else if (!s.isEmpty() && !s.startsWith("#")) {
                    keys.add(key(List.of(s.split("\\s+"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
