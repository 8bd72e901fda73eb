package org.rlsim.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OralProductTest {
    /** Elemental iron = salt mass × iron fraction of the salt (NCBI Bookshelf NBK548214), to the nearest mg. */
    @Test
    void elementalIronIsTheSaltsIronFraction() {
        assertEquals(Math.round(325 * 0.20), OralProduct.FERROUS_SULFATE_325.elementalMg());
        assertEquals(Math.round(200 * 0.37), OralProduct.FERROUS_SULFATE_DRIED_200.elementalMg());
        assertEquals(Math.round(325 * 0.33), OralProduct.FERROUS_FUMARATE_325.elementalMg());
        assertEquals(Math.round(325 * 0.12), OralProduct.FERROUS_GLUCONATE_325.elementalMg());
    }

    @Test
    void isFoundByNameWhateverTheCaseAndSpacing() {
        assertEquals(Optional.of(OralProduct.FERROUS_FUMARATE_325), OralProduct.find("  Ferrous_Fumarate  325 mg"));
        assertTrue(OralProduct.find("ferrous citrate").isEmpty());
    }
}
