package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Mistakes picocli finds while parsing (unknown commands and options, missing or refused values) get
 * the same one-line form as every other rlsim error: where, what is wrong, how to fix it.
 */
class CommandLineErrorsTest {
    private final Cli cli = new Cli();

    private void assertUsageError(String expectedLine, String... args) {
        assertEquals(ExitCode.USAGE, cli.run(args), cli.err());
        assertEquals(expectedLine + "\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void aMistypedCommandNamesTheClosestOne() {
        assertUsageError("rlsim: rn: not an rlsim command; did you mean 'run'? (the commands: run, sweep, sensitivity, validate, list,"
                + " describe, params, patients, calibration, model-card, explore, export-html, help)", "rn", "scenarios/oral-vs-iv.yaml");
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertUsageError("rlsim: xyzzy: not an rlsim command; choose one of: run, sweep, sensitivity, validate, list, describe,"
                + " params, patients, calibration, model-card, explore, export-html, help", "xyzzy");
    }

    @Test
    void aScenarioFileWithoutCommandSaysToRunIt() {
        assertUsageError("rlsim: scenarios/oral-vs-iv.yaml: not an rlsim command; to run this scenario write:"
                + " rlsim run scenarios/oral-vs-iv.yaml", "scenarios/oral-vs-iv.yaml");
    }

    @Test
    void aMissingArgumentGivesAnExample() {
        assertUsageError("rlsim: run: FILE|DIR is missing; write e.g. rlsim run scenarios/oral-vs-iv.yaml (rlsim help run)",
                "run");
    }

    @Test
    void anOptionWithoutItsValueSaysWhatToWrite() {
        assertUsageError("rlsim: run --out: needs a value; write e.g. --out DIR", "run", "scenarios/oral-vs-iv.yaml", "--out");
    }

    @Test
    void aValueOutsideTheChoicesListsThem() {
        assertUsageError("rlsim: run --format: 'jpg' is not one of png, svg, pdf, csv; write e.g. png",
                "run", "scenarios/oral-vs-iv.yaml", "--format", "jpg");
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        assertUsageError("rlsim: run --out: given twice; give it once",
                "run", "scenarios/oral-vs-iv.yaml", "--out", "a", "--out", "b");
    }

    @Test
    void oneArgumentTooManyIsNamed() {
        assertUsageError("rlsim: describe symptom-return: one argument too many (describe takes NAME); remove it, or"
                + " quote a value that has spaces", "describe", "oral-vs-iv", "symptom-return");
    }
}
