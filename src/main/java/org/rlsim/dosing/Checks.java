package org.rlsim.dosing;

import java.math.BigDecimal;

/** Argument checks shared by the dosing records; messages name the quantity and its unit. */
final class Checks {
    private Checks() {
    }

    static void time(String what, double h) {
        if (!Double.isFinite(h) || h < 0) {
            throw new IllegalArgumentException(what + " must be a finite time at or after 0 h, got " + h + " h");
        }
    }

    static void positive(String what, double value, String unit) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(what + " must be a positive number of " + unit + ", got " + value);
        }
    }

    static void nonNegative(String what, double value, String unit) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be 0 " + unit + " or more, got " + value);
        }
    }

    /** A number without trailing zeros, e.g. 65, 0.5. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
