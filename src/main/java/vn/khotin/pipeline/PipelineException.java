package vn.khotin.pipeline;

/**
 * A failure of the pipeline the user can act on, with a one-line Vietnamese message: a bad site profile, a
 * locked or unwritable data directory, a crawl store or archive that cannot be read. The command line maps
 * {@link Kind#CONFIGURATION} to its usage exit code and {@link Kind#RUNTIME} to its runtime exit code.
 */
public final class PipelineException extends RuntimeException {

    /** Whether the user's input (a profile, an option) or the run itself failed. */
    public enum Kind {
        /** The configuration is wrong: a missing or malformed site profile, a bad value. */
        CONFIGURATION,
        /** The run failed: disk, lock, network, a damaged store. */
        RUNTIME
    }

    private final Kind kind;

    public PipelineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A configuration error (no cause worth keeping: the message names the file, key and value). */
    public static PipelineException configuration(String message) {
        return new PipelineException(Kind.CONFIGURATION, message, null);
    }

    /** A failure at run time. */
    public static PipelineException runtime(String message, Throwable cause) {
        return new PipelineException(Kind.RUNTIME, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
