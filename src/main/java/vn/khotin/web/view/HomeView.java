package vn.khotin.web.view;

import java.util.List;

/**
 * The home page.
 *
 * @param count articles in the archive
 * @param countText the count, formatted
 * @param span "từ 01/2019 đến 03/2026", or null when unknown
 */
public record HomeView(PageView page, int count, String countText, String span, List<HitView> newest,
        List<Link> categories, List<Link> years) {}
