package vn.khotin.sync;

import java.time.Duration;

/** What a sync reports as it goes (the CLI draws a progress bar). */
public interface SyncListener {

    /** A pass starts: {@code toSend} articles after the checkpoint, of {@code total} in the index. */
    default void passStarted(int toSend, int total, boolean fromStart) {}

    /** {@code sent} of the pass's articles are acknowledged, {@code bytes} sent so far. */
    default void progress(int sent, int toSend, long bytes) {}

    /** A request is retried after {@code wait}. */
    default void retrying(String why, Duration wait) {}

    /** A pass ended. */
    default void passFinished(SyncReport report) {}

    SyncListener NONE = new SyncListener() {};
}
