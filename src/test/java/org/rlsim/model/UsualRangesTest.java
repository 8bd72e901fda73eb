package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every usual range the sensitivity analyses vary a parameter over says where it comes from. */
class UsualRangesTest {
    @Test
    void everyUsualRangeHasASourceAndEverySourceAUsualRange() {
        Set<String> withRange = UsualRanges.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
        assertEquals(withRange, UsualRanges.sourced());
        for (Parameter p : UsualRanges.parameters()) {
            assertFalse(UsualRanges.source(p).isBlank(), p.name());
            assertTrue(p.usualMin() < p.usualMax(), p.name());
        }
        assertTrue(UsualRanges.parameters().size() >= 10, "enough parameters for a ten-parameter Sobol analysis");
    }
}
