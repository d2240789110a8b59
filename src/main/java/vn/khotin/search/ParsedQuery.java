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
 * @param excludedAt for each excluded clause, the number of groups typed before it: the group typed right after it
 *     is {@code groups().get(excludedAt)} (a lower-case name excluded runs on over it, as a required one does)
 * @param from first day of the date range (inclusive), or null
 * @param to last day of the date range (inclusive), or null
 * @param warnings Vietnamese messages about parts of the query that were ignored or reinterpreted
 */
public record ParsedQuery(List<List<Clause>> groups, List<Clause> excluded, List<Integer> excludedAt, LocalDate from,
        LocalDate to, List<String> warnings) {

    public ParsedQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        excludedAt = List.copyOf(excludedAt);
        warnings = List.copyOf(warnings);
        if (excludedAt.size() != excluded.size()) {
            throw new IllegalArgumentException("one position per excluded clause: " + excludedAt + " for " + excluded);
        }
    }

    /** A query whose excluded clauses were all typed after its groups. */
    public ParsedQuery(List<List<Clause>> groups, List<Clause> excluded, LocalDate from, LocalDate to,
            List<String> warnings) {
        this(groups, excluded, java.util.Collections.nCopies(excluded.size(), groups.size()), from, to, warnings);
    }

    /** The same query with another date range. */
    public ParsedQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new ParsedQuery(groups, excluded, excludedAt, newFrom, newTo, warnings);
    }

    /** Where a clause looks. */
    public enum Target {
        /** Title, sapo, body and captions, weighted. */
        TEXT,
        /**
         * One text field alone ({@code tiêu đề:} the title only): the text fields of {@link vn.khotin.model.Fields}
         * with query-language aliases, named by {@link Clause#field()}, with weight 1.
         */
        TEXT_FIELD,
        /**
         * A facet field the query language searches ({@code tác giả:}, {@code chuyên mục:}, {@code tag:},
         * {@code địa danh:}: the searchable fields of {@link vn.khotin.model.Fields}), named by
         * {@link Clause#field()}.
         */
        FIELD
    }

    /**
     * One clause: words (each required) or a phrase (terms in order, within {@code slop} positions).
     *
     * @param field the facet field of a {@link Target#FIELD} clause ("author"), the text field of a
     *     {@link Target#TEXT_FIELD} clause ("title"); null for {@link Target#TEXT}
     * @param text the clause text as typed
     * @param phrase whether it was quoted
     * @param slop allowed distance for a quoted phrase ({@code "…"~N}); 0 for an exact phrase
     */
    public record Clause(Target target, String field, String text, boolean phrase, int slop) {

        public Clause {
            if ((target != Target.TEXT) != (field != null)) {
                throw new IllegalArgumentException("a field clause names its field, and only it: " + target);
            }
        }

        /** A clause on the text ({@link Target#TEXT}). */
        public Clause(Target target, String text, boolean phrase, int slop) {
            this(target, null, text, phrase, slop);
        }

        /** The same words or phrase in one facet field. */
        public Clause inField(String facetField) {
            return new Clause(Target.FIELD, facetField, text, phrase, slop);
        }

        /** The same words or phrase in one text field alone ("title"). */
        public Clause inTextField(String textField) {
            return new Clause(Target.TEXT_FIELD, textField, text, phrase, slop);
        }
    }

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
