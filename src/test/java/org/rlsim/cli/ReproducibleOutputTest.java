package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario run twice gives byte-identical files in every format: no clock in ids, no dates. */
class ReproducibleOutputTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void identicalInputGivesIdenticalFiles() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("twice.yaml"), """
                title: Twice
                patient: rls-iron-deficient
                duration: 2 weeks
                arms:
                  - name: IV
                    regimen:
                      - iv:
                          product: ferric carboxymaltose
                          dose: 500 mg
                          infusion: 15 min
                          start: day 1
                """);
        // the same command twice (run-info.txt records the command line, --out included)
        Path out = tmp.resolve("out");
        Path a = tmp.resolve("a");
        assertEquals(ExitCode.OK, cli.run("run", scenario.toString(), "--out", out.toString()), cli.err());
        Files.move(out.resolve("twice"), a);
        assertEquals(ExitCode.OK, cli.run("run", scenario.toString(), "--out", out.toString()), cli.err());
        Path b = out.resolve("twice");
        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.sorted().toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".svg")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".pdf")), files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName())), file.getFileName().toString());
        }
        String svg = Files.readString(a.resolve("overview.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<clipPath id='overview-clip-0'>"), "ids named after the file");
        String pdf = new String(Files.readAllBytes(a.resolve("overview.pdf")), StandardCharsets.ISO_8859_1);
        assertFalse(pdf.contains("/CreationDate") || pdf.contains("/ModDate"), "no dates in the PDF");
    }
}
