package org.rlsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void twelveSignificantDigitsPlainAndWithoutTrailingZeros() {
        assertEquals("2525.24150341", Numbers.format(2525.241503412345));
        assertEquals("0.333333333333", Numbers.format(8.0 / 24));
        assertEquals("65", Numbers.format(65.0));
        assertEquals("-9.22631796484", Numbers.format(-9.226317964838));
        assertEquals("0.000001", Numbers.format(1e-6));
        assertEquals("123456789012000", Numbers.format(123456789012345.0));
    }

    @Test
    void tinyValuesUseExponentNotationAndZeroHasNoSign() {
        assertEquals("8.81072992343E-12", Numbers.format(8.810729923425242e-12));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("", Numbers.format(Double.NaN));
    }

    @Test
    void decimalSeparatorIsADotWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.5", Numbers.format(12.5));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void errorsHaveOneNotationAndThreeSignificantDigits() {
        assertEquals("7.28E-12", Numbers.error(7.27595761418E-12));
        assertEquals("6.65E-10", Numbers.error(0.0000000006645));
        assertEquals("-1.59E-12", Numbers.error(-1.5916157281E-12));
        assertEquals("1.00E+00", Numbers.error(0.9999));
        assertEquals("1.20E+03", Numbers.error(1200));
        assertEquals("0", Numbers.error(-0.0));
        assertEquals("", Numbers.error(Double.NaN));
    }
}
