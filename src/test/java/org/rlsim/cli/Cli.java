package org.rlsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs rlsim in-process with captured output, for black-box tests of the command line. */
final class Cli {
    /** A scenario that runs in a moment: one arm, three days. */
    static final String SHORT_SCENARIO = """
            title: Short
            patient: rls-iron-deficient
            duration: 3 days
            arms:
              - name: A
            """;

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

    /** What a separate rlsim process did: its exit code and output. */
    record Result(int code, String out, String err) {
    }

    /**
     * Runs {@code rlsim args...} in a JVM of its own whose working folder is {@code folder}, as a teacher runs it
     * from a folder of their own (the in-process {@link #run} always works in the project folder).
     */
    static Result inFolder(Path folder, String... args) throws IOException, InterruptedException {
        return inJvm(folder, List.of(), args);
    }

    /** As {@link #inFolder}, with options for the JVM, e.g. {@code -Xmx256m}. */
    static Result inJvm(Path folder, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile("rlsim-out", ".txt");
        Path errFile = Files.createTempFile("rlsim-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            int code = p.waitFor();
            return new Result(code, Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.delete(outFile);
            Files.delete(errFile);
        }
    }

    /** Every file directly in {@code dir}, by name, with its bytes. */
    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
