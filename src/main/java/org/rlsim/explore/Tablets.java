package org.rlsim.explore;

import java.util.Optional;
import org.rlsim.dosing.OralProduct;
import org.rlsim.dosing.RegimenItem;

/**
 * An oral item given as a number of tablets of a product, as a scenario file gives it with
 * {@code product:} and {@code tablets:}.
 *
 * @param product the tablet
 * @param count   tablets per dose, 1 to {@value #MAX}
 */
public record Tablets(OralProduct product, int count) {
    /** Most tablets per dose, as in a scenario file. */
    public static final int MAX = 20;

    /** The label the scenario loader gives such an item, e.g. "2 × ferrous sulfate 325 mg". */
    public String label() {
        return (count == 1 ? "" : count + " × ") + product.displayName();
    }

    /** Elemental iron per dose, mg. */
    public double elementalMg() {
        return count * product.elementalMg();
    }

    /** The tablets an oral item was made from, if its label and dose say so (else it was given by dose). */
    public static Optional<Tablets> of(RegimenItem.Oral oral) {
        for (OralProduct p : OralProduct.values()) {
            for (int n = 1; n <= MAX; n++) {
                Tablets t = new Tablets(p, n);
                if (t.label().equals(oral.label()) && t.elementalMg() == oral.elementalMg()) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
