package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part of a control's progress: the same cancellation, its fractions mapped into the part's span. */
class RunControlTest {
    @Test
    void aPartReportsWithinItsSpanAndSharesTheCancellation() {
        List<Double> seen = new ArrayList<>();
        RunControl whole = RunControl.withProgress(seen::add);
        RunControl part = whole.part(0.25, 0.75);
        part.report(0);
        part.report(0.5);
        part.report(1);
        assertEquals(List.of(0.25, 0.5, 0.75), seen);
        assertTrue(part.reportsProgress());
        part.cancel();
        assertTrue(whole.isCancelled());
        assertFalse(new RunControl().part(0, 1).reportsProgress(), "no listener, none in the part");
        assertThrows(IllegalArgumentException.class, () -> whole.part(0.5, 0.25));
    }
}
