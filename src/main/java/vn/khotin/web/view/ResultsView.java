package vn.khotin.web.view;

import java.util.List;

/**
 * The results page.
 *
 * @param query the search, repeated in the page's forms
 * @param countText "1.234 kết quả"
 * @param tookText "12 ms"
 * @param suggestion "Có phải bạn muốn tìm …" link, or null
 * @param withoutMissingWords true when the suggestion is the query without the words no article writes (shown as
 *     "Tìm với những từ còn lại: …", not as a question)
 * @param timeline the hits-over-time chart, or null when there is nothing to chart
 * @param active the active filters, each linking to the search without it
 * @param prev previous page link or null
 * @param next next page link or null
 * @param lastPage on a page after the last one, the link back to the last page ("Về trang cuối (trang N)"), or null
 * @param emptyNote on a page that shows no hit of a search that has some, why (past the last result, or beyond the
 *     first 10,000), or null
 * @param warnings notes on parts of the query that were ignored or reinterpreted
 * @param collapsedHref link to the same search with near-duplicates shown, or null when they are shown
 * @param correction when the results are a correction's: the corrected query (label) and the link that searches
 *     exactly what was typed (href, with the typed query as {@code typed}); null otherwise
 * @param typed the query as typed when {@code correction} is set
 * @param correctedHref when the results are a correction's: the link that searches the corrected query; null
 *     otherwise
 * @param relaxedNote the line saying that articles with most of the words follow those with all of them, or null
 */
public record ResultsView(PageView page, QueryView query, long total, String countText, String tookText,
        List<HitView> hits, List<FacetView> facets, List<Link> active, List<Link> sorts, Link suggestion,
        TimelineView timeline, List<Link> pages, Link prev, Link next, Link lastPage, String emptyNote,
        String csvHref, String jsonlHref, String feedHref, String apiHref, List<String> warnings, String collapsedHref,
        Link correction, String typed, String relaxedNote, String correctedHref, boolean withoutMissingWords,
        String queryDates) {}
