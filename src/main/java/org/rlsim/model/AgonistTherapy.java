package org.rlsim.model;

import java.util.List;

/**
 * Dopamine-agonist therapy: the drugs' pharmacokinetics ({@link AgonistDrug}), the symptom relief they
 * give within days, and augmentation, the paradoxical worsening that builds up over months to years.
 * It treats the symptom, not the cause: brain iron and the dopaminergic disturbance are untouched.
 * <pre>
 *   receptor drive  x = Σ C_i / EC50_i                       (C in ng/mL; competing full agonists)
 *   occupancy       occ = x / (1 + x)
 *   stimulation     dS/dt = ln2/t½S · (occ − S)              (S: 0–1; relief follows the drug within days)
 *   hazard          h = h₀ · S/(1 − S) · m(F)                (per year; S/(1−S) ≈ the smoothed drive x,
 *                                                             so the hazard is proportional to the dose)
 *   low ferritin    m(F) = 1 + (HR − 1) / (1 + (F/F₇₅)⁴)     (F: serum ferritin, ng/mL)
 *   augmented       dP/dt = h · (1 − P)                      (P: fraction of patients augmented, 0–1)
 *   symptoms        U = untreated value (score 0–40 or urge 0–10, maximum M)
 *     relieved      U · (1 − Emax·S)
 *     augmented     U + a·S·(M − U)                          (worse than before treatment while on the drug)
 *     expected      (1 − P)·relieved + P·augmented
 * </pre>
 * A deterministic model has no individual patients, so augmentation is represented as the fraction P
 * of a population that has developed it: the cumulative incidence of a Kaplan–Meier curve (Silver
 * 2011). P only grows while a drug is taken and stays where it is after the drug is stopped (those who
 * augmented did augment); their augmented symptoms, though, need the drug and fade with S after
 * withdrawal. Virtual patients turn P into individual events, each at its own time (org.rlsim.population.Cohort).
 * Drug amounts are mg of drug and never enter the iron balance.
 */
public final class AgonistTherapy implements Mechanism {
    private static final AgonistDrug[] DRUGS = AgonistDrug.values();
    private static final Power FOURTH_POWER = new Power(4);
    /** Hours per Julian year, for the hazard given per year. */
    /** Largest stimulation used in the hazard, so S/(1 − S) stays finite; above any dose in use (occupancy 0.999). */
    private static final double MAX_HAZARD_STIMULATION = 0.999;

