package org.rlsim.cli;

/** The exit codes of every rlsim command, listed in {@code --help}. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The simulation could not be completed (numerical failure; the message says where). */
    public static final int SIMULATION_FAILED = 1;
    /** The command line is wrong (unknown option, missing argument, bad --set). */
    public static final int USAGE = 2;
    /** A scenario file is missing or invalid. */
    public static final int BAD_SCENARIO = 3;
    /** Output could not be written (folder not writable, disk full). */
    public static final int CANNOT_WRITE = 4;
    /**
     * A claim of the model was not met: with {@code rlsim run --check}, an expectation of a scenario;
     * with {@code rlsim calibration}, a target that is not a documented known miss.
     */
    public static final int NOT_MET = 5;
    /** A bug in rlsim: please report it with the output of --stacktrace. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
