package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatientTest {
    @Test
    void archetypesHaveUniqueIdsAndAreFoundByThem() {
        Set<String> ids = new HashSet<>();
        for (Patient p : Patient.all()) {
            assertTrue(ids.add(p.id()), "two patients with id " + p.id());
            assertEquals(Optional.of(p), Patient.find(p.id()));
        }
        assertTrue(Patient.find("rls-iron-deficent").isEmpty());
    }

    /** A patient's parameter set is the defaults with exactly the patient's values and variants. */
    @Test
    void theParameterSetIsTheDefaultsWithThePatientsValues() {
        for (Patient p : Patient.all()) {
            ParameterSet set = p.parameterSet();
            assertEquals(p.variants(), set.variants(), p.id());
            p.parameters().forEach((name, value) -> assertEquals(Optional.of(value), set.get(name), p.id() + " " + name));
            for (String changed : set.changedFromDefaults().keySet()) {
                assertTrue(p.parameters().containsKey(changed), p.id() + " changes " + changed + " without saying so");
            }
        }
    }
}
