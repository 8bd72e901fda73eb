package org.rlsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void passIncludesTheEndsOfTheBandAndFailsOutsideOrOnNaN() {
        assertTrue(Comparison.relative("x", "mg", 10, 0.2, 8).pass());
        assertTrue(Comparison.relative("x", "mg", 10, 0.2, 12).pass());
        assertFalse(Comparison.relative("x", "mg", 10, 0.2, 12.01).pass());
        assertFalse(Comparison.absolute("x", "mg", 10, 1, Double.NaN).pass());
    }

    @Test
    void anOpenBandPassesEverythingOnItsOpenSide() {
        Comparison up = Comparison.range("x", "×", Math.nextUp(1.1), Double.POSITIVE_INFINITY, 1e6);
        assertTrue(up.pass());
        assertFalse(Comparison.range("x", "×", Math.nextUp(1.1), Double.POSITIVE_INFINITY, 1.1).pass(), "1.1 is not above 1.1");
    }

    @Test
    void bandTextSaysWhetherABoundIsIncluded() {
        assertEquals("> 1.1 ×", Comparison.range("x", "×", Math.nextUp(1.1), Double.POSITIVE_INFINITY, 2).bandText());
        assertEquals("≤ 1.1 ×", Comparison.range("x", "×", Double.NEGATIVE_INFINITY, 1.1, 1).bandText());
        assertEquals("< 1 ×", Comparison.range("x", "×", Double.NEGATIVE_INFINITY, Math.nextDown(1.0), 0.5).bandText());
        assertEquals("805–1495 µg/L", Comparison.relative("x", "µg/L", 1150, 0.3, 1000).bandText());
        assertEquals("-7 to -1 points", Comparison.absolute("x", "points", -4, 3, -5).bandText());
    }
}
