package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioExceptionTest {

    @Test
    void isOneLineWithLocationProblemAndFix() {
        ScenarioException e = new ScenarioException("a.yaml:3:7", "unknown\nthing", "fix\r\n  it");
        assertEquals("a.yaml:3:7: unknown thing; fix it", e.getMessage());
        assertEquals("a.yaml:3:7", e.location());
    }
}
