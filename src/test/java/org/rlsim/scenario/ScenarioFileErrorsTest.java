package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes about the file as a whole, which the corpus in src/test/resources/broken cannot hold. */
class ScenarioFileErrorsTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nothing.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(file));
        assertEquals(file + ": no such file; check the name and the folder (paths are relative to "
                + Path.of("").toAbsolutePath() + ")", e.getMessage());
        assertEquals(file.toString(), e.location());
    }

    @Test
    void directory(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(dir));
        assertEquals(dir + ": this is a folder, not a scenario file; give the path of a .yaml file", e.getMessage());
    }

    @Test
    void fileLargerThanOneMegabyte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "title: x\n" + "#".repeat(ScenarioLoader.MAX_CHARS));
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(file));
        assertEquals(file + ": the file is larger than 1 MB, far larger than any scenario; check that this is the right file",
                e.getMessage());
    }

    @Test
    void textLongerThanOneMegabyte() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse("#".repeat(ScenarioLoader.MAX_CHARS + 1), "big", "big"));
        assertEquals("big: the text is longer than 1 MB, far longer than any scenario; check that this is the right text",
                e.getMessage());
    }

    @Test
    void oneMegabyteExactlyIsStillRead(@TempDir Path dir) throws Exception {
        String scenario = "title: x\npatient: healthy-man\nduration: 1 day\narms: [{name: A}]\n";
        Path file = dir.resolve("padded.yaml");
        Files.writeString(file, scenario + "#".repeat(ScenarioLoader.MAX_CHARS - scenario.length()));
        assertEquals("padded", loader.load(file).name());
    }
}
