package vn.khotin.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of the article's searchable fields: the text fields searched by words ({@link #TEXT}) and the facet
 * fields, the keyword fields an article is counted and filtered by ({@link #FACETS}).
 *
 * <p>Text fields: the Lucene document and the analysis roles each is indexed with ({@code index.ArticleSchema}),
 * the ranking weights, the fields the query language searches alone ({@code tiêu đề:}) and the highlighter's
 * masked fields (search) read {@link #TEXT}. Adding one: one {@link TextFieldSpec} line here and its text in
 * {@code index.ArticleSchema#textValue}; see src/docs/architecture.md, "Adding a text field".
 *
 * <p>Facet fields: Every stage that lists
 * them reads this list: the Lucene document (index), the search request's accepted facets and filters, the query
 * language's field names and the filter-value warnings (search), the URL parameters, sidebar, active-filter
 * labels and the API's {@code facets} parameter (web). It lives in {@code model} because all of those may depend
 * on it and it depends on nothing.
 *
 * <p>Adding a facet field: one entry here, its values in {@code index.ArticleSchema#facetValues}, and whatever
 * produces them upstream (a component of {@link Article} or of the index's article features). See
 * src/docs/architecture.md, "Adding a facet field".
 */
public final class Fields {

    /**
     * One facet field.
     *
     * @param name the field name: in the index (term, sorted-set doc values, stored value), in URLs
     *     ({@code ?author=…}), in the API and in the query language
     * @param label the Vietnamese heading ("Tác giả"): sidebar, active filters; in lower case in messages
     * @param aliases the query-language names besides {@code name}, as people write them ("tác giả"; also
     *     accepted without accents); empty when the query language does not search the field
     * @param multiValued whether an article may have several values (authors, tags); a single-valued field
     *     (category, year) is a plain string, not a list, in documents sent to other engines
     * @param sidebar position in the results page's sidebar (0 first), or -1 when the sidebar does not count it
     */
    public record FieldSpec(String name, String label, List<String> aliases, boolean multiValued, int sidebar) {

        public FieldSpec {
            aliases = List.copyOf(aliases);
        }

        /**
         * Whether the query language searches the field ({@code tác giả:"Thu Trang"}); such fields are also
         * indexed as folded text ({@code author.folded}).
         */
        public boolean searchable() {
            return !aliases.isEmpty();
        }

        /** The label as it reads inside a sentence ("tác giả"). */
        public String lowerLabel() {
            return label.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * An analysis role of a text field, named as in the index's analysis ({@code analysis.VietnameseAnalysis.Role},
     * to which {@code index.ArticleSchema} maps it; {@code model} depends on nothing). Each role is one Lucene
     * field named {@code base + suffix}.
     */
    public enum TextRole {
        /** Syllables, accents kept: {@code title}. */
        EXACT,
        /** Syllables without diacritics: {@code title.folded}. */
        FOLDED,
        /** Multi-syllable units (words, names, bigrams), accents kept: {@code title.words}. */
        WORDS,
        /** Multi-syllable units without diacritics: {@code title.words.folded}. */
        WORDS_FOLDED
    }

    /**
     * One text field.
     *
     * @param name the base field name in the index (each role adds its suffix) and in the query language
     * @param label the Vietnamese name ("Tiêu đề")
     * @param aliases the query-language names besides {@code name} ("tiêu đề"; also accepted without accents),
     *     for searching the field alone; empty when the query language does not name it
     * @param roles the analysis roles it is indexed with, in indexing order; always {@link TextRole#EXACT} and
     *     {@link TextRole#FOLDED} (every query searches them)
     * @param stored whether the exact field stores the text (suggestions read title and sapo); otherwise the text
     *     is read from the stored article
     * @param highlighted whether the exact and folded fields index offsets, so the highlighter marks matches in
     *     it without re-analysis
     * @param weight the field's weight in the ranking (a BM25 boost; a field searched alone has weight 1). A
     *     ranking parameter, tuned on the judged development queries ({@code khotin eval search}): change it only
     *     with a measurement before and after
     */
    public record TextFieldSpec(String name, String label, List<String> aliases, List<TextRole> roles, boolean stored,
            boolean highlighted, float weight) {

        public TextFieldSpec {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
            if (!roles.contains(TextRole.EXACT) || !roles.contains(TextRole.FOLDED)) {
                throw new IllegalArgumentException("a text field needs the exact and folded roles: " + name);
            }
        }

        /** Whether the query language searches the field alone ({@code tiêu đề:OCOP}). */
        public boolean searchable() {
            return !aliases.isEmpty();
        }

        /** Whether the field is indexed with this role. */
        public boolean has(TextRole role) {
            return roles.contains(role);
        }
    }

    /**
     * The text fields, in the order of their weight (the order queries list them in). The body has no
     * {@code .words.folded} field: it is the most expensive role to index on the longest field, and unaccented
     * queries still get the word bonus from title and sapo; captions are searched by their syllables only.
     */
    public static final List<TextFieldSpec> TEXT = List.of(
            new TextFieldSpec("title", "Tiêu đề", List.of("tiêu đề"),
                    List.of(TextRole.EXACT, TextRole.FOLDED, TextRole.WORDS, TextRole.WORDS_FOLDED), true, true, 4f),
            new TextFieldSpec("sapo", "Sa pô", List.of(),
                    List.of(TextRole.EXACT, TextRole.FOLDED, TextRole.WORDS, TextRole.WORDS_FOLDED), true, true, 2f),
            new TextFieldSpec("body", "Nội dung", List.of(),
                    List.of(TextRole.EXACT, TextRole.FOLDED, TextRole.WORDS), false, true, 1f),
            new TextFieldSpec("captions", "Chú thích ảnh", List.of(),
                    List.of(TextRole.EXACT, TextRole.FOLDED), false, false, 0.5f));

    /**
     * The catch-all matching field: every syllable of every text field in one field, as {@code all} (accents kept)
     * and {@code all.folded}, with docs and term frequencies only. Each occurrence counts as many times as its
     * field's weight ({@link #CATCH_ALL_FREQUENCY}), so BM25 over this one field approximates the weighted fields.
     * A plain word matches here exactly the articles its per-field query matches, at a fraction of the cost: the
     * search ranks its candidates on this field, then scores the best of them with the full per-field query.
     */
    public static final String CATCH_ALL = "all";

    /** Term frequency one occurrence adds to {@link #CATCH_ALL} per unit of its field's weight (0.5 gives 1). */
    public static final int CATCH_ALL_FREQUENCY = 2;

    /** The names of {@link #TEXT}, in order. */
    public static final List<String> TEXT_NAMES = TEXT.stream().map(TextFieldSpec::name).toList();

    /** The facet fields, in the order search results report their counts. */
    public static final List<FieldSpec> FACETS = List.of(
            new FieldSpec("category", "Chuyên mục", List.of("chuyên mục"), false, 0),
            new FieldSpec("year", "Năm", List.of(), false, 1),
            new FieldSpec("month", "Tháng", List.of(), false, -1),
            new FieldSpec("author", "Tác giả", List.of("tác giả"), true, 4),
            new FieldSpec("place", "Địa danh", List.of("địa danh"), true, 2),
            new FieldSpec("tag", "Từ khóa", List.of("từ khóa"), true, 3));

    /** The names of {@link #FACETS}, in order. */
    public static final List<String> FACET_NAMES = FACETS.stream().map(FieldSpec::name).toList();

    private Fields() {}

    /** The facet field of this name, if there is one. */
    public static Optional<FieldSpec> facet(String name) {
        return FACETS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The text field of this name, if there is one. */
    public static Optional<TextFieldSpec> text(String name) {
        return TEXT.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The facet fields the results page's sidebar counts, in sidebar order. */
    public static List<FieldSpec> sidebar() {
        return FACETS.stream().filter(f -> f.sidebar() >= 0).sorted(Comparator.comparingInt(FieldSpec::sidebar))
                .toList();
    }
}
