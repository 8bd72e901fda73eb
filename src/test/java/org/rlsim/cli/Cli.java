package org.rlsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs rlsim in-process with captured output, for black-box tests of the command line. */
final class Cli {
    private String out = "";
    private String err = "";

    /** Runs {@code rlsim args...} and returns its exit code; the output is kept for {@link #out()} and {@link #err()}. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** What the last run printed on standard output. */
    String out() {
        return out;
    }

    /** What the last run printed on standard error. */
    String err() {
        return err;
    }
}
