package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
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
            "  IV ferric carboxymaltose:\n    - ferric carboxymaltose (Ferinject, Injectafer) 1000 mg IV over 15 min, once on day 0 at 08:00",
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
        assertEquals("rlsim: oral-vs-vi: no scenario file, and no scenario of this name among the bundled lessons;"
                + " did you mean 'oral-vs-iv'? (rlsim list shows them)", cli.err().strip());
    }

    @Test
    void describeTakesANameWithOrWithoutYamlOrAPath() throws IOException {
        for (String name : new String[] {"oral-vs-iv", "oral-vs-iv.yaml", "scenarios/oral-vs-iv.yaml", "scenarios/oral-vs-iv"}) {
            assertEquals(ExitCode.OK, cli.run("describe", name), name + ": " + cli.err());
            assertTrue(cli.out().startsWith("oral-vs-iv: Oral versus IV iron in iron-deficient RLS\n"), name);
        }
        Path file = Files.writeString(tmp.resolve("mine.yaml"), SCENARIO);
        assertEquals(ExitCode.OK, cli.run("describe", "mine", "--in", tmp.toString()), cli.err());
        assertTrue(cli.out().endsWith("Run it: rlsim run " + file + "\n"), cli.out());
    }

    /**
     * From a folder without scenarios/ (a teacher's own folder): list, describe and run find the lessons bundled in
     * rlsim, in a JVM of its own started in that folder.
     */
    @Tag("slow") // JVMs of their own: mvn test -Pslow
    @Test
    void listDescribeAndRunWorkFromAnyFolder() throws IOException, InterruptedException {
                Cli.Result list = Cli.inFolder(tmp, "list");
        assertTrue(list.out().contains("oral-vs-iv: Oral versus IV iron in iron-deficient RLS\n"), list.out());
        assertTrue(list.out().contains("symptom-return: "), list.out());
        Cli.Result describe = Cli.inFolder(tmp, "describe", "oral-vs-iv.yaml");
        assertTrue(describe.out().endsWith("Run it: rlsim run oral-vs-iv\n"), describe.out() + describe.err());
        Cli.Result run = Cli.inFolder(tmp, "run", "oral-vs-iv", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("output/oral-vs-iv/summary.csv")), run.out());
    }
}
