package org.rlsim.model;

/**
 * Intravenous iron: infusions enter a product's complex compartment; macrophages clear the complex
 * first-order with the product's half-life, except a small labile fraction that transferrin takes up
 * directly. What macrophages do with the rest depends on how robust the complex is: the iron of a labile
 * complex (ferric gluconate, iron sucrose) is freed within hours into their labile pool, from which it
 * floods transferrin and, once transferrin is nearly full, reaches the liver as non-transferrin-bound
 * iron (see {@link Macrophages}); the core of a robust complex (iron dextran, ferumoxytol, FCM, ferric
 * derisomaltose) is stored and released over weeks, keeping transferrin saturation up for that long.
 * The kidneys excrete a small share u of the small labile complexes (iron sucrose, ferric gluconate: under
 * 5% of the dose), none of the robust ones.
 * <pre>
 *   clearance = ln2/t½ · C    split: u → urine (lost),
 *                                    (1 − u) · d → plasma, with d = labile · min(1, apoTf),
 *                                    (1 − u) · (1 − d) · f_fast → labile macrophage iron,
 *                                    (1 − u) · (1 − d) · (1 − f_fast) → macrophage storage
 * </pre>
 */
public final class IvIron implements Mechanism {
    private static final IvProduct[] PRODUCTS = IvProduct.values();
    private final Blood blood;
    private final double[] clearancePerH = new double[IvProduct.values().length];
    private final double[] labile = new double[IvProduct.values().length];
    private final double[] fast = new double[IvProduct.values().length];
    private final double[] urinary = new double[IvProduct.values().length];

    public IvIron(ParameterSet p, Blood blood) {
        this.blood = blood;
        for (IvProduct product : PRODUCTS) {
            clearancePerH[product.ordinal()] = Math.log(2) / p.get(product.halfLife());
            labile[product.ordinal()] = p.get(product.labileFraction());
            fast[product.ordinal()] = p.get(product.fastReleaseFraction());
            urinary[product.ordinal()] = p.get(product.urinaryFraction());
        }
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double apoTf = Math.min(1, blood.apoTransferrin(blood.tsat(s)));
        for (IvProduct product : PRODUCTS) {
            int i = product.ordinal();
            Compartment complex = product.compartment();
            double rate = inputs.infusionRate(product);
            double amount = s.amount(complex);
            if (rate > 0) {
                flows.infuse(complex, rate);
            } else if (!(amount > 0)) {
                continue; // a product not given: no flow (the common case, skipped for speed)
            }
            double clearedTotal = clearancePerH[i] * Math.max(0, amount);
            flows.move(complex, Compartment.LOST, urinary[i] * clearedTotal);
            double cleared = (1 - urinary[i]) * clearedTotal;
            double direct = labile[i] * apoTf;
            flows.move(complex, Compartment.PLASMA, direct * cleared);
            flows.move(complex, Compartment.MACROPHAGE, (1 - direct) * fast[i] * cleared);
            flows.move(complex, Compartment.MACROPHAGE_STORE, (1 - direct) * (1 - fast[i]) * cleared);
        }
    }
}
