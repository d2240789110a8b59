package vn.khotin.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The table of Vietnamese news abbreviations ({@code UBND ↔ ủy ban nhân dân}), read from the editable
 * data file {@value #RESOURCE}, and the synonym maps built from it.
 *
 * <p>Every entry becomes a two-way query-time graph synonym, so a query with the abbreviation finds the
 * expansion and the other way round, and phrase queries keep working. An abbreviation that is also a common
 * Vietnamese syllable on its own ({@code CA} is "ca" as in "ca sĩ", {@code TU} is "tu") is ambiguous once
 * lower-cased; such entries stay in the table for {@link #expansions(String)} but are left out of the synonym
 * maps (see {@link #isAmbiguous(String)}).
 */
public final class VietnameseAbbreviations {

    /** The classpath resource holding the table. */
    public static final String RESOURCE = "vn/khotin/analysis/abbreviations.txt";

    /** One abbreviation and its expansions, as written in the file (NFC). */
    public record Entry(String abbreviation, List<String> expansions) {
        public Entry {
            expansions = List.copyOf(expansions);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, String> byExpansion = new LinkedHashMap<>();
    private final VietnameseLexicon lexicon;

    private VietnameseAbbreviations(List<Entry> entries, VietnameseLexicon lexicon) {
        this.entries = Collections.unmodifiableList(entries);
        this.lexicon = lexicon;
        for (Entry e : entries) {
            byKey.putIfAbsent(key(e.abbreviation()), e);
            for (String x : e.expansions()) {
                byExpansion.putIfAbsent(key(x), e.abbreviation());
            }
        }
    }

    /** Loads the bundled table. */
    public static VietnameseAbbreviations load(VietnameseLexicon lexicon) {
        try (InputStream in = VietnameseAbbreviations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table in the documented format; throws {@link IllegalArgumentException} naming the bad line. */
    public static VietnameseAbbreviations parse(Reader reader, VietnameseLexicon lexicon) throws IOException {
        List<Entry> list = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String s = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int tab = s.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("line " + no + ": expected 'ABBREVIATION<TAB>expansion': " + s);
            }
            String abbr = s.substring(0, tab).strip();
            List<String> exp = new ArrayList<>();
            for (String x : s.substring(tab + 1).split("\\|")) {
                if (!x.isBlank()) {
                    exp.add(x.strip());
                }
            }
            if (exp.isEmpty()) {
                throw new IllegalArgumentException("line " + no + ": no expansion for " + abbr);
            }
            list.add(new Entry(abbr, exp));
        }
        return new VietnameseAbbreviations(list, lexicon);
    }

    private static String key(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        return VietnameseText.toNewStyle(k);
    }

    /** All entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The expansions of an abbreviation in any case ("ubnd" → ["ủy ban nhân dân"]), or empty. */
    public List<String> expansions(String abbreviation) {
        Entry e = byKey.get(key(abbreviation));
        return e == null ? List.of() : e.expansions();
    }

    /** The abbreviation of an expansion in any case and tone style ("Ủy ban nhân dân" → "UBND"). */
    public Optional<String> abbreviationOf(String expansion) {
        return Optional.ofNullable(byExpansion.get(key(expansion)));
    }

    /**
     * True if the abbreviation, lower-cased, is also a common Vietnamese word ("ca", "tu"), so that
     * expanding it at query time would change the meaning of ordinary queries.
     */
    public boolean isAmbiguous(String abbreviation) {
        String k = key(abbreviation);
        if (k.indexOf(' ') >= 0 || !k.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int id = lexicon.syllableId(k);
        return id > 0 && lexicon.lowerFormCount(id) >= 5;
    }

    /**
     * Builds the two-way synonym map, analyzing every side with {@code analyzer} (which must be the query chain up
     * to the synonym filter, so that the map's terms look like the stream's terms). All forms of one expansion are
     * synonyms of each other: {@code TP.HCM}, {@code TPHCM} and "thành phố hồ chí minh" (see {@link #concepts()}).
     */
    public SynonymMap synonymMap(Analyzer analyzer) {
        try {
            SynonymMap.Parser parser = new SynonymMap.Parser(true, analyzer) {
                @Override
                public void parse(Reader in) {
                    throw new UnsupportedOperationException();
                }
            };
            for (List<String> forms : concepts().values()) {
                List<CharsRef> analyzed = new ArrayList<>();
                for (String f : forms) {
                    analyzed.add(parser.analyze(f, new CharsRefBuilder()));
                }
                for (int i = 0; i < analyzed.size(); i++) {
                    for (int j = 0; j < analyzed.size(); j++) {
                        if (i != j && !analyzed.get(i).equals(analyzed.get(j))) {
                            parser.add(analyzed.get(i), analyzed.get(j), true);
                        }
                    }
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The concepts of the table: for each expansion (by its key: any case, tone style), every form that stands for
     * it, the unambiguous abbreviations first in file order, then the expansion as first written. Ambiguous
     * abbreviations ({@link #isAmbiguous}) are left out, so a concept may be its expansion alone.
     */
    public Map<String, List<String>> concepts() {
        Map<String, List<String>> byExpansion = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (String x : e.expansions()) {
                List<String> forms = byExpansion.computeIfAbsent(key(x), k -> new ArrayList<>());
                written.putIfAbsent(key(x), x);
                if (!isAmbiguous(e.abbreviation()) && !forms.contains(e.abbreviation())) {
                    forms.add(e.abbreviation());
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byExpansion.forEach((k, forms) -> {
            List<String> all = new ArrayList<>(forms);
            if (!forms.isEmpty()) {
                for (String mixed : halfAbbreviated(written.get(k), byExpansion)) {
                    if (all.stream().noneMatch(f -> sameForm(f, mixed))) {
                        all.add(mixed);
                    }
                }
            }
            all.add(written.get(k));
            out.put(k, Collections.unmodifiableList(all));
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The forms of an expansion with some of its parts abbreviated by other entries, in every combination:
     * "TP Hồ Chí Minh" and "thành phố HCM" of "thành phố hồ chí minh", "Nông nghiệp và PTNT". The press writes
     * them; as forms of no concept, {@code "TP. Hồ Chí Minh"} found only the 11,783 articles of the other forms,
     * missing 287 of the 82,137 that write it so. Only unambiguous abbreviations stand for a part ("CA" does not).
     */
    private static List<String> halfAbbreviated(String expansion, Map<String, List<String>> byExpansion) {
        String[] words = expansion.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        spell(words, 0, new ArrayList<>(), false, byExpansion, out);
        return out;
    }

    private static final int MAX_HALF_ABBREVIATED = 8;

    private static void spell(String[] words, int at, List<String> sofar, boolean abbreviated,
            Map<String, List<String>> byExpansion, List<String> out) {
        if (out.size() >= MAX_HALF_ABBREVIATED) {
            return;
        }
        if (at == words.length) {
            if (abbreviated) {
                out.add(String.join(" ", sofar));
            }
            return;
        }
        for (int end = words.length; end > at; end--) {
            if (at == 0 && end == words.length) {
                continue; // the whole expansion's own abbreviations are its forms already
            }
            List<String> part = byExpansion.get(key(String.join(" ", Arrays.copyOfRange(words, at, end))));
            if (part != null && !part.isEmpty()) {
                sofar.add(part.get(0));
                spell(words, end, sofar, true, byExpansion, out);
                sofar.remove(sofar.size() - 1);
            }
        }
        sofar.add(words[at]);
        spell(words, at + 1, sofar, abbreviated, byExpansion, out);
        sofar.remove(sofar.size() - 1);
    }

    /** Whether two forms differ only in case, tone style and the marks between an abbreviation's letters. */
    private static boolean sameForm(String a, String b) {
        return key(a).replaceAll("[.&\\-/\\s]+", " ").strip().equals(key(b).replaceAll("[.&\\-/\\s]+", " ").strip());
    }
}
