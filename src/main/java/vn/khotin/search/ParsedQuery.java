package vn.khotin.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A query in Khotin's query language after parsing (see {@link QueryLanguage}): required groups of clauses,
 * excluded clauses and a date range. Parsing never fails; what could not be understood is either read as
 * plain words or reported in {@link #warnings()}.
 *
 * @param groups required groups; each group matches if any of its clauses matches (a group of one clause is
 *     simply required; "a OR b" makes a group of two)
 * @param excluded clauses a result must not match ({@code -word}, {@code -"phrase"})
 * @param from first day of the date range (inclusive), or null
 * @param to last day of the date range (inclusive), or null
 * @param warnings Vietnamese messages about parts of the query that were ignored or reinterpreted
 */
public record ParsedQuery(List<List<Clause>> groups, List<Clause> excluded, LocalDate from, LocalDate to,
        List<String> warnings) {

    public ParsedQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    /** Where a clause looks. */
    public enum Target {
        /** Title, sapo, body and captions, weighted. */
        TEXT,
        /** {@code tiêu đề:} the title only. */
        TITLE,
        /** {@code tác giả:} */
        AUTHOR,
        /** {@code chuyên mục:} */
        CATEGORY,
        /** {@code tag:} */
        TAG,
        /** {@code địa danh:} */
        PLACE
    }

    /**
     * One clause: words (each required) or a phrase (terms in order, within {@code slop} positions).
     *
     * @param text the clause text as typed
     * @param phrase whether it was quoted
     * @param slop allowed distance for a quoted phrase ({@code "…"~N}); 0 for an exact phrase
     */
    public record Clause(Target target, String text, boolean phrase, int slop) {}

    /** True if nothing restricts the results by text (only dates or nothing at all). */
    public boolean hasNoText() {
        return groups.isEmpty();
    }

    /** The plain words of the query (TEXT targets, unquoted, not excluded), space-joined. */
    public String plainWords() {
        StringBuilder sb = new StringBuilder();
        for (List<Clause> g : groups) {
            for (Clause c : g) {
                if (c.target() == Target.TEXT && !c.phrase()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(c.text());
                }
            }
        }
        return sb.toString();
    }
}
