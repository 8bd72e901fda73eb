package org.rlsim.dosing;

import java.util.Optional;

/** Common oral iron tablets and their elemental iron content. */
public enum OralProduct {
    FERROUS_SULFATE_325("ferrous sulfate 325 mg", 65, "FeSO₄·7H₂O 325 mg = 65 mg iron (20%): NCBI Bookshelf NBK548214"),
    FERROUS_SULFATE_DRIED_200("dried ferrous sulfate 200 mg", 74, "dried FeSO₄ 37% iron: NBK548214"),
    FERROUS_FUMARATE_325("ferrous fumarate 325 mg", 107, "fumarate 33% iron: NBK548214"),
    FERROUS_GLUCONATE_325("ferrous gluconate 325 mg", 39, "gluconate 12% iron: NBK548214");

    private final String displayName;
    private final double elementalMg;
    private final String source;

    OralProduct(String displayName, double elementalMg, String source) {
        this.displayName = displayName;
        this.elementalMg = elementalMg;
        this.source = source;
    }

    /** Name as written in scenario files, e.g. "ferrous sulfate 325 mg". */
    public String displayName() {
        return displayName;
    }

    /** Elemental iron per tablet, mg. */
    public double elementalMg() {
        return elementalMg;
    }

    public String source() {
        return source;
    }

    /** The product with this display name (case and spacing ignored), if any. */
    public static Optional<OralProduct> find(String name) {
        String wanted = normalise(name);
        for (OralProduct p : values()) {
            if (normalise(p.displayName).equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
