package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rlsim describe, and rlsim run with expectations, folders and --check, as a black box. */
class LessonCommandsTest {
    private static final String SCENARIO = "title: T\npatient: rls-iron-deficient\nduration: 2 weeks\noutput_interval: 6 h\n"
            + "arms:\n  - name: IV iron\n    regimen: [{iv: {product: fcm, dose: 1000 mg, infusion: 15 min}}]\n"
            + "expect:\n  - serum ferritin in \"IV iron\" reaches 75 ng/mL by week 1\n"
            + "  - serum ferritin in \"IV iron\" is below 75 ng/mL at week 2\n";

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void describePrintsTheTeachingNoteArmsAndExpectationsByName() {
        assertEquals(ExitCode.OK, cli.run("describe", "oral-vs-iv"));
        String out = cli.out();
        for (String part : new String[] {"oral-vs-iv: Oral versus IV iron in iron-deficient RLS", "\nHypothesis\n",
            "\nSources\n  - Allen RP et al. 2011", "\nPredict (ask before running)\n  Both arms receive iron.",
            "\nObserve (after running)\n", "\nPatient\n  rls-iron-deficient: RLS with iron deficiency",
            "  Oral ferrous sulfate:\n    - ferrous sulfate 325 mg (65 mg iron) by mouth, taken fasting, between meals,"
                    + " 182 times, every day from day 0 at 08:00",
            "  IV ferric carboxymaltose:\n    - ferric carboxymaltose 1000 mg IV over 15 min, once on day 0 at 08:00",
            "\nExpectations (rlsim run reports each as met or NOT met)\n  - serum ferritin in",
            "\nCharts\n  serum_ferritin: Serum ferritin (ng/mL)"}) {
            assertTrue(out.contains(part), part + "\n---\n" + out);
        }
    }

    /** A lesson with a dopamine-agonist course (it used to stop with an internal error, exit 70). */
    @Test
    void describeSaysAnAgonistCourseInWords() {
        assertEquals(ExitCode.OK, cli.run("describe", "dopamine-agonist-augmentation"), cli.err());
        assertTrue(cli.out().contains("    - pramipexole 0.25 mg by mouth, "), cli.out());
    }

    @Test
    void describeSuggestsTheNameMeant() {
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("describe", "oral-vs-vi"));
        assertEquals("rlsim: oral-vs-vi: no scenario of this name in scenarios; did you mean 'oral-vs-iv'?"
                + " (rlsim list scenarios shows them)", cli.err().strip());
    }

    @Test
    void runReportsEachExpectationAndWritesThemToCsv() throws IOException {
        Path file = Files.writeString(tmp.resolve("t.yaml"), SCENARIO);
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, cli.run("run", file.toString(), "--out", out.toString(), "--format", "csv"));
        assertTrue(cli.out().contains("(") && cli.out().contains("s), expectations met: 1 of 2\n"), cli.out());
        assertTrue(cli.out().matches("(?s).*\n  met: serum ferritin in \"IV iron\" reaches 75 ng/mL by week 1 \\(model: from 2\\d(\\.\\d+)? ng/mL,"
                + " reached on day 0\\.\\d+\\)\n.*"), cli.out());
        assertTrue(cli.out().contains("\n  NOT met: serum ferritin in \"IV iron\" is below 75 ng/mL at week 2 (model: "), cli.out());
        String csv = Files.readString(out.resolve("t").resolve("expectations.csv"));
        assertTrue(csv.startsWith("expectation,met,model,location\n".replace("\n", "\r\n")), csv);
        assertTrue(csv.contains(",no,"), csv);
        assertTrue(csv.contains(file + ":10:5"), csv);

        assertEquals(ExitCode.NOT_MET, cli.run("run", file.toString(), "--out", out.toString(),
                "--format", "csv", "--check"));
    }

    @Test
    void runOfAFolderGoesOnPastABrokenFileAndFailsAtTheEnd() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("lessons"));
        Files.writeString(dir.resolve("a-broken.yaml"), "title: Broken\n");
        Files.writeString(dir.resolve("b-good.yaml"), SCENARIO);
        Files.createDirectories(dir.resolve("calibration"));
        Files.writeString(dir.resolve("calibration").resolve("c.yaml"), SCENARIO);
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("run", dir.toString(), "--out", out.toString(), "--format", "csv"));
        assertTrue(cli.err().startsWith("rlsim: " + dir.resolve("a-broken.yaml") + ":"), cli.err());
        assertTrue(cli.out().startsWith("b-good: 1 arm over 2 weeks -> "), cli.out());
        assertTrue(Files.exists(out.resolve("b-good").resolve("summary.csv")));
        assertFalse(Files.exists(out.resolve("c")), "sub-folders are not run");
    }
}
