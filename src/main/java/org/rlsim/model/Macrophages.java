package org.rlsim.model;

import java.util.List;

/**
 * Macrophages (the reticulo-endothelial system) in two pools: a small <em>labile</em> pool M that
 * receives the iron of senescent red cells and exports it to transferrin within hours, and a
 * <em>storage</em> pool R (ferritin, haemosiderin and the iron cores of cleared IV iron complexes)
 * that is released into the labile pool over weeks.
 * <pre>
 *   export  = ke · M · fpn(H) · apoTf                 (labile macrophage iron leaves)
 *   n       = clamp((TSAT − s_NTBI)/(1 − s_NTBI), 0, 1)
 *   to plasma = (1 − n) · export;  NTBI = n · export  (→ liver stores)
 *   release = kR · R                                  (storage → labile)
 * </pre>
 * When transferrin is nearly full, iron that ferroportin exports cannot bind it: it circulates as
 * non-transferrin-bound iron (NTBI) and is cleared by hepatocytes within minutes, into liver storage.
 * Above a saturation of {@value #NTBI_FROM_TSAT} the share n of the export that finds no free transferrin
 * grows to all of it at full saturation. NTBI therefore appears only above that saturation (never at a
 * steady state), after a labile IV product or a large oral dose; the export itself is as before, so the
 * macrophages never drain more slowly when saturation falls.
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

    /**
     * Transferrin saturation above which exported iron starts to circulate unbound (NTBI), fraction: NTBI is
     * found when saturation exceeds about 70–75% (general knowledge, not in physiology.md; Garbowski 2021
     * measured NTBI after IV iron in hypoferraemic patients).
     */
    static final double NTBI_FROM_TSAT = 0.7;


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
        double tsat = blood.tsat(s);
        double exported = exportPerH * Math.max(0, s.amount(Compartment.MACROPHAGE))
                * hepcidin.ferroportinActivity(s.signal(Signal.HEPCIDIN));
        double export = exported * blood.apoTransferrin(tsat);
        double unbound = Math.min(1, Math.max(0, (tsat - NTBI_FROM_TSAT) / (1 - NTBI_FROM_TSAT)));
        flows.move(Compartment.MACROPHAGE, Compartment.PLASMA, (1 - unbound) * export);
        if (unbound > 0) {
            flows.move(Compartment.MACROPHAGE, Compartment.STORES, unbound * export);
        }
        flows.move(Compartment.MACROPHAGE_STORE, Compartment.MACROPHAGE,
                releasePerH * Math.max(0, s.amount(Compartment.MACROPHAGE_STORE)));
    }
}
