package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterCatalogTest {
    @Test
    void namesAreUniqueDottedIdentifiersAndFoundByName() {
        Set<String> names = new HashSet<>();
        for (Parameter p : ParameterCatalog.all()) {
            assertTrue(names.add(p.name()), "two parameters named " + p.name());
            assertTrue(p.name().matches("[a-z0-9]+(\\.[a-z0-9_]+)+"), p.name() + " is not a dotted identifier");
            assertEquals(Optional.of(p), ParameterCatalog.find(p.name()));
        }
        assertEquals(Optional.empty(), ParameterCatalog.find("bbb"));
    }

    @Test
    void everyParameterSaysWhatItIsWhereItComesFromAndItsDefaultIsUsual() {
        for (Parameter p : ParameterCatalog.all()) {
            assertTrue(!p.unit().isBlank() && !p.meaning().isBlank() && !p.source().isBlank(), p.name());
            assertTrue(p.allows(p.defaultValue()) && p.isUsual(p.defaultValue()), p.name());
        }
    }
}
