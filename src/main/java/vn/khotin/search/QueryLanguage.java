package vn.khotin.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
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
 *   tiêu đề:OCOP  tác giả:"Thu Trang"  chuyên mục:"Xã hội"  tag:OCOP  địa danh:"Kỳ Anh"
 *   từ:2024  đến:06/2024     date range (yyyy, mm/yyyy, dd/mm/yyyy, yyyy-mm-dd), inclusive
 * </pre>
 *
 * Field names are also accepted without accents ({@code tieu de:}, {@code tac gia:}) and in English
 * ({@code title:}, {@code author:}, {@code category:}, {@code place:}, {@code from:}, {@code to:}).
 *
 * <p>Parsing never throws: an unbalanced quote reads the rest as plain words, stray operators are dropped,
 * there are no wildcards or regular expressions (so nothing can expand), and at most {@value #MAX_CLAUSES}
 * clauses are kept. Thread-safe and stateless.
 */
public final class QueryLanguage {

    /** Clauses beyond this are ignored (with a warning). */
    public static final int MAX_CLAUSES = 32;
    /** The largest proximity accepted in {@code "…"~N}. */
    public static final int MAX_SLOP = 50;

    private static final String HELP_RESOURCE = "vn/khotin/search/tro-giup-tim-kiem.txt";

    /**
     * Field names (folded, lower case) → marker; longest first so "tu khoa" wins over "tu". The facet fields and
     * their Vietnamese names come from the registry ({@link Fields}).
     */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tieu de", "title");
        m.put("title", "title");
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
            return new Parser(prepare(input)).parse();
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

    /** NFC, and field names rewritten to ASCII markers "\u0001name:" (folding keeps string length). */
    private static String prepare(String input) {
        String s = input == null ? "" : Normalizer.normalize(input, Normalizer.Form.NFC);
        String folded = VietnameseText.fold(s).toLowerCase(Locale.ROOT);
        if (folded.length() != s.length()) {
            return s;
        }
        Matcher m = FIELD.matcher(folded);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            out.append(' ').append('\u0001').append(FIELDS.get(m.group(1).replaceAll("\\s+", " "))).append(':');
            last = m.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private final List<List<Clause>> groups = new ArrayList<>();
        private final List<Clause> excluded = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private LocalDate from;
        private LocalDate to;
        private boolean pendingOr;
        private int clauses;

        Parser(String s) {
            this.s = s;
        }

        ParsedQuery parse() {
            while (skipSpace()) {
                char c = s.charAt(pos);
                if (c == '\u0001') {
                    field();
                } else if (c == '-' && (pos + 1 == s.length() || Character.isWhitespace(s.charAt(pos + 1)))) {
                    pos++; // a lone dash excludes nothing
                } else if (c == '-' && pos + 1 < s.length() && !Character.isWhitespace(s.charAt(pos + 1))
                        && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)))) {
                    pos++;
                    Clause cl = c(Target.TEXT);
                    if (cl != null) {
                        add(excluded, cl);
                    }
                } else if (isOr()) {
                    pos += c == '|' ? 1 : 2;
                    pendingOr = !groups.isEmpty();
                } else {
                    Clause cl = c(Target.TEXT);
                    if (cl != null) {
                        required(cl);
                    }
                }
            }
            if (from != null && to != null && from.isAfter(to)) {
                LocalDate t = from;
                from = to;
                to = t;
                warnings.add("Khoảng thời gian bị ngược, đã đổi chỗ ngày bắt đầu và ngày kết thúc.");
            }
            return new ParsedQuery(groups, excluded, from, to, warnings);
        }

        private boolean isOr() {
            if (s.charAt(pos) == '|') {
                return true;
            }
            return s.startsWith("OR", pos) && (pos + 2 == s.length() || Character.isWhitespace(s.charAt(pos + 2)))
                    && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)));
        }

        private boolean skipSpace() {
            while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || isStray(s.charAt(pos)))) {
                pos++;
            }
            return pos < s.length();
        }

        /** Characters that are operators in other query languages; ignored here. */
        private static boolean isStray(char c) {
            return c == '(' || c == ')' || c == '+' || c == '~' || c == '^' || c == '*' || c == '?' || c == '\\'
                    || c == '{' || c == '}' || c == '[' || c == ']';
        }

        /** A word or a quoted phrase at pos, for the target. */
        private Clause c(Target target) {
            if (pos >= s.length()) {
                return null;
            }
            if (s.charAt(pos) == '"') {
                int end = s.indexOf('"', pos + 1);
                if (end < 0) {
                    warnings.add("Thiếu dấu ngoặc kép đóng: phần sau được tìm như các từ thường.");
                    pos++;
                    return c(target);
                }
                String text = s.substring(pos + 1, end).strip();
                pos = end + 1;
                int slop = 0;
                if (pos < s.length() && s.charAt(pos) == '~') {
                    int start = ++pos;
                    while (pos < s.length() && Character.isDigit(s.charAt(pos)) && pos - start < 6) {
                        pos++;
                    }
                    if (pos > start) {
                        slop = Math.min(MAX_SLOP, Integer.parseInt(s.substring(start, pos)));
                    }
                }
                return text.isEmpty() ? null : new Clause(target, text, true, slop);
            }
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != '"'
                    && s.charAt(pos) != '\u0001') {
                pos++;
            }
            String word = s.substring(start, pos);
            return word.isEmpty() ? null : new Clause(target, word, false, 0);
        }

        private void field() {
            int colon = s.indexOf(':', pos);
            String name = s.substring(pos + 1, colon);
            pos = colon + 1;
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (name.equals("from") || name.equals("to")) {
                Clause v = c(Target.TEXT);
                if (v == null) {
                    return;
                }
                LocalDate[] range = dateRange(v.text());
                if (range == null) {
                    warnings.add("Không hiểu ngày \"" + v.text() + "\" (dùng yyyy, mm/yyyy, dd/mm/yyyy).");
                    return;
                }
                if (name.equals("from")) {
                    from = range[0];
                } else {
                    to = range[1];
                }
                return;
            }
            Clause v = c(Target.TEXT);
            if (v != null) {
                required(name.equals("title") ? v.inTitle() : v.inField(name));
            }
        }

        private void required(Clause c) {
            if (clauses >= MAX_CLAUSES) {
                if (clauses == MAX_CLAUSES) {
                    warnings.add("Truy vấn quá dài: chỉ dùng " + MAX_CLAUSES + " vế đầu.");
                    clauses++;
                }
                return;
            }
            clauses++;
            if (pendingOr && !groups.isEmpty()) {
                List<Clause> last = new ArrayList<>(groups.remove(groups.size() - 1));
                last.add(c);
                groups.add(last);
            } else {
                groups.add(List.of(c));
            }
            pendingOr = false;
        }

        private void add(List<Clause> list, Clause c) {
            if (clauses < MAX_CLAUSES) {
                clauses++;
                list.add(c);
            }
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /**
     * The first and last day a date expression covers ("2024" → 1/1–31/12/2024; "6/2024" → June 2024;
     * "15/06/2024" → that day), or null if it is not a date.
     */
    public static LocalDate[] dateRange(String text) {
        String t = text.strip();
        try {
            Matcher m;
            if ((m = YMD.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
                return new LocalDate[] {d, d};
            }
            if ((m = DMY.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(i(m, 3), i(m, 2), i(m, 1));
                return new LocalDate[] {d, d};
            }
            if ((m = YEAR_MONTH.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = MONTH_YEAR.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(i(m, 2), i(m, 1));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = YEAR.matcher(t)).matches()) {
                int y = i(m, 1);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
