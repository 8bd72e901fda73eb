package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservableTest {
    /** The short name is the column name without its unit, so a reader of the CSV knows what to write in a file. */
    @Test
    void theShortNameIsTheColumnNameWithoutItsUnit() {
        assertEquals("serum_ferritin", Observable.SERUM_FERRITIN.shortName());
        assertEquals("serum ferritin", Observable.SERUM_FERRITIN.shortNameInWords());
        Set<String> names = new HashSet<>();
        for (Observable o : Observable.values()) {
            assertTrue(o.column().equals(o.shortName()) || o.column().startsWith(o.shortName() + "_"), o.column());
            assertTrue(names.add(o.shortName()), o.shortName());
        }
    }
}
