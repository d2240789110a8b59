package vn.khotin.pipeline;

import java.time.Duration;

/** What an import tells the console as it goes. Called from the importing thread, except where noted. */
public interface ImportListener {

    /** Import records archived by an earlier, interrupted run are being indexed from the archive. */
    default void recovering(boolean wholeArchive) {}

    /** {@code articles} archived by an earlier run were indexed from the archive. */
    default void recovered(long articles) {}

    /** A few times a second while reading. */
    default void progress(Progress p) {}

    /**
     * A line could not be imported: it is skipped and the import goes on. May be called from a worker thread (for
     * an article the index refused).
     */
    default void malformed(long line, String reason) {}

    /** Everything is indexed; the index is being merged into one segment. */
    default void merging() {}

    /**
     * How far an import is.
     *
     * @param bytesRead file bytes read (compressed bytes of a gzip file)
     * @param bytesTotal the file's size
     * @param lines lines read
     * @param imported articles archived and indexed by this run
     * @param present lines skipped because their article is already in the archive
     * @param malformed lines that could not be imported
     * @param elapsed time since reading began
     */
    record Progress(long bytesRead, long bytesTotal, long lines, long imported, long present, long malformed,
            Duration elapsed) implements FileProgress {

        /** The rate and the time left count imported articles. */
        @Override
        public long done() {
            return imported;
        }
    }
}
