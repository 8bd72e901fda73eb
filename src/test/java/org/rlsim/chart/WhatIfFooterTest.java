package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

/** A chart made with --set says so in its footer, so a what-if slide is never mistaken for the lesson. */
class WhatIfFooterTest {
    @Test
    void theFooterNamesEveryChange() {
        ScenarioResult lesson = Examples.oralVersusIv();
        List<String> plain = Charts.provenance(lesson, lesson.scenario().patients());
        assertFalse(plain.stream().anyMatch(f -> f.contains("what-if")), plain.toString());
        ScenarioResult whatIf = lesson.withWhatIf(List.of("bbb.capacity=1", "blood.volume_l=4500 mL"));
        List<String> forms = Charts.provenance(whatIf, whatIf.scenario().patients());
        assertEquals("Patient: RLS with iron deficiency  ·  oral-vs-iv.yaml  ·  what-if: bbb.capacity=1,"
                + " blood.volume_l=4500 mL, rlsim " + lesson.modelVersion(), forms.get(0));
        // The shorter forms, for narrow slides, still say it is a what-if run.
        assertTrue(forms.stream().allMatch(f -> f.contains("what-if")), forms.toString());
    }
}
