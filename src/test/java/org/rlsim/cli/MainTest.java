package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a black box: exit codes and what is printed, through captured writers. */
class MainTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private int rlsim(String... args) {
        return cli.run(args);
    }

    private void assertOneLineError(String expectedStart) {
        assertTrue(cli.err().startsWith(expectedStart), "stderr was: " + cli.err());
        assertEquals(1, cli.err().lines().count(), "one line, no stack trace: " + cli.err());
    }

    @Test
    void runWritesExactlyTheExpectedFilesIntoTheScenarioFolder() throws IOException {
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString()));
        Path folder = tmp.resolve("oral-vs-iv");
        Set<String> expected = new TreeSet<>(List.of("timeseries.csv", "summary.csv", "expectations.csv", "run-info.txt",
                OutputManifest.FILE_NAME));
        for (String chart : List.of("overview", "serum_ferritin", "brain_iron", "symptom_score", "hb", "tsat", "hepcidin",
                "where-is-the-iron-oral-ferrous-sulfate", "where-is-the-iron-iv-ferric-carboxymaltose")) {
            for (String extension : List.of(".png", ".svg", ".pdf")) {
                expected.add(chart + extension);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
        for (String file : expected) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        assertTrue(cli.out().startsWith("oral-vs-iv: 2 arms over 26 weeks -> "), cli.out());
        assertEquals("", cli.err());
        try (Stream<Path> leftovers = Files.list(tmp)) {
            assertEquals(List.of(folder), leftovers.toList(), "no temporary folder is left behind");
        }
    }

    @Test
    void slideOptionSetsTheChartShape() throws IOException {
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "png",
                "--slide", "4:3"));
        BufferedImage image = ImageIO.read(tmp.resolve("oral-vs-iv/overview.png").toFile());
        assertEquals(1440, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void unknownSlideShapeIsAUsageErrorSayingWhatToWrite() {
        assertEquals(ExitCode.USAGE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--slide", "5:4"));
        assertEquals("rlsim: run --slide: '5:4' is not a slide shape; write 16:9 or 4:3\n", cli.err());
        assertFalse(Files.exists(tmp.resolve("oral-vs-iv")), "nothing written");
    }

    @Test
    void runReplacesAnOlderOutputFolder() throws IOException {
        Path folder = tmp.resolve("oral-vs-iv");
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "csv,svg"));
        assertTrue(Files.exists(folder.resolve("overview.svg")));
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "csv"));
        assertFalse(Files.exists(folder.resolve("overview.svg")), "the older run's files are gone");
        assertTrue(Files.exists(folder.resolve("summary.csv")));
        assertFalse(Files.exists(folder.resolve("overview.png")), "--format csv writes no charts");
    }

    @Test
    void setChangesAParameterForTheRun() throws IOException {
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "csv",
                "--set", "bbb.upregulation_gain=7"));
        String info = Files.readString(tmp.resolve("oral-vs-iv/run-info.txt"), StandardCharsets.UTF_8);
        assertTrue(info.contains("bbb.upregulation_gain"), info);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--outt", "x"));
        assertEquals("rlsim: run --outt: unknown option; did you mean '--out'? (rlsim help run lists the options)\n",
                cli.err());
    }

    @Test
    void badSetIsAUsageErrorNamingTheParameter() {
        assertEquals(ExitCode.USAGE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--set", "bbb.gian=2"));
        assertOneLineError("rlsim: ");
        assertTrue(cli.err().contains("bbb.upregulation_gain"), cli.err());
    }

    @Test
    void missingScenarioFileIsOneLine() {
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", tmp.resolve("nope.yaml").toString()));
        assertOneLineError("rlsim: " + tmp.resolve("nope.yaml"));
    }

    @Test
    void invalidScenarioNamesFileLineAndColumn() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "title: x\npatient: rls-iron-deficient\nduraton: 2 weeks\narms: []\n");
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("validate", bad.toString()));
        assertOneLineError("rlsim: " + bad + ":3:1: ");
        assertTrue(cli.err().contains("did you mean 'duration'"), cli.err());
    }

    @Test
    void outputFolderThatIsAFileIsReportedWithoutWritingAnything() throws IOException {
        Path file = tmp.resolve("taken");
        Files.writeString(file, "x");
        assertEquals(ExitCode.CANNOT_WRITE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", file.toString()));
        assertOneLineError("rlsim: --out " + file + ": this is a file, not a folder");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void validateAcceptsTheBundledScenarios() {
        assertEquals(ExitCode.OK, rlsim("validate", "scenarios"));
        assertTrue(cli.out().contains("ok: scenarios/oral-vs-iv.yaml"), cli.out());
    }

    @Test
    void listShowsBundledScenariosWithTitles() {
        assertEquals(ExitCode.OK, rlsim("list"));
        assertTrue(cli.out().contains("oral-vs-iv: Oral versus IV iron in iron-deficient RLS\n    In RLS with iron deficiency"),
                cli.out());
    }

    @Test
    void paramsAndPatientsDescribeTheModel() {
        assertEquals(ExitCode.OK, rlsim("params", "bbb."));
        assertTrue(cli.out().contains("bbb.upregulation_gain = 4"), cli.out());
        assertEquals(ExitCode.OK, rlsim("patients"));
        assertTrue(cli.out().contains("rls-normal-iron:"), cli.out());
    }

    @Test
    void versionAndHelpExitZeroAndListExitCodes() {
        assertEquals(ExitCode.OK, rlsim("--version"));
        assertTrue(cli.out().startsWith("rlsim "), cli.out());
        assertEquals(ExitCode.OK, rlsim("--help"));
        assertTrue(cli.out().contains("Exit codes:"), cli.out());
        assertTrue(cli.out().contains("Teaching model — not for clinical decisions."), cli.out());
    }

    @Test
    void aWarningIsPrintedOnceWithOneWarningWord() throws IOException {
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "csv",
                "--set", "bbb.upregulation_gain=20"));
        List<String> warnings = cli.out().lines().filter(l -> l.contains("warning")).toList();
        assertEquals(List.of("--set bbb.upregulation_gain=20: warning: bbb.upregulation_gain = 20 is outside the usual"
                + " range 0 to 10 (allowed, but results are less realistic)"), warnings);
    }

    @Test
    void durationsArePrintedAsTheFileWroteThem() throws IOException {
        Path file = tmp.resolve("half-year.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/oral-vs-iv.yaml"), StandardCharsets.UTF_8)
                .replace("duration: 26 weeks", "duration: 6 months"), StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, rlsim("validate", file.toString()));
        assertTrue(cli.out().contains("; 2 arms over 6 months)"), cli.out());
        assertEquals(ExitCode.OK, rlsim("describe", file.toString()));
        assertTrue(cli.out().contains("Simulated\n  6 months, a row every"), cli.out());
    }

    /**
     * A what-if run (--set without --out) leaves the lesson's own output as it was and writes beside it, into a
     * folder named after the changes, whose run-info.txt gives the command line and every --set.
     */
    @Test
    void aWhatIfRunWritesBesideTheLessonAndRecordsTheChanges() throws IOException, InterruptedException {
        assertEquals(0, Cli.inFolder(tmp, "run", "oral-vs-iv", "--format", "csv").code());
        Path lesson = tmp.resolve("output/oral-vs-iv");
        String lessonInfo = Files.readString(lesson.resolve("run-info.txt"), StandardCharsets.UTF_8);
        String lessonSummary = Files.readString(lesson.resolve("summary.csv"), StandardCharsets.UTF_8);

        Cli.Result whatIf = Cli.inFolder(tmp, "run", "oral-vs-iv", "--format", "csv", "--set", "bbb.capacity=1",
                "--set", "blood.volume_l=4500 mL");
        assertEquals(0, whatIf.code(), whatIf.err());
        String folder = "oral-vs-iv-what-if-bbb.capacity-1--blood.volume_l-4500-ml";
        assertTrue(whatIf.out().startsWith("what-if (--set without --out): written beside each scenario's own output,"
                + " which is left as it was, into output" + java.io.File.separator
                + "<scenario>-what-if-bbb.capacity-1--blood.volume_l-4500-ml\n"), whatIf.out());
        assertTrue(whatIf.out().contains(" -> output" + java.io.File.separator + folder + " ("), whatIf.out());
        assertEquals(lessonInfo, Files.readString(lesson.resolve("run-info.txt"), StandardCharsets.UTF_8), "lesson untouched");
        assertEquals(lessonSummary, Files.readString(lesson.resolve("summary.csv"), StandardCharsets.UTF_8));

        String info = Files.readString(tmp.resolve("output").resolve(folder).resolve("run-info.txt"), StandardCharsets.UTF_8);
        assertTrue(info.contains("Command:    rlsim run oral-vs-iv --format csv --set bbb.capacity=1 --set"
                + " 'blood.volume_l=4500 mL'\n"), info);
        assertTrue(info.contains("What-if:    this run changed, in every arm, what the scenario file says:\n"
                + "  --set bbb.capacity=1\n  --set blood.volume_l=4500 mL\n"), info);
        assertTrue(info.contains("  blood.volume_l = 4.5 L\n"), "4500 mL converted: " + info);
        assertTrue(lessonInfo.contains("What-if:    none; the scenario as its file says\n"), lessonInfo);
    }

    @Test
    void aWhatIfRunWithOutWritesWhereItIsTold() throws IOException {
        assertEquals(ExitCode.OK, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", tmp.toString(), "--format", "csv",
                "--set", "bbb.capacity=1"));
        assertTrue(Files.isRegularFile(tmp.resolve("oral-vs-iv/run-info.txt")));
        assertFalse(cli.out().contains("what-if (--set without --out)"), cli.out());
    }

    @Test
    void aCommandReadsOnlyItsOwnSubcommandAndHelpOrAMistakeReadsAll() {
        assertEquals(List.of(RunCommand.class), Main.subcommandsFor(new String[] {"run", "x.yaml"}));
        assertEquals(List.of(RunCommand.class), Main.subcommandsFor(new String[] {"--stacktrace", "run", "x.yaml"}));
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "run"},
                new String[] {"rnu", "x.yaml"}, new String[] {"-V", "run"})) {
            assertEquals(13, Main.subcommandsFor(args).size(), String.join(" ", args));
        }
        assertEquals(ExitCode.USAGE, rlsim("rnu", "x.yaml"));
        assertTrue(cli.err().contains("did you mean 'run'?"), cli.err());
    }
}