    public static final Parameter MAX_RELIEF = Parameter.of("agonist.max_relief", "1", 0.25, 0, 1,
            "Largest fraction of the RLS symptoms a dopamine agonist removes (at full receptor stimulation)",
            "fitted: pramipexole vs placebo IRLS −4.64 (95% CI −5.95 to −3.33) over ≈11 weeks (Liu 2016 meta-analysis,"
            + " Clin Ther 38:162); −3.5 to −4.7 at 0.25–0.75 mg, 12 weeks (Winkelman 2006)", Grade.FITTED);
    public static final Parameter RESPONSE_HALF_TIME = Parameter.of("agonist.response_half_time_d", "d", 1, 0.05, 30,
            "Half-time with which symptom relief follows the drug's receptor occupancy",
            "relief within days of the first dose; IRLS rates the past week; illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter HAZARD = Parameter.of("agonist.augmentation_hazard_per_year", "1/yr", 0.018, 0, 5,
            "Augmentation hazard per year at a receptor drive of 1 (drug concentration equal to its EC50)",
            "fitted to T18: ≈7%/yr on pramipexole, constant after year 1 (Silver 2011, Sleep Med 12:440), ≈8%/yr"
            + " (Allen 2011, Sleep Med 12:431); proportional to the dose (augmentation rises with dose)", Grade.FITTED);
    public static final Parameter LOW_FERRITIN_HAZARD_RATIO = Parameter.of("agonist.low_ferritin_hazard_ratio", "1", 2, 1, 10,
            "How many times higher the augmentation hazard is when serum ferritin is well below the threshold",
            "ferritin < 50–75 µg/L associated with augmentation (Trenkwalder 2008; Frauscher 2009; grade C in"
            + " physiology.md); size illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter LOW_FERRITIN_THRESHOLD = Parameter.of("agonist.low_ferritin_threshold_ng_ml", "ng/mL", 75,
            1, 1000, "Serum ferritin at which the augmentation hazard is raised by half the low-ferritin ratio",
            "ferritin < 50–75 µg/L (Trenkwalder 2008; Frauscher 2009); the 75 ng/mL iron-treatment threshold (AASM 2024)",
            Grade.ILLUSTRATIVE);
    public static final Parameter AUGMENTATION_SEVERITY = Parameter.of("agonist.augmentation_severity", "1", 0.5, 0, 1,
            "How far towards the worst symptoms an augmented patient goes at full stimulation (fraction of the way)",
            "augmentation: symptoms more severe than before treatment, earlier in the day (MPI criteria,"
            + " García-Borreguero 2007); size illustrative", Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(MAX_RELIEF, RESPONSE_HALF_TIME, HAZARD, LOW_FERRITIN_HAZARD_RATIO,
            LOW_FERRITIN_THRESHOLD, AUGMENTATION_SEVERITY);

    private final Blood blood;
    private final double[] absorptionPerH = new double[AgonistDrug.COUNT];
    private final double[] bioavailability = new double[AgonistDrug.COUNT];
    private final double[] eliminationPerH = new double[AgonistDrug.COUNT];
    /** Plasma concentration per mg in the body: 1000/V, (ng/mL)/mg. */
    private final double[] ngPerMlPerMg = new double[AgonistDrug.COUNT];
    /** Receptor drive per mg in the body: 1000/(V·EC50), 1/mg. */
    private final double[] drivePerMg = new double[AgonistDrug.COUNT];
    private final double maxRelief;
    private final double responsePerH;
    private final double hazardPerYear;
    private final double lowFerritinExtra;
    private final double ferritinThreshold;
    private final double severity;

    public AgonistTherapy(ParameterSet p, Blood blood) {
        this.blood = blood;
        for (AgonistDrug d : DRUGS) {
            int i = d.ordinal();
            if (d.route() == AgonistDrug.Route.TABLET) {
                absorptionPerH[i] = Math.log(2) / p.get(d.absorptionHalfTime());
                bioavailability[i] = p.get(d.bioavailability());
            }
            eliminationPerH[i] = Math.log(2) / p.get(d.halfLife());
            ngPerMlPerMg[i] = 1000 / p.get(d.volume());
            drivePerMg[i] = ngPerMlPerMg[i] / p.get(d.ec50());
        }
        maxRelief = p.get(MAX_RELIEF);
        responsePerH = Math.log(2) / (p.get(RESPONSE_HALF_TIME) * 24);
        hazardPerYear = p.get(HAZARD);
        lowFerritinExtra = p.get(LOW_FERRITIN_HAZARD_RATIO) - 1;
        ferritinThreshold = p.get(LOW_FERRITIN_THRESHOLD);
        severity = p.get(AUGMENTATION_SEVERITY);
    }

    /** True when no agonist is in the body, in a depot, delivered by a patch, or has left any effect. */
    private static boolean untreated(ModelState s, Inputs inputs) {
        for (AgonistDrug d : DRUGS) {
            if (s.agonistDepotMg(d) != 0 || s.agonistCentralMg(d) != 0 || inputs.agonistRate(d) != 0) {
                return false;
            }
        }
        return s.signal(Signal.AGONIST_STIMULATION) == 0 && s.signal(Signal.AUGMENTATION) == 0;
    }

    /** Total plasma concentration of the dopamine agonists, ng/mL (mg/L × 1000). */
    public double plasmaNgPerMl(ModelState s) {
        double sum = 0;
        for (AgonistDrug d : DRUGS) {
            sum += ngPerMlPerMg[d.ordinal()] * Math.max(0, s.agonistCentralMg(d));
        }
        return sum;
    }

    /** Receptor occupancy by all agonists in the body, 0–1, at this moment. */
    public double occupancy(ModelState s) {
        double drive = 0;
        for (AgonistDrug d : DRUGS) {
            drive += drivePerMg[d.ordinal()] * Math.max(0, s.agonistCentralMg(d));
        }
        return drive / (1 + drive);
    }

    /** Augmentation hazard, per year, at this state (0 without a drug). */
    public double hazardPerYear(ModelState s) {
        double stimulation = Math.min(MAX_HAZARD_STIMULATION, Math.max(0, s.signal(Signal.AGONIST_STIMULATION)));
        double ferritin = blood.ferritinNgPerMl(s);
        double lowFerritin = 1 + lowFerritinExtra / (1 + FOURTH_POWER.of(Math.max(0, ferritin) / ferritinThreshold));
        return hazardPerYear * stimulation / (1 - stimulation) * lowFerritin;
    }

    /**
     * The population's expected value of a symptom measure under agonist therapy.
     *
     * @param untreated the value without any agonist, 0 to {@code maximum} (symptom score or urge)
     * @param maximum   the top of the measure's scale (40 for the score, 10 for the urge)
     * @return (1 − P)·relieved + P·augmented, as in the class description; {@code untreated} when no drug
     *         was ever taken
     */
    public double expectedSymptoms(double untreated, double maximum, ModelState s) {
        double stimulation = Math.min(1, Math.max(0, s.signal(Signal.AGONIST_STIMULATION)));
        double augmented = Math.min(1, Math.max(0, s.signal(Signal.AUGMENTATION)));
        double relieved = untreated * (1 - maxRelief * stimulation);
        double worse = untreated + severity * stimulation * (maximum - untreated);
        return (1 - augmented) * relieved + augmented * worse;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        if (untreated(s, inputs)) {
            return; // no drug ever given: every rate below is zero (the common case, skipped for speed)
        }
        for (AgonistDrug d : DRUGS) {
            int i = d.ordinal();
            double gut = Math.max(0, s.agonistDepotMg(d));
            double absorbed = absorptionPerH[i] * gut;
            double eliminated = eliminationPerH[i] * Math.max(0, s.agonistCentralMg(d));
            flows.agonistRates(d, -absorbed, bioavailability[i] * absorbed + inputs.agonistRate(d) - eliminated);
        }
        flows.signalRate(Signal.AGONIST_STIMULATION, responsePerH * (occupancy(s) - s.signal(Signal.AGONIST_STIMULATION)));
        double augmented = Math.min(1, Math.max(0, s.signal(Signal.AUGMENTATION)));
        flows.signalRate(Signal.AUGMENTATION, hazardPerYear(s) / TimeUnits.YEAR_H * (1 - augmented));
    }
}
