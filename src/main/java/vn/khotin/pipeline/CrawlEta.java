package vn.khotin.pipeline;

/**
 * The time a running crawl has left, as the status page and the progress line show it. The frontier's length
 * over the request rate is the plain estimate; a run limited to N articles ({@code --max-articles}) ends when
 * the articles still missing are indexed, which is usually far sooner than the whole frontier.
 */
public final class CrawlEta {

    private CrawlEta() {}

    /**
     * @param queued URLs waiting in the frontier
     * @param requestRate requests per second lately
     * @param maxArticles the run's article limit, 0 for none
     * @param articlesIndexed articles this run has indexed
     * @param articleRate articles indexed per second lately (0 when not known yet)
     * @return seconds left, or null when there is no sound estimate
     */
    public static Long seconds(long queued, double requestRate, int maxArticles, long articlesIndexed,
            double articleRate) {
        Long byQueue = requestRate > 0 && queued > 0 ? Math.round(queued / requestRate) : null;
        if (maxArticles <= 0) {
            return byQueue;
        }
        long missing = Math.max(0, maxArticles - articlesIndexed);
        if (missing == 0) {
            return 0L;
        }
        if (articleRate <= 0) {
            return null; // the limit will end the run first, but when is not known yet
        }
        long byLimit = Math.round(missing / articleRate);
        return byQueue == null ? byLimit : Math.min(byQueue, byLimit);
    }
}
