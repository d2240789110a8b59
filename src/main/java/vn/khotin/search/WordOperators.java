package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.model.Fields;

/**
 * Part of the compile stage of a search: the upper-case word operators of other search engines, {@code AND} and
 * {@code NOT}, read as Khotin's own syntax ({@code lũ NOT bão} = {@code lũ -bão}; {@code lũ AND bão} = {@code lũ bão},
 * every word being required anyway) and said so in a warning that shows the native form. Only the upper-case words
 * standing alone are operators: "and" and "not" in lower case, or "NOT-" inside a word, are searched as words. One
 * instance per query, fed by {@link QueryParser} as it reads.
 */
final class WordOperators {

    static final String AND = "AND";
    static final String NOT = "NOT";

    private static final Pattern MARKER = Pattern.compile("\u0001(\\w+):");
    /** The longest rewritten query a warning shows whole. */
    private static final int MAX_SHOWN = 100;

    /** Each exclusion read from a NOT, in Khotin's syntax ("-bão", "-\"Thạch Hà\""). */
    private final List<String> excluded = new ArrayList<>();
    /** The edits that turn the query into Khotin's syntax: start, end, and the text put there. */
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> replacements = new ArrayList<>();
    private boolean and;
    private boolean danglingNot;

    /** Whether the upper-case word {@code op} ("OR", "AND", "NOT") stands alone at {@code pos} of {@code s}. */
    static boolean at(String s, int pos, String op) {
        int end = pos + op.length();
        return s.startsWith(op, pos) && (end == s.length() || Character.isWhitespace(s.charAt(end)))
                && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)));
    }

    /** Whether a word is one of the operators, which a name does not run over ("tác giả:Thu Trang NOT lũ"). */
    static boolean isOperator(String word) {
        return word.equals("OR") || word.equals(AND) || word.equals(NOT);
    }

    /** An AND from {@code start} to {@code end} (its following spaces included): dropped. */
    void and(int start, int end) {
        and = true;
        edit(start, end, "");
    }

    /**
     * A NOT from {@code start} up to the clause it excludes, which runs from {@code clauseStart} to
     * {@code clauseEnd} of {@code s}.
     */
    void not(String s, int start, int clauseStart, int clauseEnd) {
        excluded.add("-" + readable(s.substring(clauseStart, clauseEnd)).strip());
        edit(start, clauseStart, "-");
    }

    /** A NOT with nothing after it to exclude, from {@code start} to {@code end}: dropped. */
    void danglingNot(int start, int end) {
        danglingNot = true;
        edit(start, end, "");
    }

    /** A NOT before a minus ("NOT -bão"), from {@code start} to {@code end}: dropped, the minus excludes. */
    void redundantNot(int start, int end) {
        edit(start, end, "");
    }

    private void edit(int start, int end, String replacement) {
        spans.add(new int[] {start, end});
        replacements.add(replacement);
    }

    /** The warnings saying how the operators were read, in Vietnamese; none without operators. */
    List<String> warnings(String s) {
        List<String> out = new ArrayList<>();
        if (!excluded.isEmpty()) {
            out.add("Đã hiểu NOT là loại trừ; cách viết của Khotin: " + String.join(" ", excluded) + ".");
        }
        if (danglingNot) {
            out.add("Đã bỏ qua NOT: sau nó không có từ nào để loại trừ.");
        }
        if (and) {
            String rewritten = rewritten(s);
            out.add("Đã bỏ qua AND: Khotin vốn tìm bài có đủ mọi từ"
                    + (rewritten.isEmpty() ? "." : "; cách viết của Khotin: " + rewritten + "."));
        }
        return out;
    }

    /** The query in Khotin's syntax, or empty when it is too long to show in a warning. */
    private String rewritten(String s) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            sb.append(s, last, spans.get(i)[0]).append(replacements.get(i));
            last = spans.get(i)[1];
        }
        sb.append(s, last, s.length());
        String out = readable(sb.toString()).strip().replaceAll("\\s+", " ");
        return out.length() > MAX_SHOWN ? "" : out;
    }

    /** Text of the parsed query with its field markers written back as field names ("\u0001author:" → "tác giả:"). */
    static String readable(String prepared) {
        Matcher m = MARKER.matcher(prepared);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(typedName(m.group(1)) + ":"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The Vietnamese name of a field of the query language ("author" → "tác giả"; "tag" stays "tag"). */
    static String typedName(String field) {
        return switch (field) {
            case "from" -> "từ";
            case "to" -> "đến";
            case "tag" -> "tag";
            default -> Fields.text(field).map(Fields.TextFieldSpec::aliases)
                    .or(() -> Fields.facet(field).map(Fields.FieldSpec::aliases))
                    .filter(a -> !a.isEmpty()).map(a -> a.get(0)).orElse(field);
        };
    }
}
