package vn.khotin.cli;

import vn.khotin.pipeline.PipelineException;

/**
 * A failure the user can act on: printed as one Vietnamese line, never as a stack trace (unless
 * {@code --debug}), and mapped to an exit code.
 */
public final class UserException extends RuntimeException {

    /** Exit code for a failure at run time (port in use, data directory locked, network, disk). */
    public static final int RUNTIME = 1;
    /** Exit code for a usage or configuration error. */
    public static final int USAGE = 2;

    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static UserException usage(String message) {
        return new UserException(USAGE, message);
    }

    public static UserException runtime(String message, Throwable cause) {
        return new UserException(RUNTIME, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }

    /** The exit code of a pipeline failure: a bad configuration is a usage error, the rest a runtime failure. */
    static int exitCode(PipelineException e) {
        return e.kind() == PipelineException.Kind.CONFIGURATION ? USAGE : RUNTIME;
    }
}
