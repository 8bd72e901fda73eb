package org.rlsim.model;

import java.util.List;

/**
 * Storage iron (ferritin and haemosiderin, mainly in the liver): taken up from transferrin in
 * proportion to the plasma pool, released through ferroportin in proportion to the stores and
 * blocked by hepcidin.
 * <pre>
 *   uptake  = ku · P            (plasma → stores)
 *   release = kr · S · fpn(H) · apoTf   (stores → plasma)
 * </pre>
 */
public final class IronStores implements Mechanism {
    public static final Parameter UPTAKE = Parameter.of("stores.uptake_per_d", "1/d", 3, 0, 100,
            "Fraction of the plasma iron pool taken into stores per day",
            "non-erythroid turnover ≈10 mg/d of plasma iron turnover 30 mg/d (Saito 2014 Table 2)", Grade.DERIVED);
    public static final Parameter RELEASE = Parameter.of("stores.release_per_d", "1/d", 0.01, 0, 1,
            "Fraction of storage iron released to plasma per day at baseline hepcidin",
            "storage turnover ≈7–10 mg/d of ≈1000 mg (Saito 2014 Table 2)", Grade.DERIVED);

    static final List<Parameter> PARAMETERS = List.of(UPTAKE, RELEASE);

    private final Hepcidin hepcidin;
    private final Blood blood;
    private final double uptakePerH;
    private final double releasePerH;

    public IronStores(ParameterSet p, Hepcidin hepcidin, Blood blood) {
        this.hepcidin = hepcidin;
        this.blood = blood;
        uptakePerH = p.get(UPTAKE) / 24;
        releasePerH = p.get(RELEASE) / 24;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double fpn = hepcidin.ferroportinActivity(s.signal(Signal.HEPCIDIN))
                * blood.apoTransferrin(blood.tsat(s));
        flows.move(Compartment.PLASMA, Compartment.STORES, uptakePerH * Math.max(0, s.amount(Compartment.PLASMA)));
        flows.move(Compartment.STORES, Compartment.PLASMA, releasePerH * Math.max(0, s.amount(Compartment.STORES)) * fpn);
    }
}
