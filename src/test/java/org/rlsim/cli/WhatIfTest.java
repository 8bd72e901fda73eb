package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    @Test
    void theFolderIsNamedAfterTheChangesAndAlwaysTheSame() {
        assertEquals("oral-vs-iv-what-if-bbb.capacity-1", WhatIf.folderName("oral-vs-iv", List.of("bbb.capacity=1")));
        assertEquals("oral-vs-iv-what-if-blood.volume_l-4500-ml--rbc.lifespan_d-100",
                WhatIf.folderName("oral-vs-iv", List.of("blood.volume_l=4500 mL", "rbc.lifespan_d=100")));
        assertEquals(WhatIf.folderName("s", List.of("a.b=1")), WhatIf.folderName("s", List.of("a.b=1")));
    }

    @Test
    void aLongNameIsCutAndKeptApartByAHash() {
        List<String> many = List.of("gut.supplement_vmax_mg_per_h=3", "gut.supplement_km_mg=10", "bbb.capacity=1",
                "bbb.upregulation_gain=7", "rbc.lifespan_d=100");
        List<String> other = List.of("gut.supplement_vmax_mg_per_h=3", "gut.supplement_km_mg=10", "bbb.capacity=1",
                "bbb.upregulation_gain=7", "rbc.lifespan_d=101");
        String name = WhatIf.folderName("dopamine-agonist-augmentation", many);
        assertTrue(name.length() <= WhatIf.MAX_NAME, name);
        assertTrue(name.matches("dopamine-agonist-augmentation-what-if-[a-z0-9._-]+-[0-9a-f]{8}"), name);
        assertNotEquals(name, WhatIf.folderName("dopamine-agonist-augmentation", other));
    }

    @Test
    void theCommandLineCanBeTypedAgain() {
        assertEquals("rlsim run scenarios/oral-vs-iv.yaml --set 'blood.volume_l=4500 mL' --set 'a=it'\\''s'",
                WhatIf.commandLine(List.of("run", "scenarios/oral-vs-iv.yaml", "--set", "blood.volume_l=4500 mL",
                        "--set", "a=it's")));
    }
}
