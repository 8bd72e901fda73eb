package org.rlsim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.Patient;
import org.rlsim.population.Variabilities;
import org.rlsim.population.Variability;

/** The checked-in model card matches the code: its generated sections are what the code makes now. */
class ModelCardTest {
    private static final Path CARD = Path.of(ModelCard.DEFAULT_PATH);

    @Test
    void checkedInCardIsUpToDate() throws IOException {
        String card = Files.readString(CARD, StandardCharsets.UTF_8);
        String fresh = ModelCard.regenerate(card);
        if (!fresh.equals(card)) {
            String[] have = card.split("\n", -1);
            String[] want = fresh.split("\n", -1);
            int line = 0;
            while (line < have.length && line < want.length && have[line].equals(want[line])) {
                line++;
            }
            fail("model card out of date: run ./rlsim model-card --write (" + CARD + " line " + (line + 1) + " has '"
                    + (line < have.length ? abbreviate(have[line]) : "") + "', the code makes '"
                    + (line < want.length ? abbreviate(want[line]) : "") + "')");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    @Test
    void parameterTablesListEveryParameterWithUnitSourceAndGrade() {
        String tables = ModelCard.parameterTables();
        for (Parameter p : ParameterCatalog.all()) {
            String line = tables.lines().filter(l -> l.startsWith("| `" + p.name() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + p.name()));
            assertTrue(line.contains(p.source().replace("|", "\\|")), p.name() + " source");
            assertTrue(line.endsWith("| " + p.grade().name().toLowerCase(java.util.Locale.ROOT) + " |"), p.name() + " grade");
        }
    }

    @Test
    void variabilityTableListsEveryDrawnParameterWithSpreadSourceAndGrade() {
        String table = ModelCard.variabilityTable();
        for (Variability v : Variabilities.all()) {
            String line = table.lines().filter(l -> l.startsWith("| " + v.name() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + v.name()));
            for (Parameter p : v.parameters()) {
                assertTrue(line.contains("`" + p.name() + "`"), v.name() + ": " + p.name());
            }
            assertTrue(line.contains(v.source()), v.name() + " source");
            assertTrue(line.endsWith("| " + v.grade().name().toLowerCase(java.util.Locale.ROOT) + " |"), v.name() + " grade");
        }
    }

    @Test
    void patientTableListsEveryArchetype() {
        String table = ModelCard.patientTable();
        for (Patient p : Patient.all()) {
            assertTrue(table.contains("| `" + p.id() + "` |"), p.id());
        }
    }

    @Test
    void regenerateKeepsHandWrittenTextAndReplacesOnlyBetweenMarkers() {
        String card = "# Card\nhand-written\n"
                + "<!-- generated:parameters:start -->\nstale\n<!-- generated:parameters:end -->\n"
                + "<!-- generated:patients:start -->\n<!-- generated:patients:end -->\n"
                + "<!-- generated:calibration:start -->\n<!-- generated:calibration:end -->\n"
                + "<!-- generated:scorecard:start -->\n<!-- generated:scorecard:end -->\n"
                + "<!-- generated:variabilities:start -->\n<!-- generated:variabilities:end -->\n"
                + "middle text\n<!-- generated:known-misses:start -->\n<!-- generated:known-misses:end -->\nend\n";
        String out = ModelCard.regenerate(card);
        assertTrue(out.startsWith("# Card\nhand-written\n<!-- generated:parameters:start -->\n"), out);
        assertTrue(!out.contains("stale"));
        assertTrue(out.contains("middle text\n<!-- generated:known-misses:start -->\n"));
        assertTrue(out.endsWith("<!-- generated:known-misses:end -->\nend\n"));
        assertEquals(out, ModelCard.regenerate(out), "regenerating twice changes nothing");
    }

    @Test
    void aMissingSectionNamesTheMarkersToAdd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCard.regenerate("# Card\n"));
        assertTrue(e.getMessage().contains("<!-- generated:parameters:start -->"), e.getMessage());
    }
}
