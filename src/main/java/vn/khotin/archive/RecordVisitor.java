package vn.khotin.archive;

import vn.khotin.model.CaptureRef;

/**
 * What a walk over the archive ({@link WarcArchive#walk}) meets, in the order the records were written. Request,
 * warcinfo and metadata records describe the others and are not shown.
 */
public interface RecordVisitor {

    /** Why a response-like record is shown by reference only: it holds no content to replay. */
    enum Evidence {
        /** A response the server cut short ({@code WARC-Truncated}). */
        TRUNCATED,
        /** A {@code revisit} record: the server answered 304, nothing new was fetched. */
        NOT_MODIFIED
    }

    /** A complete response. */
    void capture(ArchivedCapture capture);

    /** A {@code resource} record (an imported article). */
    void resource(ArchivedResource resource);

    /** A response or revisit kept as evidence of a fetch, not as content. */
    default void evidence(CaptureRef ref, Evidence kind) {}

    /**
     * A file that cannot be read past {@code offset} (damaged by something other than a killed writer, whose torn
     * tail is cut when the archive opens): the walk goes on with the next file.
     */
    default void damaged(String file, long offset) {}
}
