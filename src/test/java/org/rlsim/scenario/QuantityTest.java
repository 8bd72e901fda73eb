package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    // Conversions are exact in binary floating point except 1/60 h and the micro-units, hence the
    // tolerance 1e-12 (relative to values of order 1): far below any physiological meaning.
    @ParameterizedTest
    @CsvSource({
            "65 mg, MASS, 65",
            "1 g, MASS, 1000",
            "1.5g, MASS, 1500",
            "500 mcg, MASS, 0.5",
            "1e3 mg, MASS, 1000",
            "15 min, DURATION, 0.25",
            "90 minutes, DURATION, 1.5",
            "2 h, DURATION, 2",
            "1 day, DURATION, 24",
            "10 Days, DURATION, 240",
            "26 weeks, DURATION, 4368",
            "1 month, DURATION, 730.5",
            "1 year, DURATION, 8766",
            "0, DURATION, 0",
            "500 mL, VOLUME, 500",
            "0.5 L, VOLUME, 500",
            "-3 mg, MASS, -3",
    })
    void convertsToInternalUnits(String text, Quantity.Dimension dimension, double expected) {
        assertEquals(expected, Quantity.parse("x", text, dimension), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "65 h|MASS|dose '65 h' is a duration, not a mass; write a mass such as 65 mg or 1 g",
            "65|MASS|dose '65' has no unit; write a mass such as 65 mg or 1 g",
            "65 mgs|MASS|dose '65 mgs' has an unknown unit 'mgs'; did you mean 'mg'? (write a mass such as 65 mg or 1 g)",
            "65 furlongs|MASS|dose '65 furlongs' has an unknown unit 'furlongs'; write a mass such as 65 mg or 1 g",
            "sixty mg|MASS|dose 'sixty mg' does not start with a number; write a mass such as 65 mg or 1 g",
            "1,5 g|MASS|dose '1,5 g' has a comma in the number; write no thousands separator and a decimal point, as in 1000 or 1.5",
            "1e999 mg|MASS|dose '1e999 mg' is too large to compute with; write a mass such as 65 mg or 1 g",
            ".nan mg|MASS|dose '.nan mg' does not start with a number; write a mass such as 65 mg or 1 g",
            "500 mL|DURATION|dose '500 mL' is a volume, not a duration; write a duration such as 15 min, 2 h, 10 days or 26 weeks",
    })
    void refusesWithOneLineMessages(String text, Quantity.Dimension dimension, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("dose", text, dimension));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsTimesOfDay() {
        assertEquals(8.0, Quantity.timeOfDayH("at", "08:00"));
        assertEquals(20.5, Quantity.timeOfDayH("at", "20:30"));
        assertEquals(0.0, Quantity.timeOfDayH("at", "0:00"));
        assertEquals(23 + 59 / 60.0, Quantity.timeOfDayH("at", "23:59"));
    }

    @ParameterizedTest
    @CsvSource({"24:00", "8am", "08:60", "8", "08:00:00"})
    void refusesImpossibleTimesOfDay(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.timeOfDayH("at", text));
        assertEquals("at '" + text + "' is not a time of day; write it as HH:MM on the 24-hour clock, in quotes,"
                + " e.g. \"08:00\" or \"20:30\"", e.getMessage());
    }

    @Test
    void readsNumbersInADeclaredUnit() {
        assertEquals(4.5, Quantity.inUnit("blood.volume_l", "4.5", "L", 5));
        assertEquals(4.5, Quantity.inUnit("blood.volume_l", "4.5 L", "L", 5));
        assertEquals(4.5, Quantity.inUnit("blood.volume_l", "4.5l", "L", 5));
        assertEquals(60, Quantity.inUnit("blood.tibc_umol_l", "60 µmol/L", "umol/L", 60));
        assertEquals(0.5, Quantity.inUnit("bbb.capacity", "0.5", "1", 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4500 mL|L|4.5", "4500 ml|L|4.5", "0.5 L|mL|500", "130 g/L|g/dL|13", "1.3 g/dL|g/dL|1.3", "75 µg/L|ng/mL|75",
        "75 ug/L|ng/mL|75", "2 h|d|0.08333333333333333", "3 days|d|3", "2 weeks|d|14", "1 year|d|365.25",
        "0.015 g/day|mg/d|15", "15 mg per day|mg/d|15", "1 mg/min|mg/h|60", "0.5 /week|1/d|0.07142857142857142",
        "1 1/d|1/yr|365.25", "24 mL/day|mL/d|24",
    })
    void convertsCompatibleUnits(String text, String unit, double expected) {
        assertEquals(expected, Quantity.inUnit("p", text, unit, 1), 1e-12 * expected);
    }

    @Test
    void refusesUnitsThatCannotBeConvertedWithAdviceInTheDeclaredUnit() {
        assertEquals("rbc.lifespan_d '100 mg' has the unit 'mg', which cannot be converted to d (a duration); write a"
                + " number in d, such as 120 or 120 d", assertThrows(IllegalArgumentException.class,
                        () -> Quantity.inUnit("rbc.lifespan_d", "100 mg", "d", 120)).getMessage());
        assertEquals("blood.volume_l '4500 mg' has the unit 'mg', which cannot be converted to L (a volume); write a"
                + " number in L, such as 5 or 5 L", assertThrows(IllegalArgumentException.class,
                        () -> Quantity.inUnit("blood.volume_l", "4500 mg", "L", 5)).getMessage());
        assertEquals("gut.diet_iron_mg_per_d '15 mg' has the unit 'mg', which cannot be converted to mg/d (a mass per"
                + " duration); write a number in mg/d, such as 15 or 15 mg/d", assertThrows(IllegalArgumentException.class,
                        () -> Quantity.inUnit("gut.diet_iron_mg_per_d", "15 mg", "mg/d", 15)).getMessage());
        assertEquals("blood.volume_l '4.5 litters' has a unit rlsim does not know, 'litters'; write a number in L, such"
                + " as 5 or 5 L", assertThrows(IllegalArgumentException.class,
                        () -> Quantity.inUnit("blood.volume_l", "4.5 litters", "L", 5)).getMessage());
        assertEquals("bbb.capacity '1 mg' has the unit 'mg', but bbb.capacity is a plain number; write 1",
                assertThrows(IllegalArgumentException.class, () -> Quantity.inUnit("bbb.capacity", "1 mg", "1", 1)).getMessage());
    }

    @Test
    void formatsWithoutTrailingZerosOrExponent() {
        assertEquals("65", Quantity.format(65.0));
        assertEquals("0.5", Quantity.format(0.5));
        assertEquals("2000000", Quantity.format(2e6));
    }

    /** Durations in words, singular for one ({@code describe(168)} used to print "1 weeks"). */
    @Test
    void describesDurationsInWholeWeeksDaysMinutesOrHours() {
        assertEquals("1 week", Quantity.describe(168));
        assertEquals("26 weeks", Quantity.describe(26 * 168));
        assertEquals("1 day", Quantity.describe(24));
        assertEquals("3 days", Quantity.describe(72));
        assertEquals("15 min", Quantity.describe(0.25));
        assertEquals("1 h", Quantity.describe(1));
        assertEquals("36 h", Quantity.describe(36));
        assertEquals("1.5 h", Quantity.describe(1.5));
        assertEquals("0 h", Quantity.describe(0));
    }
}
