package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.model.Fields;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Part of the compile stage of a search: the parser of {@link QueryLanguage}, over a query whose field names are
 * already markers ("\u0001name:"): words, quoted phrases with their proximity, exclusions, OR groups, field clauses and
 * the date range. Total: any input gives a {@link ParsedQuery}. One instance per query.
 */
final class QueryParser {

    /** The warning for a query with nothing searchable in it. */
    static final String NOTHING_TO_SEARCH =
            "Truy vấn không có từ nào để tìm (chỉ có dấu câu hoặc cú pháp): đang hiển thị mọi bài, mới nhất trước.";

    /** Clauses beyond this are ignored (with a warning). */
    static final int MAX_CLAUSES = 32;
    /** The largest proximity accepted in {@code "…"~N}. */
    static final int MAX_SLOP = Tildes.MAX_SLOP;

    /** Facet fields whose values are proper names, written with capitals: people and places. */
    private static final Set<String> NAME_FIELDS = Set.of("author", "place");

    /** Vietnamese names of people and places have at most four syllables ("Nguyễn Thị Minh Khai"). */
    private static final int MAX_NAME_WORDS = 4;

    private final String s;
    private int pos;
    private final List<List<Clause>> groups = new ArrayList<>();
    private final List<Clause> excluded = new ArrayList<>();
    private final List<Integer> excludedAt = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final QueryDates dates = new QueryDates();
    private boolean pendingOr;
    private int clauses;
    private final WordOperators operators = new WordOperators();

    QueryParser(String s) {
        this.s = s;
    }

