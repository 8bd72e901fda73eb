package org.rlsim.calibration;

import static org.rlsim.calibration.Experiments.NONE;
import static org.rlsim.calibration.Experiments.f;
import static org.rlsim.model.TimeUnits.DAY_H;
import static org.rlsim.model.TimeUnits.WEEK_H;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.rlsim.calibration.Lab.Baseline;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.population.Locus;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.Trajectory;

/**
 * Every other published number of physiology.md that the model can produce, beside the model's value,
 * <em>without</em> pass or fail: the numbers no target was fitted to. It is how a reader judges whether
 * the model generalises. Each entry names the reference fact, its source and the model experiment that
 * produces it (a calibration scenario of {@code scenarios/calibration/} or a patient's steady state).
 */
public final class Scorecard {
    /**
     * One row of the scorecard.
     *
     * @param topic      the reference section, e.g. "Oral iron"
     * @param fact       the published fact, in words
     * @param source     where it comes from
     * @param published  the published value, with its unit
     * @param experiment what the model was given to produce its value
     * @param model      the model's value, with its unit
     */
    public record Entry(String topic, String fact, String source, String published, String experiment, String model) {
        public Entry {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(experiment, "experiment");
            Objects.requireNonNull(model, "model");
        }
    }

    private record Item(String topic, String fact, String source, String published, String experiment,
                        Supplier<String> model) {
        Entry measure() {
            return new Entry(topic, fact, source, published, experiment, model.get());
        }
    }

    private Scorecard() {
    }

    private static final String BODY = "Body iron";
    private static final String ORAL = "Oral iron";
    private static final String IV = "IV iron";
    private static final String TRIALS = "RLS trials";
    private static final String GENETICS = "Genetics";

    private static final String T14 = "t14-fcm-rls";
    private static final String FCM = "FCM 1000 mg";
    private static final String PREGNANCY = "s-pregnancy";

