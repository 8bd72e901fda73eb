package org.rlsim.calibration;

import java.util.Objects;
import org.rlsim.report.Numbers;

/**
 * One number the model gives, compared with its published value and tolerance band.
 *
 * @param quantity  what is compared, for people, e.g. "total body iron, man"
 * @param unit      unit of {@code published}, {@code low}, {@code high} and {@code model}, e.g. {@code g}, {@code mg/d},
 *                  {@code %}, {@code ×} (a ratio), {@code points}
 * @param published the published central value, in {@code unit}; NaN when the source gives only a range or a sign
 * @param low       lower end of the accepted band, in {@code unit}; {@code -Infinity} when open
 * @param high      upper end of the accepted band, in {@code unit}; {@code +Infinity} when open
 * @param model     the model's value, in {@code unit}
 */
public record Comparison(String quantity, String unit, double published, double low, double high, double model) {
    public Comparison {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (!(low <= high)) {
            throw new IllegalArgumentException(quantity + ": need low <= high, got " + low + " and " + high);
        }
    }

    /** A published value with a band of ±{@code fraction} of it (e.g. 0.2 for ±20%). */
    static Comparison relative(String quantity, String unit, double published, double fraction, double model) {
        return new Comparison(quantity, unit, published, published * (1 - fraction), published * (1 + fraction), model);
    }

    /** A published value with a band of ±{@code delta} in its own unit. */
    static Comparison absolute(String quantity, String unit, double published, double delta, double model) {
        return new Comparison(quantity, unit, published, published - delta, published + delta, model);
    }

    /** A published band without a central value. */
    static Comparison range(String quantity, String unit, double low, double high, double model) {
        return new Comparison(quantity, unit, Double.NaN, low, high, model);
    }

    /**
     * The accepted band for people, with the unit: "805–1495 µg/L", "-7 to -1 points", "&gt; 1.1 ×", "≤ 1.1 ×". A bound that
     * excludes its round value (stored as the next double above or below it) is written with &gt; or &lt;.
     */
    public String bandText() {
        String u = unit.isEmpty() ? "" : " " + unit;
        if (Double.isInfinite(high)) {
            double nice = Double.parseDouble(Numbers.readable(low));
            return (nice < low ? "> " : "≥ ") + Numbers.readable(low) + u;
        }
        if (Double.isInfinite(low)) {
            double nice = Double.parseDouble(Numbers.readable(high));
            return (nice > high ? "< " : "≤ ") + Numbers.readable(high) + u;
        }
        // "−6.25 to −1.31" reads better than a dash between negative numbers.
        return Numbers.readable(low) + (low < 0 ? " to " : "–") + Numbers.readable(high) + u;
    }

    /** True when the model's value lies in the band (ends included); a NaN model value never passes. */
    public boolean pass() {
        return model >= low && model <= high;
    }
}
