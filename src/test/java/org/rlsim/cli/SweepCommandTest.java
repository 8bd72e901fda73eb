package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rlsim sweep as a student types it: the table, the files, and each mistake in one line at its place. */
class SweepCommandTest {
    private final Cli cli = new Cli();

    @Test
    void aRangeOfDecimalsWithoutAUnitIsRead(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.OK, cli.run("sweep", "oral-vs-iv", "--vary", "bbb.capacity=0.3..0.9", "--steps", "3",
                "--metric", "brain iron in \"IV ferric carboxymaltose\" at week 12", "--format", "csv",
                "--out", dir.resolve("out").toString()), cli.err());
        assertTrue(cli.out().contains("bbb.capacity = 0.6: "), cli.out());
        List<String> rows = Files.readAllLines(dir.resolve("out").resolve("oral-vs-iv-sweep").resolve("sweep.csv"));
        assertEquals("point,bbb.capacity,brain_iron_in_iv_ferric_carboxymaltose_at_week_12_pct", rows.get(0));
        assertEquals(4, rows.size());
    }

    @Test
    void computedPointsArePrintedToFourDigits(@TempDir Path dir) {
        assertEquals(ExitCode.OK, cli.run("sweep", "oral-vs-iv", "--vary", "arm \"IV ferric carboxymaltose\" dose=250 mg..1500 mg",
                "--steps", "4", "--metric", "peak serum ferritin in \"IV ferric carboxymaltose\"", "--format", "csv",
                "--out", dir.resolve("out").toString()), cli.err());
        assertTrue(cli.out().contains("dose = 666.7 mg: "), cli.out());
    }

    @Test
    void aReadoutOfVirtualPatientsIsAMetric(@TempDir Path dir) throws Exception {
        Path few = dir.resolve("few.yaml");
        Files.writeString(few, Files.readString(Path.of("scenarios", "who-responds.yaml")).replace("size: 40", "size: 4"));
        assertEquals(ExitCode.OK, cli.run("sweep", few.toString(), "--vary", "arm \"FCM 1000 mg\" dose=500 mg,1500 mg",
                "--metric", "remitters in \"FCM 1000 mg\" at week 6", "--format", "csv", "--out", dir.resolve("out").toString()),
                cli.err());
        List<String> rows = Files.readAllLines(dir.resolve("out").resolve("few-sweep").resolve("sweep.csv"));
        assertEquals("point,arm_fcm_1000_mg_dose_mg,remitters_in_fcm_1000_mg_at_week_6_pct", rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            double percent = Double.parseDouble(row.substring(row.lastIndexOf(',') + 1));
            assertEquals(0, percent % 25, 1e-9, "a share of 4 patients: " + row);
        }
    }

    @Test
    void aReadoutWithoutVirtualPatientsIsOneLineAtItsColumn() {
        assertEquals(ExitCode.USAGE, cli.run("sweep", "oral-vs-iv", "--vary", "bbb.capacity=0.3..0.9",
                "--metric", "remitters in \"IV ferric carboxymaltose\" at week 6"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("(column 1): 'remitters' is a readout of virtual patients, but the scenario has no"
                + " 'population:'"), cli.err());
    }
}
