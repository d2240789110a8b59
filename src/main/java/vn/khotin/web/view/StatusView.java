package vn.khotin.web.view;

import java.util.List;

/**
 * The crawl status page; times and numbers already formatted, "–" when unknown.
 *
 * @param running a crawl is running (show rate and time left)
 * @param lastRun the last finished run in one line; empty when there was none
 * @param lastError why the last crawl or reindex failed; empty when it did not
 * @param totals whether the archive counts (captures, WARC) are known
 * @param reindex how far the running admin reindex is, in one line; empty when none runs
 */
public record StatusView(PageView page, String state, boolean available, String articles, String lastStarted,
        String lastFinished, String pagesFetched, String articlesIndexed, String queued, String failures,
        List<Link> failuresByReason, boolean running, String rate, String eta, String lastRun, String lastError,
        boolean totals, String captures, String warc, String reindex) {}
