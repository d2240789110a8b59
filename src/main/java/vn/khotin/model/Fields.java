package vn.khotin.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of facet fields: the keyword fields an article is counted and filtered by. Every stage that lists
 * them reads this list: the Lucene document (index), the search request's accepted facets and filters, the query
 * language's field names and the filter-value warnings (search), the URL parameters, sidebar, active-filter
 * labels and the API's {@code facets} parameter (web). It lives in {@code model} because all of those may depend
 * on it and it depends on nothing.
 *
 * <p>Adding a facet field: one entry here, its values in {@code index.ArticleSchema#facetValues}, and whatever
 * produces them upstream (a component of {@link Article} or of the index's article features). See
 * docs/architecture.md, "Adding a facet field".
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

    /** The facet fields the results page's sidebar counts, in sidebar order. */
    public static List<FieldSpec> sidebar() {
        return FACETS.stream().filter(f -> f.sidebar() >= 0).sorted(Comparator.comparingInt(FieldSpec::sidebar))
                .toList();
    }
}
