package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

/** A chart made with --set says so in its footer, so a what-if slide is never mistaken for the lesson. */
class WhatIfFooterTest {
    @Test
    void theFooterNamesEveryChange() {
        ScenarioResult lesson = Examples.oralVersusIv();
        assertFalse(Charts.provenance(lesson).contains("what-if"), Charts.provenance(lesson));
        ScenarioResult whatIf = lesson.withWhatIf(List.of("bbb.capacity=1", "blood.volume_l=4500 mL"));
        assertEquals("Patient: RLS with iron deficiency  ·  oral-vs-iv.yaml  ·  what-if: bbb.capacity=1,"
                + " blood.volume_l=4500 mL, rlsim " + lesson.modelVersion(), Charts.provenance(whatIf));
    }
}
