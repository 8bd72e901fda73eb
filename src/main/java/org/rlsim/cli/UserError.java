package org.rlsim.cli;

/** A mistake in what the user asked for; its message is one line saying what, where and how to fix. */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
