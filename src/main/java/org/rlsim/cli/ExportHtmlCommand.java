package org.rlsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.rlsim.web.ExplorerPage;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim export-html}: the explorer page for one lesson as a single file that needs no server. */
@Command(name = "export-html", mixinStandardHelpOptions = true,
        header = "Write a lesson's explorer page as one self-contained file.",
        description = {"Write the explorer page of a lesson as ONE self-contained .html file that students open in"
                + " any browser, offline, with nothing installed. The page runs the same model as rlsim run, compiled"
                + " to WebAssembly (or JavaScript, for older browsers), inside the browser. Teaching model, not for clinical decisions."},
        footer = {"%nExamples:", "  rlsim export-html oral-vs-iv                 writes output/oral-vs-iv.html",
            "  rlsim export-html my-lesson.yaml --out site"})
final class ExportHtmlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LESSON|FILE", description = "A lesson's name (as rlsim list shows it) or a scenario file.")
    String name;

    @Option(names = "--in", paramLabel = "DIR",
            description = "Folder in which to look up LESSON (default: the bundled lessons).")
    Path folder;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder to write LESSON.html into, created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws UserError {
        Scenario lesson = ScenarioFiles.load(new ScenarioLoader(), ScenarioFiles.find(name, folder));
        String html = ExplorerPage.html(lesson, ExplorerPage.Engine.BROWSER, List.of());
        Path target = out.resolve(lesson.name() + ".html");
        write(target, html);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Wrote " + target + " (" + kilobytes(target) + " kB): open it in a browser,"
                + " no server or network needed. Teaching model, not for clinical decisions.");
        printer.flush();
        return ExitCode.OK;
    }

    /** Writes the file whole or not at all: into a temporary file beside it, then moved into place. */
    private static void write(Path target, String html) throws UserError {
        Path temporary = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--")); // a temporary file is private
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
            throw new UserError(ExitCode.CANNOT_WRITE, target + ": cannot write the page (" + e.getMessage()
                    + "); choose another folder with --out", e);
        }
    }

    private static long kilobytes(Path file) {
        try {
            return (Files.size(file) + 1023) / 1024;
        } catch (IOException e) {
            return 0;
        }
    }
}
