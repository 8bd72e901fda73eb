package org.rlsim.card;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sources the model cites live in the project (a clone has nothing beside it): every
 * "physiology.md §N" and "physiology.md note N" cited in the code, the model card and the docs exists in
 * {@code docs/physiology.md}, and the README and the model card link to that file.
 */
class SourcesTest {
    private static final Path REFERENCE = Path.of("docs", "physiology.md");

    private static List<Path> citingFiles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src", "main")), Files.walk(Path.of("src", "site")))) {
            // Text only: the fonts in src/main/resources are not read as text.
            return Stream.concat(files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".ttf")), Stream.of(Path.of("README.md"),
                    Path.of("docs", "scenario-format.md"))).toList();
        }
    }

    @Test
    void everyCitedSectionAndNoteIsInTheProjectsReference() throws IOException {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        Pattern cited = Pattern.compile("physiology\\.md (§(\\d+[a-z]?)|note (\\d+))");
        int citations = 0;
        for (Path file : citingFiles()) {
            Matcher m = cited.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                citations++;
                if (m.group(2) != null) {
                    assertTrue(reference.matches("(?s).*\\n##+ " + m.group(2) + "\\. .*"),
                            file + " cites " + m.group() + ", which " + REFERENCE + " lacks");
                } else {
                    assertTrue(reference.matches("(?s).*\\n" + m.group(3) + "\\. .*"),
                            file + " cites " + m.group() + ", which " + REFERENCE + " lacks");
                }
            }
        }
        assertTrue(citations > 0, "the code cites the reference");
    }

    @Test
    void readmeAndModelCardLinkToTheReferenceInsideTheProject() throws IOException {
        for (Path doc : List.of(Path.of("README.md"), Path.of("src", "site", "markdown", "model.md"))) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertFalse(text.contains("../shared/"), doc + " points outside the project");
            Matcher link = Pattern.compile("\\]\\(([^)]*physiology\\.md)\\)").matcher(text);
            assertTrue(link.find(), doc + " links to the physiology reference");
            Path target = doc.getParent() == null ? Path.of(link.group(1)) : doc.getParent().resolve(link.group(1));
            assertTrue(Files.isRegularFile(target.normalize()), doc + " links to " + target + ", which does not exist");
        }
    }
}
