package vn.khotin.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Part of the reasons of "Tin liên quan": whether a shared capitalised name reads as a person's, to be shown among
 * the people an editor is told two stories share. A trial found mostly countries, cities and things there ("Việt
 * Nam" 23 times in 151 suggestions, "Hà Nội", "Thái Bình", "World Cup", "Luật Phòng", "Đài Truyền"). A person's
 * name here has two to four syllables and starts with a Vietnamese surname, and is not a place named like one
 * ("Hà Nội", "Thái Bình"); the lists are in {@value #LISTS}. Only what the reasons show changes, not the ranking.
 */
final class PersonNames {

    static final String LISTS = "vn/khotin/search/person-names.txt";

    private static final Set<String> SURNAMES = new HashSet<>();
    private static final Set<String> PLACES = new HashSet<>();

    static {
        try (InputStream in = PersonNames.class.getClassLoader().getResourceAsStream(LISTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LISTS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> target = SURNAMES;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.equals("[places]")) {
                    target = PLACES;
                } else if (!s.isEmpty() && !s.startsWith("#")) {
                    target.add(Normalizer.normalize(s, Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PersonNames() {}

    /** Whether {@code name} ("Hà Văn Thắm") reads as a Vietnamese person's name rather than a place or a thing. */
    static boolean looksLikeAPerson(String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        String[] syllables = n.split("\\s+");
        return syllables.length >= 2 && syllables.length <= 4 && SURNAMES.contains(syllables[0])
                && !PLACES.contains(n);
    }
}
