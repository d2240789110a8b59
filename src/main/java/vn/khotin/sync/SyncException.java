package vn.khotin.sync;

/** A sync that cannot go on; the message is for the user (Vietnamese), the cause for the log. */
public final class SyncException extends RuntimeException {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
