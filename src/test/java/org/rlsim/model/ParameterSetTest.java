package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterSetTest {
    private static final ParameterSet DEFAULTS = ParameterSet.defaults();

    @Test
    void defaultsAreEveryParameterAtItsDefaultWithTheDefaultVariants() {
        for (Parameter p : ParameterCatalog.all()) {
            assertEquals(p.defaultValue(), DEFAULTS.get(p), p.name());
        }
        assertEquals(ModelVariants.DEFAULT, DEFAULTS.variants());
        assertTrue(DEFAULTS.changedFromDefaults().isEmpty());
    }

    @Test
    void aChangeMakesACopyAndIsListedAsChanged() {
        ParameterSet changed = DEFAULTS.with(Map.of("bbb.capacity", 0.7, "blood.volume_l", 4.5));
        assertEquals(1, DEFAULTS.get(BloodBrainBarrier.CAPACITY), "the original is unchanged");
        assertEquals(Optional.of(0.7), changed.get("bbb.capacity"));
        assertEquals(Map.of("blood.volume_l", 4.5, "bbb.capacity", 0.7), changed.changedFromDefaults());
        assertEquals(Optional.empty(), changed.get("no.such_parameter"));
    }

    @Test
    void refusesValuesOutsideTheAllowedRangeAndUnknownNames() {
        String message = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(BloodBrainBarrier.CAPACITY, 6))
                .getMessage();
        assertEquals("bbb.capacity = 6.0 1 is outside its allowed range 0.0 to 5.0 1", message);
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(BloodBrainBarrier.CAPACITY, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(Map.of("bbb.gian", 1.0)));
    }

    /** Equal values and variants are equal sets: the scenario runner shares one steady state between them. */
    @Test
    void equalityIsByValuesAndVariants() {
        ParameterSet a = DEFAULTS.with(BloodBrainBarrier.CAPACITY, 0.7);
        ParameterSet b = DEFAULTS.with(Map.of("bbb.capacity", 0.7));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.with(ModelVariants.DEFAULT.with(BbbHypothesis.UPREGULATION_FAILURE)));
    }
}
