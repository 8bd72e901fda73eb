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
    /**
     * The varied columns of a 3 × 3 sweep of bbb.capacity = 0.5..2 and the diet's iron = 1..100 mg/d on log scales:
     * each value the one before times (TO/FROM)^(1/(N-1)), 2 and 10; real values with units, not log10.
     */
    private static final List<String> LOG_GRID = List.of("bbb.capacity,gut.diet_iron_mg_per_d_mg_d",
            "0.5,1", "1,1", "2,1",
            "0.5,10", "1,10", "2,10",
            "0.5,100", "1,100", "2,100");

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

    /** Writes {@link Cli#SHORT_SCENARIO} (one arm "A", three days) into {@code dir}, with {@code more} appended. */
    private static Path shortScenario(Path dir, String more) throws Exception {
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, Cli.SHORT_SCENARIO + more);
        return file;
    }

    /** The varied values of each row of sweep.csv (its second and third columns), and the header. */
    private static List<String> variedColumns(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().map(row -> String.join(",", List.of(row.split(",")).subList(1, 3))).toList();
    }

    @Test
    void aHeatMapWithLogIsSpacedEvenlyOnALogScaleOnBothAxes(@TempDir Path dir) throws Exception {
        Path file = shortScenario(dir, "");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, cli.run("sweep", file.toString(), "--vary", "bbb.capacity=0.5..2",
                "--vary", "gut.diet_iron_mg_per_d=1..100", "--log", "--steps", "3",
                "--metric", "brain iron in \"A\" at day 3", "--format", "csv,png", "--out", out.toString()), cli.err());
        Path folder = out.resolve("short-sweep");
        assertEquals(LOG_GRID,
                variedColumns(folder.resolve("sweep.csv")));
        assertTrue(Files.size(folder.resolve("sweep-brain-iron-in-a-at-day-3.png")) > 0);
        String info = Files.readString(folder.resolve("run-info.txt"));
        assertTrue(info.contains("varied: bbb.capacity, evenly on a log scale: 0.5, 1, 2\n"), info);
        assertTrue(info.contains("varied: gut.diet_iron_mg_per_d (mg/d), evenly on a log scale: 1, 10, 100\n"), info);
    }

    @Test
    void aFilesSweepWithLogIsSpacedAsTheOptionSpacesIt(@TempDir Path dir) throws Exception {
        Path file = shortScenario(dir, """
                sweep:
                  vary:
                    - bbb.capacity = 0.5..2
                    - gut.diet_iron_mg_per_d = 1..100
                  steps: 3
                  log: true
                  metrics:
                    - brain iron in "A" at day 3
                """);
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, cli.run("sweep", file.toString(), "--format", "csv", "--out", out.toString()), cli.err());
        assertEquals(LOG_GRID,
                variedColumns(out.resolve("short-sweep").resolve("sweep.csv")));
    }

    @Test
    void logSpacesTheNumberOfAHeatMapAndKeepsTheModelVariants(@TempDir Path dir) throws Exception {
        Path file = shortScenario(dir, "");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, cli.run("sweep", file.toString(), "--vary", "bbb.capacity=0.25..4", "--vary", "model bbb=intact,reduced-capacity",
                "--log", "--steps", "3", "--metric", "brain iron in \"A\" at day 3", "--format", "csv", "--out", out.toString()), cli.err());
        assertEquals(List.of("bbb.capacity,model_bbb", "0.25,intact", "1,intact", "4,intact",
                        "0.25,reduced-capacity", "1,reduced-capacity", "4,reduced-capacity"),
                variedColumns(out.resolve("short-sweep").resolve("sweep.csv")));
    }

    @Test
    void logFromZeroIsOneLineNamingTheOption(@TempDir Path dir) throws Exception {
        Path file = shortScenario(dir, "");
        assertEquals(ExitCode.USAGE, cli.run("sweep", file.toString(), "--vary", "bbb.capacity=0.5..2",
                "--vary", "gut.diet_iron_mg_per_d=0..30", "--log", "--metric", "brain iron in \"A\" at day 3"));
        assertEquals("rlsim: --vary gut.diet_iron_mg_per_d=0..30: a log scale needs values above 0, but the range"
                + " starts at 0; start above 0, or leave out --log", cli.err().strip());
    }

    @Test
    void logWithANegativeDoseIsOneLine() {
        assertEquals(ExitCode.USAGE, cli.run("sweep", "oral-vs-iv", "--vary", "arm \"IV ferric carboxymaltose\" dose=-250 mg..2000 mg",
                "--vary", "bbb.capacity=0.5..2", "--log", "--metric", "brain iron in \"IV ferric carboxymaltose\" at week 12"));
        assertEquals("rlsim: --vary arm \"IV ferric carboxymaltose\" dose=-250 mg..2000 mg: arm \"IV ferric"
                + " carboxymaltose\" dose = -250 mg is not above 0; give values above 0", cli.err().strip());
    }

    @Test
    void logWithOnlyModelVariantsIsOneLine(@TempDir Path dir) throws Exception {
        Path file = shortScenario(dir, "");
        assertEquals(ExitCode.USAGE, cli.run("sweep", file.toString(), "--vary", "model bbb", "--log",
                "--metric", "brain iron in \"A\" at day 3"));
        assertEquals("rlsim: --log: model bbb is a choice of model variants, not a number, so it has no log scale;"
                + " leave out --log (a log scale is for numbers, e.g. bbb.capacity=0.3..2)", cli.err().strip());
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
