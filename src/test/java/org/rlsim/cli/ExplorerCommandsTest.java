package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rlsim export-html and rlsim explore as a teacher runs them: the file, its place, the help and each mistake. */
class ExplorerCommandsTest {
    private final Cli cli = new Cli();

    @Tag("slow") // needs the browser model, which the slow profile compiles: mvn test -Pslow
    @Test
    void exportHtmlWritesOneSelfContainedFile(@TempDir Path dir) throws IOException {
        assertEquals(ExitCode.OK, cli.run("export-html", "oral-vs-iv", "--out", dir.toString()), cli.err());
        Path page = dir.resolve("oral-vs-iv.html");
        assertTrue(cli.out().startsWith("Wrote " + page + " ("), cli.out());
        String html = Files.readString(page);
        assertTrue(html.contains("Teaching model — not for clinical decisions"));
        assertTrue(html.contains("\"engine\":\"browser\""));
        assertTrue(!html.contains("src=\"http") && !html.contains("href=\"http"), "nothing loaded from the network");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left");
        }
    }

    @Test
    void exportHtmlOfAnUnknownLessonSaysWhatItMeant(@TempDir Path dir) {
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("export-html", "oral-vs-vi", "--out", dir.toString()));
        assertEquals("rlsim: oral-vs-vi: no scenario file, and no scenario of this name among the bundled lessons;"
                + " did you mean 'oral-vs-iv'? (rlsim list shows them)", cli.err().strip());
    }

    @Test
    void exploreRefusesAPortOutOfRange() {
        assertEquals(ExitCode.USAGE, cli.run("explore", "--port", "70000", "--no-browser"));
        assertEquals("rlsim: --port 70000: give a port from 1 to 65535, or leave it out for a free one", cli.err().strip());
    }

    @Test
    void exploresHelpSaysWhatExposingThePageMeans() {
        assertEquals(ExitCode.OK, cli.run("explore", "--help"));
        assertTrue(cli.out().contains("127.0.0.1"), cli.out());
        assertTrue(cli.out().contains("Exposing the page: with --host"), cli.out());
        assertTrue(cli.out().contains("there is no password"), cli.out());
    }
}
