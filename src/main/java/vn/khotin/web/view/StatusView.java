package vn.khotin.web.view;

import java.util.List;

/** The crawl status page; times already formatted, or "–". */
public record StatusView(PageView page, String state, boolean available, String articles, String lastStarted,
        String lastFinished, String pagesFetched, String articlesIndexed, String queued, String failures,
        List<Link> failuresByReason) {}
