package org.rlsim.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for people: up to 6 significant digits, no trailing zeros, no exponent. */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
