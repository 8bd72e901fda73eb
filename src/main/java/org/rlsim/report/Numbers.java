package org.rlsim.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** Locale-independent number text for output files. */
public final class Numbers {
    /**
     * Twelve significant digits: far more than any laboratory value has, and enough that the iron
     * balance (body iron up to about 5000 mg, each term rounded to 1e-8 mg) can be recomputed in a
     * spreadsheet to better than 1e-7 mg. Spreadsheets keep 15 digits, so nothing is lost on reading.
     */
    private static final MathContext DIGITS = new MathContext(12);

    /** Four significant digits: what a reader compares between arms (ferritin 54.39, brain iron 77.44 %). */
    private static final MathContext READABLE = new MathContext(4);

    /** Three significant digits: enough to see the size of a rounding error such as the iron balance's. */
    private static final MathContext ERROR_DIGITS = new MathContext(3);

    /** Below this magnitude, exponent notation (e.g. {@code 1.5E-9}) is shorter than a run of zeros. */
    private static final double SMALLEST_PLAIN = 1e-6;

    /** From this magnitude on, exponent notation; far above any amount in mg or hours the model produces. */
    private static final double LARGEST_PLAIN = 1e15;

    private Numbers() {
    }

    /**
     * A number as text: at most 12 significant digits, a dot as decimal separator, no trailing zeros,
     * plain notation between 1e-6 and 1e15 in magnitude and exponent notation (which spreadsheets also
     * read) outside it. A non-finite value becomes the empty string, which spreadsheets read as a
     * missing value.
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0"; // also turns -0.0 into 0
        }
        double magnitude = Math.abs(value);
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            return plain(value);
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toString();
    }

    /**
     * The fast path of {@link #format(double)} for plain notation: scale to a 12-digit integer, round
     * once, and let {@link BigDecimal#valueOf(long, int)} place the decimal point. A time series has
     * hundreds of thousands of numbers, and {@code new BigDecimal(double).round(...)} is several
     * times slower.
     */
    private static String plain(double value) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        int scale = DIGITS.getPrecision() - 1 - exponent;
        long digits = Math.round(value * Math.pow(10, scale));
        return BigDecimal.valueOf(digits, scale).stripTrailingZeros().toPlainString();
    }

    /**
     * A number for people to read: four significant digits, plain notation, no trailing zeros
     * (e.g. 54.39, 0.7627, 11830); non-finite values as the empty string.
     */
    public static String readable(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(READABLE).stripTrailingZeros().toPlainString();
    }

    /**
     * A small error for people to compare: always exponent notation with three significant digits and
     * a two-digit exponent (e.g. {@code 7.28E-12}, {@code -1.59E-12}, {@code 6.65E-10}), so that every row
     * of a column reads alike and spreadsheets read it as a number; 0 as {@code 0}; non-finite values as the
     * empty string.
     */
    public static String error(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(ERROR_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(2, java.math.RoundingMode.UNNECESSARY);
        return mantissa.toPlainString() + "E" + (exponent < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
