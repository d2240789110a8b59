package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;
import vn.khotin.web.view.Link;

/**
 * The page links under the results: up to nine page numbers around this page, the previous and the next page.
 * A page that shows no hit of a search that has some (past the last result, or beyond the first
 * {@link SearchParams#MAX_WINDOW} results) is laid out as the page just past the last one, says why it is empty
 * and links back to the last page.
 *
 * @param pages the page numbers, empty when there is one page only
 * @param prev the previous page (the last page, past the end), or null on the first
 * @param next the next page, or null on the last
 * @param lastPage on a page after the last one, "Về trang cuối (trang N)"; null otherwise
 * @param emptyNote on a page that shows no hit of a search that has some, why it is empty; null otherwise
 */
record Pager(List<Link> pages, Link prev, Link next, Link lastPage, String emptyNote) {

    /** The note on a page past the last result. */
    static final String PAST_THE_END = "Trang này nằm sau kết quả cuối cùng.";

    /** The note on a page beyond the first {@link SearchParams#MAX_WINDOW} results where results stand. */
    static final String PAST_THE_WINDOW = "Chỉ xem được " + Format.number(SearchParams.MAX_WINDOW)
            + " kết quả đầu tiên; trang này nằm sau đó. Hãy thu hẹp tìm kiếm (thêm từ, bộ lọc hoặc khoảng thời gian) "
            + "để xem các bài còn lại.";

    /**
     * @param total the search's matches (only the first {@link SearchParams#MAX_WINDOW} can be paged through)
     * @param empty whether this page shows no hit of a search that has some
     */
    static Pager of(SearchParams p, long total, boolean empty) {
        long reachable = Math.min(total, SearchParams.MAX_WINDOW);
        int lastPage = (int) Math.max(1, (reachable + p.size() - 1) / p.size());
        int page = Math.min(p.page(), lastPage + 1);
        int first = Math.max(1, page - 4);
        int last = Math.min(lastPage, first + 8);
        List<Link> pages = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            pages.add(new Link(Integer.toString(i), p.withPage(i).href(), -1, i == p.page()));
        }
        Link prev = page > 1 ? Link.of("Trang trước", p.withPage(page - 1).href()) : null;
        Link next = p.page() < lastPage ? Link.of("Trang sau", p.withPage(p.page() + 1).href()) : null;
        boolean afterLast = p.offset() > (long) (lastPage - 1) * p.size();
        Link back = empty && afterLast
                ? Link.of("Về trang cuối (trang " + lastPage + ")", p.withPage(lastPage).href()) : null;
        String note = !empty ? null : !p.inWindow() && p.offset() < total ? PAST_THE_WINDOW : PAST_THE_END;
        return new Pager(pages.size() > 1 ? pages : List.of(), prev, next, back, note);
    }
}
