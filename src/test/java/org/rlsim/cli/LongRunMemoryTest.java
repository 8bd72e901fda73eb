package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run needs memory only for what it keeps: its rows stream into timeseries.csv, the charts draw from a
 * bounded copy and the summary and expectations are kept as the rows go (issue 10, item 5). Each run is a
 * JVM of its own with a small heap. Slow (minutes): {@code mvn test -Pslow}.
 */
@Tag("slow")
class LongRunMemoryTest {
    @TempDir
    Path dir;

    /** Four arms over {@code duration} at 1-minute rows, with two expectations. */
    private Path scenario(String duration) throws IOException {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, """
                title: Four arms at 1-minute rows
                patient: rls-iron-deficient
                duration: %s
                output_interval: 1 min
                arms:
                  - name: None
                  - name: Oral daily
                    regimen:
                      - oral: {dose: 65 mg, every: 1 day, start: day 0}
                  - name: Oral alternate
                    regimen:
                      - oral: {dose: 65 mg, every: 2 days, start: day 0}
                  - name: IV
                    regimen:
                      - iv: {product: ferric carboxymaltose, dose: 1000 mg, infusion: 15 min, start: day 1}
                expect:
                  - serum ferritin in "IV" reaches 75 ng/mL by week 4
                  - daily mean of tsat in "Oral daily" is higher than in "None" at week 8
                """.formatted(duration));
        return file;
    }

    /** 4 × 1,998,721 rows (about 4 GB kept whole before) in a heap of 256 MB: charts, summary and expectations. */
    @Test
    void fourArmsOfTwoMillionRowsRunIn256Megabytes() throws Exception {
        Cli.Result r = Cli.inJvm(dir, List.of("-Xmx256m"), "run", scenario("1388 days").toString(), "--out", "out",
                "--format", "png");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("long: 4 arms over 1388 days -> "), r.out());
        assertTrue(r.out().contains("expectations met: 2 of 2"), r.out());
        assertTrue(Files.size(dir.resolve("out/long/overview.png")) > 10_000);
    }

    /** 4 × 125,281 rows (240 MB kept whole before) in a heap of 160 MB, every row written to timeseries.csv. */
    @Test
    void theTimeSeriesStreamsToItsFile() throws Exception {
        Cli.Result r = Cli.inJvm(dir, List.of("-Xmx160m"), "run", scenario("87 days").toString(), "--out", "out",
                "--format", "csv");
        assertEquals(0, r.code(), r.out() + r.err());
        long rows;
        try (Stream<String> lines = Files.lines(dir.resolve("out/long/timeseries.csv"))) {
            rows = lines.count();
        }
        assertEquals(1 + 4 * (87 * 24 * 60 + 1) + 87 + 44, rows, "header, every minute of each arm, two rows at each tablet");
        try (Stream<Path> files = Files.list(dir.resolve("out/long"))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.contains("-arm-")).toList(),
                    "no part file left");
        }
    }

    /** Where a limit remains, one line says so before anything runs. */
    @Test
    void aHeapTooSmallIsSaidInOneLineBeforeRunning() throws Exception {
        Cli.Result r = Cli.inJvm(dir, List.of("-Xmx32m"), "run", scenario("1388 days").toString(), "--out", "out");
        assertTrue(r.code() != 0);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("need about") && r.err().contains("JAVA_TOOL_OPTIONS=-Xmx"), r.err());
        assertTrue(Files.notExists(dir.resolve("out/long")));
    }
}
