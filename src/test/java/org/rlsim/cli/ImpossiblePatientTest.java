package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Allowed parameter values that make an impossible patient are refused with the parameter to blame, and
 * every output stays in its documented range. The refused cases settle for tens of seconds (the steady
 * state of an impossible body is found by long integration), so they are in the {@code slow} profile.
 */
class ImpossiblePatientTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Tag("slow")
    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        // tissue.shedding_per_d=0 (23.7 t in the issue) now settles at about 22 g, as other losses carry iron out:
        // heavy, but within the 50 g of severe iron overload, so it runs.
        "stores.release_per_d=0|total body iron ",
        "gut.diet_iron_mg_per_d=0|total body iron ",
    })
    void anImpossiblePatientIsRefusedNamingTheParameter(String assignment, String problem) throws IOException {
        Path file = Files.writeString(tmp.resolve("short.yaml"), Cli.SHORT_SCENARIO);
        String parameter = assignment.substring(0, assignment.indexOf('='));
        assertEquals(ExitCode.SIMULATION_FAILED, cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(),
                "--format", "csv", "--set", assignment));
        String err = cli.err();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("rlsim: simulation failed: arm 'A': the patient's untreated state is not a possible human"
                + " body (" + problem), err);
        assertTrue(err.contains("; the parameter to blame is " + parameter + " = 0 "), err);
        assertFalse(Files.exists(tmp.resolve("out/short")), "nothing written");
    }

    @Test
    void theDopaminergicSignalIsNeverNegative() throws IOException {
        Path file = Files.writeString(tmp.resolve("short.yaml"), Cli.SHORT_SCENARIO);
        assertEquals(ExitCode.OK, cli.run("run", file.toString(), "--out", tmp.toString(), "--format", "csv",
                "--set", "dopamine.circadian_amplitude=0.9", "--set", "dopamine.circadian_iron_amplification=0.9"), cli.err());
        double lowest = Double.POSITIVE_INFINITY;
        try (Reader in = Files.newBufferedReader(tmp.resolve("short/timeseries.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                lowest = Math.min(lowest, Double.parseDouble(row.get("dopamine_signal")));
            }
        }
        assertEquals(0, lowest, 0, "the trough reaches 0 and does not go below");
    }
}