    ParsedQuery parse() {
        while (skipSpace()) {
            char c = s.charAt(pos);
            if (c == '\u0001') {
                field(false, null);
            } else if (WordOperators.at(s, pos, WordOperators.NOT)) {
                not();
            } else if (WordOperators.at(s, pos, WordOperators.AND)) {
                int start = pos;
                pos += WordOperators.AND.length();
                skipWhitespace();
                operators.and(start, pos); // every clause is required already
            } else if (c == '-' && pos + 1 < s.length() && s.charAt(pos + 1) == '\u0001'
                    && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)))) {
                pos++;
                field(true, "dấu trừ"); // "-tác giả:Trọng Giáp": none of that author's articles
            } else if (c == '-' && (pos + 1 == s.length() || Character.isWhitespace(s.charAt(pos + 1)))) {
                pos++; // a lone dash excludes nothing
            } else if (c == '-' && pos + 1 < s.length() && !Character.isWhitespace(s.charAt(pos + 1))
                    && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)))) {
                pos++;
                Clause cl = c(Target.TEXT);
                if (cl != null) {
                    exclude(cl);
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
        warnings.addAll(operators.warnings(s));
        Tildes.wildcardWarning(s).ifPresent(warnings::add);
        dates.finish(warnings);
        if (groups.isEmpty() && excluded.isEmpty() && dates.from() == null && dates.to() == null && !s.isBlank()) {
            // "(((", "*", "OR", a bare field name: the user typed something, so say why every article is listed
            warnings.add(NOTHING_TO_SEARCH);
        }
        return new ParsedQuery(groups, excluded, excludedAt, dates.from(), dates.to(), warnings);
    }

    private boolean isOr() {
        return s.charAt(pos) == '|' || WordOperators.at(s, pos, "OR");
    }

    /**
     * {@code NOT} before a word, phrase or field, read as the minus of Khotin's syntax ({@code lũ NOT bão} =
     * {@code lũ -bão}); with nothing after it to exclude, it is dropped.
     */
    private void not() {
        int start = pos;
        pos += WordOperators.NOT.length();
        skipWhitespace();
        int clauseStart = pos;
        if (pos >= s.length() || isOr() || WordOperators.at(s, pos, WordOperators.AND)
                || WordOperators.at(s, pos, WordOperators.NOT)) {
            operators.danglingNot(start, clauseStart);
        } else if (s.charAt(pos) == '-') {
            operators.redundantNot(start, clauseStart); // "NOT -bão": the minus says it already
        } else if (s.charAt(pos) == '\u0001') {
            boolean date = s.startsWith("\u0001from:", pos) || s.startsWith("\u0001to:", pos);
            field(true, "NOT");
            if (!date) {
                operators.not(s, start, clauseStart, pos);
            }
        } else {
            Clause cl = c(Target.TEXT);
            if (cl != null) {
                exclude(cl);
                operators.not(s, start, clauseStart, pos);
            }
        }
    }

    private void skipWhitespace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
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
            Tildes.Proximity proximity = Tildes.afterPhrase(s, pos, text);
            pos = proximity.end();
            if (proximity.warning() != null && !text.isEmpty()) {
                warnings.add(proximity.warning());
            }
            return text.isEmpty() ? null : new Clause(target, text, true, proximity.slop());
        }
        int start = pos;
        pos = wordEnd(pos);
        String word = s.substring(start, pos);
        String boosted = Tildes.withoutBoostMark(word);
        if (boosted != null) {
            warnings.add(Tildes.boostDropped(word, boosted));
            word = boosted;
        }
        String fuzzy = Tildes.withoutFuzzyMark(word);
        if (fuzzy != null) {
            warnings.add(Tildes.fuzzyDropped(word, fuzzy));
            word = fuzzy;
        } else if (Tildes.isBareNumber(s, start)) {
            warnings.add(Tildes.bareDropped(word));
        }
        return word.isEmpty() ? null : new Clause(target, word, false, 0);
    }

    /**
     * A field clause; {@code excluding}: the articles it matches are left out ({@code -chuyên mục:"Thể thao"}), as
     * {@code how} (the minus or NOT) asked.
     */
    private void field(boolean excluding, String how) {
        int colon = s.indexOf(':', pos);
        String name = s.substring(pos + 1, colon);
        pos = colon + 1;
        skipWhitespace();
        if (name.equals("from") || name.equals("to")) {
            Clause v = c(Target.TEXT);
            if (v == null) {
                return;
            }
            int next = pos;
            skipWhitespace();
            String following = v.phrase() || next == pos ? "" : s.substring(pos, wordEnd(pos));
            String text = v.text();
            if (!following.isEmpty() && QueryDates.joins(text, following)) {
                text += " " + following; // "từ:hôm qua": the date is two words
                pos = wordEnd(pos);
                following = "";
            }
            boolean word = !following.isEmpty() && !following.startsWith("-") && !WordOperators.isOperator(following);
            dates.read(name, text, word ? following : "", excluding, how, warnings);
            return;
        }
        Clause v = c(Target.TEXT);
        if (v != null && NAME_FIELDS.contains(name)) {
            v = wholeName(v);
        }
        if (v != null) {
            Clause clause = Fields.text(name).isPresent() ? v.inTextField(name) : v.inField(name);
            if (excluding) {
                exclude(clause);
            } else {
                required(clause);
            }
        }
    }

    /**
     * An unquoted capitalised value of a name field runs on over the capitalised words that follow, so that
     * {@code tác giả: Thu Trang lũ} asks for the author "Thu Trang" (not the author "Thu" and the word "Trang").
     */
    private Clause wholeName(Clause first) {
        if (first.phrase() || !startsUpper(first.text(), 0)) {
            return first;
        }
        StringBuilder name = new StringBuilder(first.text());
        int words = 1;
        while (words < MAX_NAME_WORDS) {
            int next = pos;
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            int end = wordEnd(next);
            String word = s.substring(next, end);
            if (next == pos || word.isEmpty() || WordOperators.isOperator(word) || !startsUpper(s, next)) {
                break;
            }
            name.append(' ').append(word);
            pos = end;
            words++;
        }
        return new Clause(first.target(), name.toString(), false, 0);
    }

    /** Where the unquoted word starting at {@code from} ends: at a space, a quote or a field marker. */
    private int wordEnd(int from) {
        int end = from;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"'
                && s.charAt(end) != '\u0001') {
            end++;
        }
        return end;
    }

    private static boolean startsUpper(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    private void required(Clause c) {
        if (c.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            // "...", "!@#", "—": nothing to search for; as "???" and a bare "OR", the query then lists every article
            return;
        }
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

    private void exclude(Clause c) {
        if (clauses < MAX_CLAUSES) {
            clauses++;
            excluded.add(c);
            excludedAt.add(groups.size());
        }
    }
}
