package vn.khotin.web.view;

import java.util.List;

/**
 * A facet in the sidebar: its heading and values with counts. Each value links to the search narrowed to that value
 * alone in its field (the count it shows); once the field has a selection, {@code orHref} of another value adds it to
 * the selection (articles with any of them), null where that would change nothing.
 */
public record FacetView(String title, List<Value> values, int more, String moreHref, boolean approximate) {

    /**
     * @param more how many further values the page can list, or -1 when the counts are estimated (not known)
     * @param moreHref the same page listing every value of each facet, or null when all are listed
     * @param approximate whether the counts are estimates from a sample (marked on the page)
     */
    public FacetView {
        values = List.copyOf(values);
    }

    /** A value's link and the link adding it to the field's selection, or null. */
    public record Value(Link link, String orHref) {}
}
