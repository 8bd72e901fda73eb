package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken scenarios in {@code src/test/resources/broken/}: each file's first line is
 * {@code # expect: <the exact one-line message>}, with the file's bare name as its location. To add a
 * case, add a file; nothing here changes.
 */
class BrokenScenariosTest {
    private static final String EXPECT = "# expect: ";

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(BrokenScenariosTest.class.getResource("/broken").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesTheExpectedOneLineMessage(Path file) throws IOException {
        // The first line is ASCII even in files that are deliberately not UTF-8.
        String firstLine = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith(EXPECT), file.getFileName() + " must start with '" + EXPECT + "<message>'");
        String expected = firstLine.substring(EXPECT.length());

        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file));
        String directory = file.getParent().toString() + file.getFileSystem().getSeparator();
        assertEquals(expected, e.getMessage().replace(directory, ""));
        assertTrue(e.getMessage().startsWith(e.location() + ": "));
    }

    @Test
    void corpusCoversTheListedMistakes() throws Exception {
        assertTrue(corpus().count() >= 90, "the broken-scenario corpus has lost files");
        List<String> names = corpus().map(f -> f.getFileName().toString()).toList();
        for (String required : List.of("empty.yaml", "tab-indentation.yaml", "duplicate-key.yaml", "not-utf8.yaml",
                "alias-bomb.yaml", "arm-name-path.yaml", "infusion-longer-than-interval.yaml")) {
            assertTrue(names.contains(required), required);
        }
    }
}
