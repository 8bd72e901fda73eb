package org.rlsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Dopamine agonists used in RLS, with their pharmacokinetics (one compartment, first-order elimination;
 * tablets with first-order absorption, the patch as a constant input while worn) and their potency at
 * the D2/D3 receptor. Amounts are in mg of drug (never iron); concentrations in ng/mL.
 * <pre>
 *   tablet:  dA_gut/dt = −ka·A_gut        dA_c/dt = F·ka·A_gut − ke·A_c      ka = ln2/t½abs, ke = ln2/t½
 *   patch:   dA_c/dt = dose/24 h (while worn) − ke·A_c
 *   C (ng/mL) = 1000 · A_c (mg) / V (L)
 * </pre>
 * Potency: the plasma concentration giving half the maximal receptor effect (EC50). Pramipexole's is
 * set so that 0.25 mg gives most of the relief of 0.75 mg (flat dose–response, Winkelman 2006); the
 * others so that doses equal in levodopa equivalents (pramipexole ×100, ropinirole ×20, rotigotine ×30;
 * Tomlinson 2010) give the same mean concentration/EC50: 0.5 mg pramipexole ≈ 2.5 mg ropinirole ≈
 * 1.67 mg/24 h rotigotine. They are illustrative, not measured receptor constants.
 */
public enum AgonistDrug {
    PRAMIPEXOLE("pramipexole", Route.TABLET, 10, 486, 0.9, 0.5, 0.1,
            "t½ 8 h (young) to 12 h (elderly), Tmax 1–3 h, F > 90%, V ≈ 400 L (Sifrol/Mirapex label, Swiss Fachinformation); "
            + "V 486 ± 93 L, t½ 12.9 h (Wright 1997, J Clin Pharmacol 37:520)"),
    ROPINIROLE("ropinirole", Route.TABLET, 6, 525, 0.5, 0.5, 0.15,
            "t½ ≈ 6 h, F ≈ 50% (36–57%), Tmax 1.5 h (Kaye & Nicholls 2000, Clin Pharmacokinet 39:243; Requip label); "
            + "V 7.5 L/kg × 70 kg (Requip label)"),
    ROTIGOTINE("rotigotine", Route.PATCH, 5, 2500, 1, 0, 0.036,
            "24-h patch, plasma profile like a continuous infusion; terminal t½ 5–7 h after removal; V > 2500 L "
            + "(Elshoff 2015, Drugs 75:487); dose = nominal mg delivered per 24 h");

    /** How the drug is given. */
    public enum Route {
        /** Swallowed at once; absorbed first-order from the gut. */
        TABLET,
        /** A skin patch worn for 24 h, delivering its nominal dose at a constant rate. */
        PATCH
    }

    /** Hours a patch is worn (and delivers its nominal dose over). */
    public static final double PATCH_WEAR_H = 24;

    public static final int COUNT = values().length;

    private final String displayName;
    private final Route route;
    private final Parameter halfLife;
    private final Parameter volume;
    private final Parameter bioavailability;
    private final Parameter absorptionHalfTime;
    private final Parameter ec50;

    AgonistDrug(String displayName, Route route, double halfLifeH, double volumeL, double f, double absorptionH,
                double ec50NgPerMl, String source) {
        this.displayName = displayName;
        this.route = route;
        String prefix = "agonist." + displayName + ".";
        halfLife = Parameter.of(prefix + "half_life_h", "h", halfLifeH, 0.5, 100,
                "Elimination half-life of " + displayName, source, Grade.MEASURED);
        volume = Parameter.of(prefix + "volume_l", "L", volumeL, 10, 20_000,
                "Apparent volume of distribution of " + displayName, source, Grade.MEASURED);
        bioavailability = route == Route.PATCH ? null : Parameter.of(prefix + "bioavailability", "1", f, 0.01, 1,
                "Fraction of a swallowed " + displayName + " dose that reaches the circulation", source, Grade.MEASURED);
        absorptionHalfTime = route == Route.PATCH ? null : Parameter.of(prefix + "absorption_half_time_h", "h", absorptionH,
                0.05, 10, "Half-time of " + displayName + " absorption from the gut",
                "gives Tmax ≈ 1.5–2 h with the elimination half-life; " + source, Grade.DERIVED);
        ec50 = Parameter.of(prefix + "ec50_ng_ml", "ng/mL", ec50NgPerMl, 0.001, 100,
                "Plasma concentration of " + displayName + " giving half the maximal D2/D3 receptor effect",
                "pramipexole: flat dose–response 0.25–0.75 mg (Winkelman 2006, Neurology 67:1034); others equipotent"
                + " in levodopa equivalents (Tomlinson 2010, Mov Disord 25:2649); illustrative", Grade.ILLUSTRATIVE);
    }

    /** Name for people and scenario files, e.g. "pramipexole". */
    public String displayName() {
        return displayName;
    }

    public Route route() {
        return route;
    }

    public Parameter halfLife() {
        return halfLife;
    }

    public Parameter volume() {
        return volume;
    }

    /** Oral bioavailability; only for tablets. */
    public Parameter bioavailability() {
        return requireTablet(bioavailability);
    }

    /** Absorption half-time; only for tablets. */
    public Parameter absorptionHalfTime() {
        return requireTablet(absorptionHalfTime);
    }

    public Parameter ec50() {
        return ec50;
    }

    private Parameter requireTablet(Parameter p) {
        if (p == null) {
            throw new IllegalStateException(displayName + " is not a tablet");
        }
        return p;
    }

    static List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        for (AgonistDrug d : values()) {
            list.add(d.halfLife);
            list.add(d.volume);
            if (d.route == Route.TABLET) {
                list.add(d.bioavailability);
                list.add(d.absorptionHalfTime);
            }
            list.add(d.ec50);
        }
        return list;
    }
}
