package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.calibration.CalibrationReport;
import org.rlsim.calibration.KnownMisses;
import org.rlsim.calibration.Target;

/** {@code rlsim calibration} as a black box: table, CSV, one chart per charted experiment, exit code. */
class CalibrationCommandTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void printsTheTableAndWritesCsvAndChartsIntoTheCalibrationFolder() throws IOException {
        assertEquals(ExitCode.OK, cli.run("calibration", "--out", tmp.toString()), cli.err());
        assertEquals("", cli.err());
        List<CalibrationReport.Row> rows = CalibrationReport.rows();
        for (CalibrationReport.Row r : rows) {
            assertTrue(cli.out().contains(r.target().id() + " "), "table row for " + r.target().id());
        }
        assertTrue(cli.out().contains("MISS (known)"), cli.out());
        Path folder = tmp.resolve("calibration");
        try (CSVParser csv = CSVParser.parse(folder.resolve("calibration.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> records = csv.getRecords();
            int expected = rows.stream().mapToInt(r -> Math.max(1, r.outcome().comparisons().size())).sum();
            assertEquals(expected, records.size(), "one row per compared number, one per target without numbers");
            for (CSVRecord r : records) {
                String status = r.get("target_result");
                assertNotEquals("MISS", status, r.get("target") + " is an unexpected miss");
                if (status.startsWith("MISS")) {
                    assertTrue(KnownMisses.reason(r.get("target")).isPresent(), r.get("target"));
                }
            }
        }
        assertTrue(cli.out().contains("Scorecard: other published numbers"), cli.out());
        try (CSVParser csv = CSVParser.parse(folder.resolve("scorecard.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> records = csv.getRecords();
            assertEquals(org.rlsim.calibration.Scorecard.entries().size(), records.size(), "one scorecard row per entry");
            assertTrue(records.stream().noneMatch(r -> r.get("model_value").isBlank()), "every entry has a model value");
        }
        for (String chart : List.of("t01", "t09", "t13", "t14a", "t17b", "t24", "t26", "t27")) {
            assertTrue(Files.size(folder.resolve(chart + ".png")) > 10_000, chart + ".png");
            assertTrue(Files.readString(folder.resolve(chart + ".svg")).contains("Teaching model — not for clinical decisions"),
                    chart + ".svg has the disclaimer");
        }
        try (Stream<Path> leftovers = Files.list(tmp)) {
            assertEquals(List.of(folder), leftovers.toList(), "no temporary folder is left behind");
        }
    }

    @Test
    void formatCsvWritesNoCharts() {
        assertEquals(ExitCode.OK, cli.run("calibration", "--out", tmp.toString(), "--format", "csv"));
        assertTrue(Files.exists(tmp.resolve("calibration/calibration.csv")));
        assertFalse(Files.exists(tmp.resolve("calibration/t09.png")));
    }

    @Test
    void anOutputPathThatIsAFileIsOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals(ExitCode.CANNOT_WRITE, cli.run("calibration", "--out", file.toString(), "--format", "csv"));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("--out"), cli.err());
    }

    @Test
    void chartNamesSortInTargetOrder() {
        assertEquals("t09", CalibrationCommand.chartName(new Target("T9", "s", "p", "t", "src")));
        assertEquals("t14a", CalibrationCommand.chartName(new Target("T14a", "s", "p", "t", "src")));
    }
}
