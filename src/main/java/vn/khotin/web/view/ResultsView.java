package vn.khotin.web.view;

import java.util.List;
import vn.khotin.web.SearchParams;

/**
 * The results page.
 *
 * @param countText "1.234 kết quả"
 * @param tookText "12 ms"
 * @param suggestion "Có phải bạn muốn tìm …" link, or null
 * @param timeline the hits-over-time chart, or null when there is nothing to chart
 * @param active the active filters, each linking to the search without it
 * @param prev previous page link or null
 * @param next next page link or null
 * @param warnings notes on parts of the query that were ignored or reinterpreted
 * @param collapsedHref link to the same search with near-duplicates shown, or null when they are shown
 */
public record ResultsView(PageView page, SearchParams params, long total, String countText, String tookText,
        List<HitView> hits, List<FacetView> facets, List<Link> active, List<Link> sorts, Link suggestion,
        TimelineView timeline, List<Link> pages, Link prev, Link next, String csvHref, String jsonlHref,
        String feedHref, String apiHref, List<String> warnings, String collapsedHref) {}