    /** Measures every entry, in the order of physiology.md. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Item item : ITEMS) {
            out.add(item.measure());
        }
        return out;
    }

    private static final List<Item> ITEMS = List.of(
            new Item(BODY, "Storage iron, men / women", "Gordeuk 2008 (HEIRS); ISBT review", "≈0.8 g / ≈0.4 g (≈1000 / ≈300 mg)",
                    "steady state of healthy-man, healthy-woman",
                    () -> f("%.2f g / %.2f g", storage("healthy-man") / 1000, storage("healthy-woman") / 1000)),
            new Item(BODY, "Mean serum ferritin, men / women", "Jacobs 1972", "69 / 35 µg/L",
                    "steady state of healthy-man, healthy-woman",
                    () -> f("%.0f / %.0f µg/L", baseline("healthy-man", Observable.SERUM_FERRITIN),
                            baseline("healthy-woman", Observable.SERUM_FERRITIN))),
            new Item(BODY, "Plasma Tf-Fe clearance half-time across patients", "Clin Sci 1970;38:783", "15.6–350 min",
                    "steady state of every patient archetype", Scorecard::clearanceHalfTimes),
            new Item(BODY, "Maximal absorption with depleted stores (repeated donors)",
                    "repeated-donation study (AJCN); ISBT review", "≈3.5–4 mg/d (men 4.1)", "steady state of frequent-donor",
                    () -> f("%.2f mg/d (ferritin %.0f µg/L)", absorptionPerDay("frequent-donor"),
                            baseline("frequent-donor", Observable.SERUM_FERRITIN))),
            new Item(BODY, "Day–night swing of serum iron (healthy)", "physiology.md note 6; Ridefelt 2010",
                    "modest, ≤20–30%", "healthy-man, untreated, one day", Scorecard::serumIronSwing),
            new Item(BODY, "Hb recovery after a donation", "ISBT review; Blood Adv 2017",
                    "80% of the drop after ≈5 months in many donors", "t27-donation (iron-replete man)",
                    () -> RoundTwo.T27.run().modelValue()),
            new Item(BODY, "Days to recover 80% of the Hb drop after 500 mL, iron-replete donors (ferritin >26), without / "
                    + "with 37.5 mg/d oral iron", "Kiss 2015 (JAMA 313:575, RCT)", "78 / 31 days",
                    "t27-donation (iron-replete man), arms Donation and Donation + iron", () -> f("%.0f / %.0f days",
                            RoundTwo.DonationRecovery.of(Lab.arm("t27-donation", "Donation")).recoveredH() / DAY_H,
                            RoundTwo.DonationRecovery.of(Lab.arm("t27-donation", "Donation + iron")).recoveredH() / DAY_H)),
            new Item(BODY, "Red-cell mass gained by week 36 of pregnancy, without / with iron", "Taylor & Lind 1979",
                    "+180 / +349 mL of red cells (≈+11% / +22% of the model woman's 1.6 L)",
                    "s-pregnancy (healthy-woman; iron arm 65 mg/d from week 12)", () -> f("%+.0f%% / %+.0f%% red-cell iron",
                            redCellGainPct("No iron"), redCellGainPct("Iron from week 12"))),
            new Item(BODY, "Fall of haemoglobin from the first to the third trimester", "Churchill 2019",
                    "14 g/L (11%)", "s-pregnancy (healthy-woman, no iron; week 10 vs week 32)", () -> {
                        Trajectory t = Lab.arm(PREGNANCY, "No iron");
                        double first = t.valueAt(Observable.HB, 10 * WEEK_H);
                        double third = t.valueAt(Observable.HB, 32 * WEEK_H);
                        return f("%.0f g/L (%.0f%%; %.1f → %.1f g/dL)", 10 * (first - third), 100 * (1 - third / first), first, third);
                    }),
            new Item(ORAL, "60 mg doses absorbed in Moretti's studies 2 and 3", "Moretti 2015 Table 2",
                    "10.2–13.8 mg", "t07-single-dose, 60 mg, iron-deficient-woman",
                    () -> f("%.1f mg", Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "60 mg"), 3 * DAY_H))),
            new Item(ORAL, "Absorption on days 2 and 5 vs day 3 (100 mg, iron-deficiency anaemia)", "Stoffel 2020",
                    "days 2 and 5 40–50% higher than day 3", "s-stoffel-2020", Scorecard::stoffel2020),
            new Item(ORAL, "Adaptation of diet absorption after 12 weeks of 50 mg/d, mixed adults", "Hunt & Roughead 1999",
                    "×0.64 (5.0% → 3.2%)", "t23-adaptation, healthy-woman", Scorecard::repleteAdaptation),
            new Item(IV, "Serum iron at week 1 and week 8 after FCM ≈1000 mg", "Santer 2020 Table 2",
                    "16.5 → 28.8 → 17.3 µmol/L", "t13-fcm-ferritin (healthy-man)", () -> {
                        Trajectory t = Lab.arm("t13-fcm-ferritin", FCM);
                        return f("%.1f → %.1f → %.1f µmol/L", t.value(Observable.SERUM_IRON, 0),
                                t.valueAt(Observable.SERUM_IRON, 8 + WEEK_H), t.valueAt(Observable.SERUM_IRON, 8 + 8 * WEEK_H));
                    }),
            new Item(IV, "Ferritin rise at day 35 after FCM ≤1500 mg in iron-deficiency anaemia", "Injectafer label (grade B)",
                    "+218 to +264 ng/mL", "t21-fcm-ida-rls, FCM 1500 mg", () -> {
                        Trajectory t = Lab.arm("t21-fcm-ida-rls", "FCM 1500 mg");
                        return f("%+.0f ng/mL", t.valueAt(Observable.SERUM_FERRITIN, 8 + 35 * DAY_H)
                                - t.value(Observable.SERUM_FERRITIN, 0));
                    }),
            new Item(IV, "Ferritin decline after 1000 mg IV iron, between courses", "Earley 2005",
                    "6.6 → 2.3 µg/L per week across courses", "t14-fcm-rls, weeks 8–26 and 26–52", () -> {
                        Trajectory t = Lab.arm(T14, FCM);
                        return f("%.1f µg/L/wk (weeks 8–26), %.1f µg/L/wk (weeks 26–52)",
                                declinePerWeek(t, 8, 26), declinePerWeek(t, 26, 51));
                    }),
            new Item(IV, "Iron sucrose 1000 mg in haemodialysis, 2 weeks after: ferritin, TSAT, Hb vs placebo", "Deng 2017",
                    "+228 µg/L; +26 points; +14 g/L", "s-iron-sucrose-dialysis (ckd-dialysis, 5 × 200 mg)", Scorecard::deng2017),
            new Item(TRIALS, "IRLS in the FCM arm at week 6 (treatment plus placebo response)", "Cho 2016",
                    "−11.9 points", "t14-fcm-rls (no placebo response in the model)",
                    () -> f("%+.1f points", change(T14, FCM, 6 * WEEK_H))),
            new Item(TRIALS, "IRLS after FCM 1000 mg: week 6, week 24", "Kim 2023",
                    "29.7 → 19.5 → 21.3", "t14-fcm-rls (rls-normal-iron)", () -> {
                        Trajectory t = Lab.arm(T14, FCM);
                        return f("%.1f → %.1f → %.1f", t.value(Observable.SYMPTOM_SCORE, 0),
                                t.valueAt(Observable.SYMPTOM_SCORE, 8 + 6 * WEEK_H), t.valueAt(Observable.SYMPTOM_SCORE, 8 + 24 * WEEK_H));
                    }),
            new Item(TRIALS, "Brain (putamen QSM) iron from week 6 to week 24 after FCM 1000 mg", "Kim 2023",
                    "−10% (69.4 → 62.5 ppb)", "t14-fcm-rls", () -> {
                        Trajectory t = Lab.arm(T14, FCM);
                        double w6 = t.valueAt(Observable.BRAIN_IRON, 8 + 6 * WEEK_H);
                        return f("%+.1f%%", 100 * (t.valueAt(Observable.BRAIN_IRON, 8 + 24 * WEEK_H) / w6 - 1));
                    }),
            new Item(TRIALS, "IRLS in the FCM arm at day 28 (Allen) and day 42 (Earley)", "Allen 2011; Earley 2024",
                    "−8.9; −8.0 points", "t19-fcm-2x500, t20-fcm-2x750 (no placebo response)",
                    () -> f("%+.1f; %+.1f points", change("t19-fcm-2x500", "FCM 2 x 500 mg", 28 * DAY_H),
                            change("t20-fcm-2x750", "FCM 2 x 750 mg", 42 * DAY_H))),
            new Item(TRIALS, "IRLS in the FCM arm at week 6, RLS with iron-deficiency anaemia", "Bae 2021",
                    "−13.5 points", "t21-fcm-ida-rls", () -> f("%+.1f points", change("t21-fcm-ida-rls", "FCM 1500 mg", 42 * DAY_H))),
            new Item(TRIALS, "FCM 1000 mg in RLS with iron deficiency (not anaemic): drug − placebo at week 6 and week 12",
                    "Allen 2011; Earley 2024 (non-anaemic trials)", "−3.2 to −4.9 points",
                    "t22-fcm-500-open, FCM 1000 mg arm (rls-iron-deficient)", Scorecard::ironDeficientResponder),
            new Item(TRIALS, "Duration of benefit after 1 g iron dextran", "Ondo 2010",
                    "15.8 ± 17.7 weeks (1–60)", "t14-fcm-rls (half the benefit lost)",
                    () -> Experiments.t15a().modelValue()),
            new Item(GENETICS, "Odds ratio of RLS per BTBD9 risk allele (rs3923809)", "Stefansson 2007",
                    "1.8 (Iceland), 1.5 (USA)", "s-genotype-odds-ratios (3000 healthy-woman + 3000 healthy-man, genotypes"
                    + " drawn; allelic, cases: score above 10); BTBD9's factor is fitted to ferritin, MEIS1's to its 1.74",
                    () -> oddsRatio(Locus.BTBD9)));

    /** The allelic odds ratio at a locus in s-genotype-odds-ratios, both arms together, with its interval. */
    private static String oddsRatio(Locus locus) {
        ScenarioResult result = Lab.scenario("s-genotype-odds-ratios");
        Readouts.Estimate or = Readouts.allelicOddsRatio(result.cohorts(), locus, result.scenario().durationH());
        return f("%.2f (95%% CI %.2f–%.2f)", or.value(), or.low(), or.high());
    }

