package org.rlsim.model;

import java.util.List;

/**
 * Macrophages recycle the iron of senescent red cells and of cleared IV iron complexes. They export
 * iron to transferrin through ferroportin, saturably and blocked by hepcidin, and slowly hand surplus
 * iron on to the storage pool.
 * <pre>
 *   export   = Vmax · M/(Km + M) · fpn(H) · apoTf   (macrophage → plasma)
 *   transfer = k · M                          (macrophage → stores)
 * </pre>
 */
public final class Macrophages implements Mechanism {
    public static final Parameter EXPORT_MAX = Parameter.of("macrophage.export_max_mg_per_d", "mg/d", 300, 1, 3000,
            "Largest macrophage iron export at baseline hepcidin",
            "recycling ≈20–25 mg/d at steady state (Saito 2014); capacity fitted to T13: TSAT stays ≈65% a week after "
            + "1000 mg FCM despite raised hepcidin (Santer 2020)", Grade.FITTED);
    public static final Parameter EXPORT_KM = Parameter.of("macrophage.export_km_mg", "mg", 30, 1, 2000,
            "Macrophage iron at half-maximal export", "illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TO_STORES = Parameter.of("macrophage.to_stores_per_d", "1/d", 0.002, 0, 1,
            "Fraction of macrophage iron handed to the storage pool per day",
            "fitted to T13: ferritin stays high for weeks after 1000 mg FCM (Santer 2020); Earley 2004 'greater than "
            + "predicted' ferritin after IV iron", Grade.FITTED);

    static final List<Parameter> PARAMETERS = List.of(EXPORT_MAX, EXPORT_KM, TO_STORES);

    private final Hepcidin hepcidin;
    private final Blood blood;
    private final double exportMaxPerH;
    private final double exportKm;
    private final double toStoresPerH;

    public Macrophages(ParameterSet p, Hepcidin hepcidin, Blood blood) {
        this.hepcidin = hepcidin;
        this.blood = blood;
        exportMaxPerH = p.get(EXPORT_MAX) / 24;
        exportKm = p.get(EXPORT_KM);
        toStoresPerH = p.get(TO_STORES) / 24;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double m = Math.max(0, s.amount(Compartment.MACROPHAGE));
        double fpn = hepcidin.ferroportinActivity(s.signal(Signal.HEPCIDIN))
                * blood.apoTransferrin(blood.tsat(s.amount(Compartment.PLASMA)));
        flows.move(Compartment.MACROPHAGE, Compartment.PLASMA, exportMaxPerH * m / (exportKm + m) * fpn);
        flows.move(Compartment.MACROPHAGE, Compartment.STORES, toStoresPerH * m);
    }
}
