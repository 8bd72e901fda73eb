package org.rlsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sobol indices of the Ishigami function, whose indices are known exactly (Ishigami &amp; Homma 1990). */
class SobolIndicesTest {
    private static final double A = 7;
    private static final double B = 0.1;

    /** f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1, each x uniform on [−π, π]. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** The analytic indices (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.7). */
    private static final class Analytic {
        static final double PI4 = Math.pow(Math.PI, 4);
        static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
        static final double V2 = A * A / 8;
        static final double V13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        static final double V = V1 + V2 + V13;
        static final double[] FIRST = {V1 / V, V2 / V, 0};
        static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};
    }

    @Test
    void ishigamiIndicesLieWithinTheirConfidenceIntervals() {
        // The analytic values the issue quotes: S1 0.314, S2 0.442, S3 0, ST1 0.558, ST2 0.442, ST3 0.244.
        assertArrayEquals(new double[] {0.314, 0.442, 0}, Analytic.FIRST, 0.0005);
        assertArrayEquals(new double[] {0.558, 0.442, 0.244}, Analytic.TOTAL, 0.0005);
        int n = 4096;
        double[][] design = SobolIndices.design(3, n);
        double[] f = new double[design.length];
        for (int r = 0; r < design.length; r++) {
            f[r] = ishigami(design[r]);
        }
        SobolIndices.Result result = SobolIndices.analyse(3, f);
        for (int i = 0; i < 3; i++) {
            SobolIndices.Estimate s = result.firstOrder()[i];
            SobolIndices.Estimate st = result.total()[i];
            assertTrue(s.covers(Analytic.FIRST[i]), "S" + (i + 1) + " = " + Analytic.FIRST[i] + " outside " + s);
            assertTrue(st.covers(Analytic.TOTAL[i]), "ST" + (i + 1) + " = " + Analytic.TOTAL[i] + " outside " + st);
            // The intervals must also be informative: narrower than 0.1 at N = 4096.
            assertTrue(s.high() - s.low() < 0.1, "S" + (i + 1) + " interval too wide: " + s);
            assertTrue(st.high() - st.low() < 0.1, "ST" + (i + 1) + " interval too wide: " + st);
        }
        assertTrue(result.converged(), result.convergence());
        assertEquals(Analytic.V, result.variance(), 0.05 * Analytic.V);
        System.out.println("Ishigami, N = " + n + ": S = " + java.util.Arrays.toString(result.firstOrder())
                + ", ST = " + java.util.Arrays.toString(result.total()) + "; " + result.convergence());
    }

    @Test
    void theDesignVariesOneColumnPerMatrix() {
        int n = 8;
        double[][] d = SobolIndices.design(2, n);
        assertEquals(n * 4, d.length);
        for (int j = 0; j < n; j++) {
            assertEquals(d[n + j][0], d[2 * n + j][0]); // AB1 takes column 1 from B
            assertEquals(d[j][1], d[2 * n + j][1]); // and column 2 from A
            assertEquals(d[j][0], d[3 * n + j][0]); // AB2 takes column 1 from A
            assertEquals(d[n + j][1], d[3 * n + j][1]);
        }
    }

    @Test
    void theSameValuesGiveTheSameIntervals() {
        double[][] design = SobolIndices.design(3, 256);
        double[] f = new double[design.length];
        for (int r = 0; r < design.length; r++) {
            f[r] = ishigami(design[r]);
        }
        SobolIndices.Result one = SobolIndices.analyse(3, f);
        SobolIndices.Result two = SobolIndices.analyse(3, f);
        assertArrayEquals(one.firstOrder(), two.firstOrder());
        assertArrayEquals(one.total(), two.total());
    }
}