    private static Baseline b(String patient) {
        return Lab.baseline(patient);
    }

    private static double baseline(String patient, Observable o) {
        return b(patient).value(o);
    }

    private static double storage(String patient) {
        Baseline x = b(patient);
        return x.amount(Compartment.STORES) + x.amount(Compartment.MACROPHAGE) + x.amount(Compartment.MACROPHAGE_STORE);
    }

    private static String clearanceHalfTimes() {
        StringBuilder s = new StringBuilder();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Patient p : Patient.all()) {
            Baseline x = b(p.id());
            double half = Math.log(2) * x.amount(Compartment.PLASMA) / x.outflowPerDay(Compartment.PLASMA) * 24 * 60;
            lo = Math.min(lo, half);
            hi = Math.max(hi, half);
        }
        return s.append(f("%.0f–%.0f min across the %d archetypes", lo, hi, Patient.all().size())).toString();
    }

    private static double absorptionPerDay(String patient) {
        Baseline x = b(patient);
        Trajectory t = new Simulator().run(x.model(), x.state().copy(), List.of(), 10 * DAY_H, 10 * DAY_H);
        return t.value(Observable.CUM_ABSORBED, t.size() - 1) / 10;
    }

    private static String serumIronSwing() {
        Baseline x = b("healthy-man");
        Trajectory t = new Simulator().run(x.model(), x.state().copy(), List.of(), DAY_H, 0.25);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double peakH = 0;
        for (int row = 0; row < t.size(); row++) {
            double v = t.value(Observable.SERUM_IRON, row);
            lo = Math.min(lo, v);
            if (v > hi) {
                hi = v;
                peakH = t.timeH(row);
            }
        }
        return f("%.0f%% (high %.1f, low %.1f µmol/L; highest at %02.0f:%02.0f)", 100 * (hi - lo) / hi, hi, lo,
                Math.floor(peakH), 60 * (peakH - Math.floor(peakH)));
    }

    /** Red-cell iron at week 36 of the pregnancy relative to before it, %. */
    private static double redCellGainPct(String arm) {
        Trajectory t = Lab.arm(PREGNANCY, arm);
        return 100 * (t.amount(Compartment.RED_CELLS, t.rowAt(36 * WEEK_H)) / t.amount(Compartment.RED_CELLS, 0) - 1);
    }

    private static String stoffel2020() {
        Trajectory t = Lab.arm("s-stoffel-2020", "Days 2, 3 and 5");
        List<Double> doses = Lab.oralDoseTimes(t);
        double[] absorbed = new double[3];
        for (int i = 0; i < 3; i++) {
            double from = doses.get(i) - 0.01;
            double to = doses.get(i) + DAY_H - 0.01;
            absorbed[i] = Lab.absorbedFromDoses(t, to) - Lab.absorbedFromDoses(t, from);
        }
        return f("day 2 %+.0f%%, day 5 %+.0f%% vs day 3 (%.1f, %.1f, %.1f mg)", 100 * (absorbed[0] / absorbed[1] - 1),
                100 * (absorbed[2] / absorbed[1] - 1), absorbed[0], absorbed[1], absorbed[2]);
    }

    private static String repleteAdaptation() {
        double before = RoundTwo.dietAbsorbed(Lab.arm("t23-adaptation", "Replete woman, no supplement"), 85 * DAY_H, 86 * DAY_H);
        Trajectory dosed = Lab.arm("t23-adaptation", "Replete woman, 50 mg daily");
        double after = RoundTwo.dietAbsorbed(dosed, 85 * DAY_H, 86 * DAY_H);
        return f("×%.2f (%.2f → %.2f mg/d; ferritin %.0f → %.0f µg/L)", after / before, before, after,
                dosed.value(Observable.SERUM_FERRITIN, 0), dosed.valueAt(Observable.SERUM_FERRITIN, 85 * DAY_H));
    }

    private static double declinePerWeek(Trajectory t, double fromWeek, double toWeek) {
        double a = t.valueAt(Observable.SERUM_FERRITIN, 8 + fromWeek * WEEK_H);
        double z = t.valueAt(Observable.SERUM_FERRITIN, 8 + toWeek * WEEK_H);
        return (a - z) / (toWeek - fromWeek);
    }

    private static String deng2017() {
        String s = "s-iron-sucrose-dialysis";
        Trajectory treated = Lab.arm(s, "Iron sucrose 5 x 200 mg");
        Trajectory control = Lab.arm(s, NONE);
        double t = 8 + 26 * DAY_H;
        return f("%+.0f µg/L; %+.0f points; %+.0f g/L",
                treated.valueAt(Observable.SERUM_FERRITIN, t) - control.valueAt(Observable.SERUM_FERRITIN, t),
                treated.valueAt(Observable.TSAT, t) - control.valueAt(Observable.TSAT, t),
                10 * (treated.valueAt(Observable.HB, t) - control.valueAt(Observable.HB, t)));
    }

    private static String ironDeficientResponder() {
        String s = "t22-fcm-500-open";
        return f("%+.1f at week 6, %+.1f at week 12 (baseline %.0f; untreated arm as placebo)",
                Experiments.effect(s, FCM, 6 * WEEK_H), Experiments.effect(s, FCM, 12 * WEEK_H),
                Lab.arm(s, FCM).value(Observable.SYMPTOM_SCORE, 0));
    }

    /** File name of the scorecard in the calibration output folder. */
    public static final String FILE_NAME = "scorecard.csv";

    /** Writes the scorecard as CSV (RFC 4180): one row per entry, text columns as printed. */
    public static void writeCsv(List<Entry> entries, java.io.Writer out) throws java.io.IOException {
        org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.RFC4180.builder()
                        .setHeader("topic", "fact", "source", "published", "model_experiment", "model_value").build());
        for (Entry e : entries) {
            csv.printRecord(e.topic(), e.fact(), e.source(), e.published(), e.experiment(), e.model());
        }
        csv.flush();
    }

    /** Change of an arm's symptom score from day 0, points, at a time after the start of treatment. */
    private static double change(String scenario, String arm, double afterH) {
        Trajectory t = Lab.arm(scenario, arm);
        return t.valueAt(Observable.SYMPTOM_SCORE, 8 + afterH) - t.value(Observable.SYMPTOM_SCORE, 0);
    }
}
