package vn.khotin.pipeline;

import java.time.Duration;

/**
 * What an import did.
 *
 * @param lines lines read
 * @param imported articles archived and indexed by this run
 * @param present lines skipped because their article was already in the archive (an earlier run, a crawl, or a
 *     repeated id in the file)
 * @param malformed lines that could not be imported
 * @param recovered articles an interrupted earlier run had archived, indexed from the archive at the start
 * @param reading time from the first line read to the last article committed
 * @param merge time spent merging the index into one segment afterwards (zero when not merged)
 * @param indexArticles articles in the index at the end
 */
public record ImportResult(long lines, long imported, long present, long malformed, long recovered,
        Duration reading, Duration merge, int indexArticles) {

    /**
     * Whether the run failed: some lines were malformed and none was imported or found already present, so nothing
     * of the file is in the archive (a rerun of a file with a few bad lines, whose good lines are all present,
     * has not failed).
     */
    public boolean nothingUsable() {
        return malformed > 0 && imported == 0 && present == 0;
    }

    /** Articles imported per second of reading and indexing (the merge not counted). */
    public double rate() {
        double s = reading.toNanos() / 1e9;
        return s <= 0 ? 0 : imported / s;
    }
}
