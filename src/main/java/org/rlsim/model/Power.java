package org.rlsim.model;

/**
 * {@code x^p} for an exponent fixed when a mechanism binds its parameters, computed in the cheapest
 * exact way: whole exponents up to {@value #MAX_MULTIPLIED} by repeated squaring (a few multiplications
 * instead of {@link Math#pow}'s logarithm and exponential, about ten times faster), half-whole ones as
 * {@code sqrt(x)·x^n}, any other by {@link Math#pow}. Results agree with {@code Math.pow} to a few ulps.
 * Immutable; allocation-free.
 */
final class Power {
    /** Largest whole exponent computed by multiplication (at most four squarings). */
    static final int MAX_MULTIPLIED = 16;

    private final double exponent;
    private final int whole;
    private final boolean half;
    private final boolean general;

    Power(double exponent) {
        this.exponent = exponent;
        double twice = 2 * exponent;
        boolean halves = twice == Math.rint(twice) && exponent >= 0 && exponent <= MAX_MULTIPLIED;
        general = !halves;
        half = halves && twice % 2 != 0;
        whole = halves ? (int) Math.floor(exponent) : 0;
    }

    /** {@code x^p} for {@code x ≥ 0}. */
    double of(double x) {
        if (general) {
            return Math.pow(x, exponent);
        }
        double result = half ? Math.sqrt(x) : 1;
        switch (whole) { // the exponents the model uses, without a loop
            case 0: return result;
            case 1: return result * x;
            case 2: return result * (x * x);
            case 4: {
                double x2 = x * x;
                return result * (x2 * x2);
            }
            case 8: {
                double x2 = x * x;
                double x4 = x2 * x2;
                return result * (x4 * x4);
            }
            default: break;
        }
        double base = x;
        for (int n = whole; n > 0; n >>= 1) {
            if ((n & 1) != 0) {
                result *= base;
            }
            base *= base;
        }
        return result;
    }
}
