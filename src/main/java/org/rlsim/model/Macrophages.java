package org.rlsim.model;

import java.util.List;

/**
 * Macrophages (the reticulo-endothelial system) in two pools: a small <em>labile</em> pool M that
 * receives the iron of senescent red cells and exports it to transferrin within hours, and a
 * <em>storage</em> pool R (ferritin, haemosiderin and the iron cores of cleared IV iron complexes)
 * that is released into the labile pool over weeks.
 * <pre>
 *   export  = ke · M · fpn(H) · apoTf   (labile → plasma)
 *   release = kR · R                    (storage → labile)
 * </pre>
 * Export is proportional to the labile iron, not saturable: iron loading induces macrophage
 * ferroportin (Delaby 2005, Blood 106:3979; Knutson 2005, PNAS 102:1324), so a macrophage full of IV
 * iron keeps transferrin highly saturated for weeks even though hepcidin rises about five-fold
 * (Santer 2020: TSAT 65% and hepcidin ×4.9 a week after 1000 mg FCM). IV iron enters R, not M: the
 * complex's iron-oxyhydroxide core is degraded in lysosomes and its iron stored in ferritin before it
 * is released (Henderson &amp; Hillman 1969, Blood 34:357: iron-dextran iron reaches haemoglobin over
 * weeks), which is why serum ferritin, secreted mainly by macrophages, stays high for two months.
 */
public final class Macrophages implements Mechanism {
    public static final Parameter EXPORT = Parameter.of("macrophage.export_per_d", "1/d", 10, 0.1, 100,
            "Fraction of labile macrophage iron exported to transferrin per day at baseline hepcidin and saturation",
            "recycling ≈20–25 mg/d (Saito 2014 Table 2) through a labile pool of a few mg (residence ≈2–3 h); linear "
            + "because iron loading induces macrophage ferroportin (Delaby 2005; Knutson 2005)", Grade.DERIVED);
    public static final Parameter STORAGE_RELEASE = Parameter.of("macrophage.storage_release_per_d", "1/d", 0.036, 0.001, 1,
            "Fraction of macrophage storage iron (ferritin, haemosiderin, IV iron cores) released to the labile pool per day",
            "fitted to T13 (Santer 2020): after 1000 mg FCM ferritin falls from ≈1150 to ≈400 µg/L between weeks 1 and 8 "
            + "while TSAT stays ≈65% at week 1 (half-time ≈24 d); IV iron-dextran iron reaches haemoglobin over weeks "
            + "(Henderson & Hillman 1969)", Grade.FITTED);

    static final List<Parameter> PARAMETERS = List.of(EXPORT, STORAGE_RELEASE);

    private final Hepcidin hepcidin;
    private final Blood blood;
    private final double exportPerH;
    private final double releasePerH;

    public Macrophages(ParameterSet p, Hepcidin hepcidin, Blood blood) {
        this.hepcidin = hepcidin;
        this.blood = blood;
        exportPerH = p.get(EXPORT) / 24;
        releasePerH = p.get(STORAGE_RELEASE) / 24;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double fpn = hepcidin.ferroportinActivity(s.signal(Signal.HEPCIDIN))
                * blood.apoTransferrin(blood.tsat(s.amount(Compartment.PLASMA)));
        flows.move(Compartment.MACROPHAGE, Compartment.PLASMA, exportPerH * Math.max(0, s.amount(Compartment.MACROPHAGE)) * fpn);
        flows.move(Compartment.MACROPHAGE_STORE, Compartment.MACROPHAGE,
                releasePerH * Math.max(0, s.amount(Compartment.MACROPHAGE_STORE)));
    }
}
