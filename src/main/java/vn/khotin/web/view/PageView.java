package vn.khotin.web.view;

/**
 * What every page's layout needs.
 *
 * @param title the document title
 * @param query the current query, shown in the header search box
 * @param section which navigation entry is current ("tim", "bien-tap", "tro-giup", "trang-thai")
 */
public record PageView(String title, String query, String section) {}
