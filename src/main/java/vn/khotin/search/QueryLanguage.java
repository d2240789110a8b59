package vn.khotin.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Fields;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Khotin's query language, for researchers and editors (help text: {@link #helpText()}):
 *
 * <pre>
 *   Kỳ Anh lũ lụt            all words (in title, sapo, body or captions)
 *   "Vũng Áng"               exact phrase;  "Formosa bồi thường"~5  words within 5 positions
 *   -Formosa  -"sân bay"     exclude
 *   lũ OR bão                either
 *   lũ NOT bão  lũ AND bão   read as lũ -bão and lũ bão (upper case only, with a warning showing that syntax)
 *   tiêu đề:OCOP  tác giả:"Thu Trang"  chuyên mục:"Xã hội"  tag:OCOP  địa danh:"Kỳ Anh"
 *   từ:2024  đến:06/2024     date range (yyyy, mm/yyyy, dd/mm/yyyy, yyyy-mm-dd), inclusive
 *   từ:hôm qua  đến:tháng trước   the same, named from today in Vietnam
 * </pre>
 *
 * Field names are also accepted without accents ({@code tieu de:}, {@code tac gia:}) and in English
 * ({@code title:}, {@code author:}, {@code category:}, {@code place:}, {@code from:}, {@code to:}).
 *
 * <p>Parsing never throws: an unbalanced quote reads the rest as plain words, stray operators are dropped,
 * there are no wildcards or regular expressions (so nothing can expand), and at most {@value #MAX_CLAUSES}
 * clauses are kept. Thread-safe and stateless. Here the field names are recognised; {@link QueryParser} reads the
 * rest and {@link DateExpressions} the dates.
 */
public final class QueryLanguage {

    /** Clauses beyond this are ignored (with a warning). */
    public static final int MAX_CLAUSES = QueryParser.MAX_CLAUSES;
    /** The largest proximity accepted in {@code "…"~N}. */
    public static final int MAX_SLOP = QueryParser.MAX_SLOP;

    private static final String HELP_RESOURCE = "vn/khotin/search/tro-giup-tim-kiem.txt";

    /**
     * Field names (folded, lower case) → marker; longest first so "tu khoa" wins over "tu". The text and facet
     * fields and their Vietnamese names come from the registry ({@link Fields#TEXT}, {@link Fields#FACETS}).
     */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Fields.TextFieldSpec f : Fields.TEXT) {
            if (f.searchable()) {
                m.put(f.name(), f.name());
                f.aliases().forEach(alias -> m.put(VietnameseText.fold(alias).toLowerCase(Locale.ROOT), f.name()));
            }
        }
        m.put("from", "from");
        m.put("den", "to");
        m.put("to", "to");
        m.put("tu", "from");
        for (Fields.FieldSpec f : Fields.FACETS) {
            if (f.searchable()) {
                m.put(f.name(), f.name());
                f.aliases().forEach(alias -> m.put(VietnameseText.fold(alias).toLowerCase(Locale.ROOT), f.name()));
            }
        }
        Map<String, String> longestFirst = new LinkedHashMap<>();
        m.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(k -> longestFirst.put(k, m.get(k)));
        return longestFirst;
    }

    private static final Pattern FIELD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + String.join("|", FIELDS.keySet()).replace(" ", "\\s+") + ")\\s*:\\s*");

    private QueryLanguage() {}

    /** Parses a query; never throws. */
    public static ParsedQuery parse(String input) {
        try {
            return withUnknownFields(new QueryParser(prepare(input)).parse());
        } catch (RuntimeException e) {
            // Defensive: the parser is total, but a query must never fail; fall back to plain words.
            String words = input == null ? "" : input.replaceAll("[\"\\-:~|()\\[\\]{}^*?/\\\\]", " ").strip();
            List<List<Clause>> groups = new ArrayList<>();
            for (String w : words.split("\\s+")) {
                if (!w.isBlank() && groups.size() < MAX_CLAUSES) {
                    groups.add(List.of(new Clause(Target.TEXT, w, false, 0)));
                }
            }
            return new ParsedQuery(groups, List.of(), null, null, List.of("Truy vấn được đọc như các từ thường."));
        }
    }

    /** A word shaped like a field clause: a name of letters, a colon, a value ("foo:bar", "tac gia:"). */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("(\\p{L}{2,}):\\S+");

    /**
     * The query with a warning for each word that looks like a field the language does not have ("foo:bar",
     * "tacgia:Thu"): it is searched as typed and usually finds nothing, which the user should know why.
     */
    private static ParsedQuery withUnknownFields(ParsedQuery parsed) {
        List<String> warnings = new ArrayList<>(parsed.warnings());
        for (List<Clause> group : parsed.groups()) {
            for (Clause c : group) {
                Matcher m = UNKNOWN_FIELD.matcher(c.text());
                if (c.target() == Target.TEXT && !c.phrase() && m.matches()
                        && !m.group(1).equalsIgnoreCase("http") && !m.group(1).equalsIgnoreCase("https")) {
                    warnings.add("Không có trường \"" + m.group(1) + ":\"; đã tìm \"" + c.text() + "\" như từ thường."
                            + " Các trường: tiêu đề:, tác giả:, chuyên mục:, tag:, địa danh:, từ:, đến:.");
                }
            }
        }
        return warnings.size() == parsed.warnings().size() ? parsed
                : new ParsedQuery(parsed.groups(), parsed.excluded(), parsed.excludedAt(), parsed.from(), parsed.to(),
                        warnings);
    }

    /** The help text of the query language, in Vietnamese (plain text, one example per line). */
    public static String helpText() {
        try (InputStream in = QueryLanguage.class.getClassLoader().getResourceAsStream(HELP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + HELP_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFKC, and field names rewritten to ASCII markers "\u0001name:" (folding keeps string length). */
    private static String prepare(String input) {
        // NFKC: full-width letters and digits ("ＱＬ８Ａ") as ASCII; typographic quotes (what phones and word
        // processors type) are phrase quotes; a zero-width space separates words as a space does; a word joiner, a
        // soft hyphen, a byte order mark or a zero-width (non-)joiner pasted inside a word is no part of it, as the
        // analyzer reads the articles ("Hà N\u2060ội" is "Hà Nội")
        String s = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFKC)
                .replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB]", "\"").replace('\u200B', ' ')
                .replaceAll("[\u200C\u200D\u2060\uFEFF\u00AD]", "");
        String folded = VietnameseText.fold(s).toLowerCase(Locale.ROOT);
        if (folded.length() != s.length()) {
            return s;
        }
        Matcher m = FIELD.matcher(folded);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            // "-tác giả:…" keeps its dash against the marker: the field clause is an exclusion
            boolean dash = m.start() > 0 && s.charAt(m.start() - 1) == '-';
            out.append(dash ? "" : " ").append('\u0001').append(FIELDS.get(m.group(1).replaceAll("\\s+", " "))).append(':');
            last = m.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    /**
     * The first and last day a date expression covers ("2024" → 1/1–31/12/2024; "6/2024" → June 2024;
     * "15/06/2024" → that day), or null if it is not a date.
     */
    public static LocalDate[] dateRange(String text) {
        return DateExpressions.range(text);
    }

    /**
     * Why a date in one of the forms of {@link #dateRange} is no date: its day or month does not exist ("Ngày
     * 31/02/2020 không có thật (tháng 2/2020 chỉ có 29 ngày)"); null for a real date or text in none of the forms.
     */
    public static String unrealDate(String text) {
        return DateExpressions.unreal(text);
    }
}
