package org.rlsim.calibration;

import static org.rlsim.model.TimeUnits.DAY_H;
import static org.rlsim.model.TimeUnits.MONTH_H;
import static org.rlsim.model.TimeUnits.WEEK_H;
import static org.rlsim.model.TimeUnits.YEAR_H;
import static org.rlsim.calibration.Comparison.absolute;
import static org.rlsim.calibration.Comparison.range;
import static org.rlsim.calibration.Comparison.relative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.rlsim.calibration.Lab.Baseline;
import org.rlsim.model.Blood;
import org.rlsim.model.Compartment;
import org.rlsim.model.Erythropoiesis;
import org.rlsim.model.Observable;
import org.rlsim.population.CohortResult;
import org.rlsim.population.KaplanMeier;
import org.rlsim.population.Readouts;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.Trajectory;

/**
 * The calibration experiments, one per target of physiology.md (T1–T18 here, T19–T27 in {@link RoundTwo}; a target with a part the
 * model cannot represent is split into lettered parts). Each experiment states the study it mimics;
 * the dosing is in {@code scenarios/calibration/}, the measurement here. Each returns its numbers as
 * {@link Comparison}s (value, band, model) and, where the study follows time, the model curves with
 * the published values on them ({@link TimeCourse}); pass or fail follows from the comparisons alone.
 */
public final class Experiments {
    private Experiments() {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Every experiment, in target order. */
    public static List<Experiment> all() {
        return List.of(
                new Experiment(new Target("T1", "Steady-state total body iron, 70-kg man / 60-kg menstruating woman",
                        "3.8 g / 2.3–2.5 g", "±15%", "Cook 1973; textbook (Bothwell/Finch)"), Experiments::t1),
                new Experiment(new Target("T2", "Plasma transferrin-iron pool; plasma iron turnover (healthy man)",
                        "3 mg; 30 mg/d", "±1 mg; 25–35 mg/d", "Saito 2014 Table 2"), Experiments::t2),
                new Experiment(new Target("T3", "Plasma Tf-Fe residence half-time (tracer washout), healthy man",
                        "~90 min", "60–120 min", "ferrokinetics (Clin Sci 1970; derived)"), Experiments::t3),
                new Experiment(new Target("T4", "Erythroid iron uptake ≈ macrophage recycling at steady state (healthy man)",
                        "20–25 mg/d", "±20% (16–30 mg/d)", "Saito 2014 Table 2"), Experiments::t4),
                new Experiment(new Target("T5", "Steady-state absorption = losses: man / menstruating woman",
                        "1.0 / 1.4 mg/d", "±0.3 mg/d", "Hallberg 1991; FAO/WHO 2004"), Experiments::t5),
                new Experiment(new Target("T6", "Storage iron per µg/L serum ferritin at steady state (man, woman)",
                        "8–10 mg per µg/L", "within 8–10", "Walters 1973 / Cook"), Experiments::t6),
                new Experiment(new Target("T7", "Iron absorbed from one fasting FeSO4 dose of 40 / 60 / 240 mg, iron-depleted women",
                        "6.7 / ~10 / 18.1 mg", "±20%", "Moretti 2015 (60 mg interpolated)"), Experiments::t7),
                new Experiment(new Target("T8", "Fractional absorption of a 60 mg dose on day 2 of consecutive dosing vs day 1",
                        "−35 to −45%", "±10 points (−25 to −55%)", "Moretti 2015"), Experiments::t8),
                new Experiment(new Target("T9", "Hepcidin after a 60 mg dose: up at 8 h and 24 h, baseline by 48 h",
                        "peak 6–12 h; up at 8 h and 24 h; ≤ +10% at 48 h", "timing as stated; 'up' = > +10%",
                        "Moretti 2015; Stoffel 2020"), Experiments::t9),
                new Experiment(new Target("T10", "14 × 60 mg on alternate vs consecutive days: cumulative FIA, total absorbed",
                        "21.8% vs 16.3%; 175 vs 131 mg; ratio ≈1.34", "each ±20%; ratio 1.2–1.5", "Stoffel 2017"),
                        Experiments::t10),
                new Experiment(new Target("T11a", "Absorption multipliers on a 100 mg morning dose: vitamin C, coffee, breakfast, 500 mg calcium",
                        "×1.30; ×0.46; ×0.34; ×0.47", "±0.10 each", "von Siebenthal 2023; Benkhedda 2010"),
                        Experiments::t11a),
                new Experiment(new Target("T11b", "Absorption of a 100 mg dose in the afternoon (after a 4-h fast) vs in the morning",
                        "×0.63", "±0.10", "von Siebenthal 2023"), Experiments::t11b),
                new Experiment(new Target("T12", "FCM 1000 mg PK: serum total iron Cmax, half-life, apparent volume",
                        "331 mg/L; 9.4 h; ≈3 L", "Cmax ±20%; t½ 7–12 h; V 2.5–4 L", "Geisser & Burckhardt 2011 via IJMS 2022 Table 5"),
                        Experiments::t12),
                new Experiment(new Target("T13", "Ferritin and TSAT at week 1 and week 8 after FCM 1000 mg (baseline ferritin ~100)",
                        "ferritin ≈1150 → ≈400 µg/L; TSAT ≈65% → ≈38%", "ferritin ±30%; TSAT ±10 points", "Santer 2020"),
                        Experiments::t13),
                new Experiment(new Target("T14a", "IRLS change at week 6 after FCM 1000 mg, non-anaemic RLS: drug minus placebo",
                        "−11.9 vs −7.9 (difference −4.0)", "±3 points (−7 to −1)", "Cho 2016"), Experiments::t14a),
                new Experiment(new Target("T14b", "Responder (≥50% IRLS fall) and remitter (IRLS ≤10) fractions at week 4–6 after FCM",
                        "45–60%; 29–38%", "±10 points", "Allen 2011; Cho 2016"), Experiments::t14b),
                new Experiment(new Target("T15a", "Mean time to symptom return after one 1000 mg IV dose",
                        "≈6 months", "4–9 months", "Earley 2005"), Experiments::t15a),
                new Experiment(new Target("T15b", "Fraction still free of other RLS drugs 24–30 weeks after FCM",
                        "22–38%", "±10 points", "Allen 2011; Cho 2016"), Experiments::t15b),
                new Experiment(new Target("T16a", "IRLS effect of FCM vs placebo (FCM meta-analyses; model: 1000 mg, week 6)",
                        "−6.03 (95% CI −10.11 to −1.96)", "within the 95% CI", "Qadri 2024; Khan 2025"), Experiments::t16a),
                new Experiment(new Target("T16b", "Pooled iron vs placebo IRLS effect (model: oral FeSO4 twice daily, 12 weeks, RLS with low ferritin)",
                        "−3.78 (95% CI −6.25 to −1.31)", "within the 95% CI", "Trotti & Becker 2019 (Cochrane)"), Experiments::t16b),
                new Experiment(new Target("T17a", "Brain iron lower in RLS with normal serum ferritin (CSF ferritin, MRI)",
                        "lower than controls", "sign must match", "Earley 2000; Mizuno 2005"), Experiments::t17a),
                new Experiment(new Target("T17b", "Brain (caudate QSM) iron 6 weeks after FCM 1000 mg in RLS",
                        "+14%", "+5 to +25%", "Kim 2023"), Experiments::t17b),
                new Experiment(new Target("T18", "Dopamine-agonist augmentation: annual incidence in years 2–5 of pramipexole"
                        + " (model: 0.25 mg nightly, RLS with normal blood iron)",
                        "~7–8%/yr, roughly constant after year 1", "5–10%/yr", "Silver 2011; Allen 2011"), Experiments::t18),
                RoundTwo.T19A, RoundTwo.T19B, RoundTwo.T20, RoundTwo.T21, RoundTwo.T22, RoundTwo.T23, RoundTwo.T24,
                RoundTwo.T25, RoundTwo.T26, RoundTwo.T27);
    }

    // ---- T1–T6: the untreated steady state ----

    static Outcome t1() {
        double man = Lab.baseline("healthy-man").value(Observable.TOTAL_BODY_IRON) / 1000;
        double woman = Lab.baseline("healthy-woman").value(Observable.TOTAL_BODY_IRON) / 1000;
        return Outcome.of(f("%.2f g / %.2f g", man, woman),
                relative("total body iron, man", "g", 3.8, 0.15, man),
                range("total body iron, woman", "g", 2.3 * 0.85, 2.5 * 1.15, woman));
    }

    static Outcome t2() {
        Baseline man = Lab.baseline("healthy-man");
        double pool = man.amount(Compartment.PLASMA);
        double serumIronUgDl = man.value(Observable.SERUM_IRON) * Blood.MG_PER_UMOL_FE * 100;
        double pit = man.outflowPerDay(Compartment.PLASMA);
        return Outcome.of(f("%.2f mg (serum Fe %.0f µg/dL); %.1f mg/d", pool, serumIronUgDl, pit),
                absolute("plasma transferrin iron", "mg", 3, 1, pool),
                absolute("plasma iron turnover", "mg/d", 30, 5, pit));
    }

    static Outcome t3() {
        Baseline man = Lab.baseline("healthy-man");
        double halfMin = Math.log(2) * man.amount(Compartment.PLASMA) / man.outflowPerDay(Compartment.PLASMA) * 24 * 60;
        return Outcome.of(f("%.0f min", halfMin), new Comparison("plasma Tf-Fe half-time", "min", 90, 60, 120, halfMin));
    }

    static Outcome t4() {
        Baseline man = Lab.baseline("healthy-man");
        double erythroid = erythroidUptake(man);
        double recycling = man.outflowPerDay(Compartment.MACROPHAGE);
        return Outcome.of(f("erythroid %.1f mg/d; macrophage %.1f mg/d", erythroid, recycling),
                range("erythroid iron uptake", "mg/d", 16, 30, erythroid),
                range("macrophage iron recycling", "mg/d", 16, 30, recycling));
    }

    static Outcome t5() {
        double man = absorptionPerDay("healthy-man");
        double woman = absorptionPerDay("healthy-woman");
        return Outcome.of(f("%.2f / %.2f mg/d", man, woman),
                absolute("absorption, man", "mg/d", 1.0, 0.3, man),
                absolute("absorption, woman", "mg/d", 1.4, 0.3, woman));
    }

    /** Erythroid iron uptake at steady state, mg/d: the red-cell iron renewed over one red-cell lifespan. */
    static double erythroidUptake(Baseline b) {
        return b.amount(Compartment.RED_CELLS) / b.model().parameters().get(Erythropoiesis.LIFESPAN);
    }

    /** Mean daily absorption over ten untreated days from the steady state (the diurnal cycle averages out). */
    static double absorptionPerDay(String patient) {
        Baseline b = Lab.baseline(patient);
        Trajectory t = new Simulator().run(b.model(), b.state().copy(), List.of(), 10 * DAY_H, 10 * DAY_H);
        return t.value(Observable.CUM_ABSORBED, t.size() - 1) / 10;
    }

    static Outcome t6() {
        double man = storagePerFerritin("healthy-man");
        double woman = storagePerFerritin("healthy-woman");
        return Outcome.of(f("%.1f / %.1f mg per µg/L", man, woman),
                range("storage iron per ferritin, man", "mg per µg/L", 8, 10, man),
                range("storage iron per ferritin, woman", "mg per µg/L", 8, 10, woman));
    }

    private static double storagePerFerritin(String patient) {
        Baseline b = Lab.baseline(patient);
        return (b.amount(Compartment.STORES) + b.amount(Compartment.MACROPHAGE) + b.amount(Compartment.MACROPHAGE_STORE))
                / b.value(Observable.SERUM_FERRITIN);
    }

    // ---- T7–T11: oral iron, absorption and hepcidin ----

    static Outcome t7() {
        double a40 = Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "40 mg"), 3 * DAY_H);
        double a60 = Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "60 mg"), 3 * DAY_H);
        double a240 = Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "240 mg"), 3 * DAY_H);
        return Outcome.of(f("%.1f / %.1f / %.1f mg (FIA %.1f%% → %.1f%%)", a40, a60, a240, 100 * a40 / 40, 100 * a240 / 240),
                relative("absorbed from 40 mg", "mg", 6.7, 0.2, a40),
                relative("absorbed from 60 mg", "mg", 10, 0.2, a60),
                relative("absorbed from 240 mg", "mg", 18.1, 0.2, a240));
    }

    static Outcome t8() {
        Trajectory t = Lab.arm("t08-consecutive-days", "60 mg on two consecutive days");
        List<Double> doses = Lab.oralDoseTimes(t);
        double first = Lab.absorbedFromDoses(t, doses.get(1) - 0.01);
        double second = Lab.absorbedFromDoses(t, doses.get(1) + DAY_H - 0.01) - first;
        double change = 100 * (second / first - 1);
        return Outcome.of(f("%+.0f%% (%.1f → %.1f mg)", change, first, second),
                new Comparison("absorption on day 2 vs day 1", "%", -40, -55, -25, change));
    }

    static Outcome t9() {
        Trajectory control = Lab.arm("t09-hepcidin-profile", "No dose");
        Trajectory dosed = Lab.arm("t09-hepcidin-profile", "60 mg");
        double doseH = Lab.oralDoseTimes(dosed).get(0);
        double peakRatio = 0;
        double peakAfterH = 0;
        for (double h = 0; h <= 48; h += 0.5) {
            double r = hepcidinRatio(dosed, control, doseH + h);
            if (r > peakRatio) {
                peakRatio = r;
                peakAfterH = h;
            }
        }
        double at8 = hepcidinRatio(dosed, control, doseH + 8);
        double at24 = hepcidinRatio(dosed, control, doseH + 24);
        double at48 = hepcidinRatio(dosed, control, doseH + 48);
        // "Up" is strictly above +10%; back at baseline is at most +10%.
        double up = Math.nextUp(1.1);
        Comparison peak = new Comparison("time of the hepcidin peak after the dose", "h", Double.NaN, 6, 12, peakAfterH);
        Comparison c8 = range("hepcidin 8 h after the dose", "× no dose", up, Double.POSITIVE_INFINITY, at8);
        Comparison c24 = range("hepcidin 24 h after the dose", "× no dose", up, Double.POSITIVE_INFINITY, at24);
        Comparison c48 = range("hepcidin 48 h after the dose", "× no dose", Double.NEGATIVE_INFINITY, 1.1, at48);
        Curve curve = sampled("60 mg ÷ no dose", -12, 60, 0.5, h -> hepcidinRatio(dosed, control, doseH + h));
        Panel panel = new Panel("Hepcidin, 60 mg ÷ no dose", "×", List.of(curve),
                List.of(new Panel.Point(8, c8, 0), new Panel.Point(24, c24, 0), new Panel.Point(48, c48, 0)),
                List.of(new Panel.TimeBand(peak, 1)));
        return Outcome.of(f("peak ×%.2f at %.1f h; ×%.2f at 8 h, ×%.2f at 24 h, ×%.2f at 48 h",
                peakRatio, peakAfterH, at8, at24, at48), new TimeCourse("Hours after the dose", List.of(panel)),
                peak, c8, c24, c48);
    }

    /** Hepcidin of a dosed arm over that of an untreated arm at the same time (the same clock time: no rhythm in the ratio). */
    static double hepcidinRatio(Trajectory dosed, Trajectory control, double timeH) {
        return dosed.valueAt(Observable.HEPCIDIN, timeH) / control.valueAt(Observable.HEPCIDIN, timeH);
    }

    /** A curve sampled at {@code from, from + step, …, to} (x in the chart's unit). */
    static Curve sampled(String name, double from, double to, double step, DoubleUnaryOperator y) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i * step;
            ys[i] = y.applyAsDouble(xs[i]);
        }
        return new Curve(name, xs, ys);
    }

    static Outcome t10() {
        String s = "t10-alternate-vs-consecutive";
        Trajectory consecutiveArm = Lab.arm(s, "Consecutive days");
        Trajectory alternateArm = Lab.arm(s, "Alternate days");
        double consecutive = Lab.absorbedFromDoses(consecutiveArm, 30 * DAY_H);
        double alternate = Lab.absorbedFromDoses(alternateArm, 30 * DAY_H);
        double given = 14 * 60;
        double fiaC = 100 * consecutive / given;
        double fiaA = 100 * alternate / given;
        double ratio = alternate / consecutive;
        Comparison absorbedA = relative("absorbed, alternate days", "mg", 175, 0.2, alternate);
        Comparison absorbedC = relative("absorbed, consecutive days", "mg", 131, 0.2, consecutive);
        // The two published totals at day 30, a little apart so that their error bars do not overlap.
        Panel panel = new Panel("Supplement iron absorbed", "mg", List.of(
                sampled("Consecutive days", 0, 30, 0.25, d -> Lab.absorbedFromDoses(consecutiveArm, d * DAY_H)),
                sampled("Alternate days", 0, 30, 0.25, d -> Lab.absorbedFromDoses(alternateArm, d * DAY_H))),
                List.of(new Panel.Point(29.6, absorbedC, 0), new Panel.Point(30.4, absorbedA, 1)), List.of());
        return Outcome.of(f("FIA %.1f%% vs %.1f%%; %.0f vs %.0f mg; ratio %.2f", fiaA, fiaC, alternate, consecutive, ratio),
                new TimeCourse("Days since the first dose", List.of(panel)),
                relative("cumulative FIA, alternate days", "%", 21.8, 0.2, fiaA),
                relative("cumulative FIA, consecutive days", "%", 16.3, 0.2, fiaC),
                absorbedA, absorbedC,
                new Comparison("absorbed, alternate ÷ consecutive", "×", 1.34, 1.2, 1.5, ratio));
    }

    static Outcome t11a() {
        String s = "t11-modifiers";
        double reference = absorbed(s, "Morning with water");
        double vitaminC = absorbed(s, "With 80 mg ascorbic acid") / reference;
        double coffee = absorbed(s, "With coffee") / reference;
        double breakfast = absorbed(s, "With breakfast") / reference;
        double calcium = absorbed(s, "With 500 mg calcium") / reference;
        return Outcome.of(f("×%.2f; ×%.2f; ×%.2f; ×%.2f", vitaminC, coffee, breakfast, calcium),
                absolute("absorption with vitamin C", "× water", 1.30, 0.10, vitaminC),
                absolute("absorption with coffee", "× water", 0.46, 0.10, coffee),
                absolute("absorption with breakfast", "× water", 0.34, 0.10, breakfast),
                absolute("absorption with 500 mg calcium", "× water", 0.47, 0.10, calcium));
    }

    static Outcome t11b() {
        String s = "t11-modifiers";
        double afternoon = absorbed(s, "Afternoon with water") / absorbed(s, "Morning with water");
        return Outcome.of(f("×%.2f", afternoon), absolute("absorption in the afternoon", "× morning", 0.63, 0.10, afternoon));
    }

    private static double absorbed(String scenario, String arm) {
        Trajectory t = Lab.arm(scenario, arm);
        return Lab.absorbedFromDoses(t, t.timeH(t.size() - 1));
    }

    // ---- T12–T13: IV iron ----

    static Outcome t12() {
        Trajectory t = Lab.arm("t12-fcm-pk", "FCM 1000 mg");
        Baseline b = Lab.baseline("iron-deficient-anaemic-woman");
        double plasmaL = b.model().parameters().get(Blood.PLASMA_VOLUME);
        double startH = 8;
        double cmax = 0;
        double tmaxH = 0;
        double complexMax = 0;
        double[] hours = new double[t.size()];
        double[] serum = new double[t.size()];
        for (int row = 0; row < t.size(); row++) {
            double complex = t.value(Observable.IV_COMPLEX, row);
            hours[row] = t.timeH(row) - startH;
            serum[row] = (complex + t.amount(Compartment.PLASMA, row)) / plasmaL;
            if (serum[row] > cmax) {
                cmax = serum[row];
                tmaxH = hours[row];
            }
            complexMax = Math.max(complexMax, complex);
        }
        double c2 = t.valueAt(Observable.IV_COMPLEX, startH + 2);
        double c24 = t.valueAt(Observable.IV_COMPLEX, startH + 24);
        double halfLifeH = Math.log(2) * 22 / Math.log(c2 / c24);
        double volumeL = 1000 / (complexMax / plasmaL); // apparent volume: dose over peak complex concentration
        Comparison peak = relative("serum total iron Cmax", "mg/L", 331, 0.2, cmax);
        Panel panel = new Panel("Serum total iron (complex + transferrin)", "mg/L", List.of(new Curve("FCM 1000 mg", hours, serum)),
                List.of(new Panel.Point(tmaxH, peak, 0)), List.of());
        return Outcome.of(f("Cmax %.0f mg/L; t½ %.1f h; V %.2f L", cmax, halfLifeH, volumeL),
                new TimeCourse("Hours after the start of the infusion", List.of(panel)),
                peak,
                new Comparison("half-life of the complex", "h", 9.4, 7, 12, halfLifeH),
                new Comparison("apparent volume", "L", 3, 2.5, 4, volumeL));
    }

    static Outcome t13() {
        Trajectory t = Lab.arm("t13-fcm-ferritin", "FCM 1000 mg");
        double startH = 8;
        double f0 = t.value(Observable.SERUM_FERRITIN, 0);
        double f1 = t.valueAt(Observable.SERUM_FERRITIN, startH + WEEK_H);
        double f8 = t.valueAt(Observable.SERUM_FERRITIN, startH + 8 * WEEK_H);
        double s1 = t.valueAt(Observable.TSAT, startH + WEEK_H);
        double s8 = t.valueAt(Observable.TSAT, startH + 8 * WEEK_H);
        Comparison cf1 = relative("ferritin at week 1", "µg/L", 1150, 0.3, f1);
        Comparison cf8 = relative("ferritin at week 8", "µg/L", 400, 0.3, f8);
        Comparison cs1 = absolute("TSAT at week 1", "%", 65, 10, s1);
        Comparison cs8 = absolute("TSAT at week 8", "%", 38, 10, s8);
        double[] weeks = weeksAfter(t, startH);
        TimeCourse course = new TimeCourse("Weeks after the infusion", List.of(
                new Panel("Serum ferritin", "µg/L", List.of(new Curve("FCM 1000 mg", weeks, t.series(Observable.SERUM_FERRITIN))),
                        List.of(new Panel.Point(1, cf1, 0), new Panel.Point(8, cf8, 0)), List.of()),
                new Panel("Transferrin saturation", "%", List.of(new Curve("FCM 1000 mg", weeks, t.series(Observable.TSAT))),
                        List.of(new Panel.Point(1, cs1, 0), new Panel.Point(8, cs8, 0)), List.of())));
        return Outcome.of(f("ferritin %.0f → %.0f → %.0f µg/L; TSAT %.0f%% → %.0f%%", f0, f1, f8, s1, s8), course,
                cf1, cf8, cs1, cs8);
    }

    /** The times of a trajectory's rows in weeks after a start time (h). */
    static double[] weeksAfter(Trajectory t, double startH) {
        double[] x = t.timeH();
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - startH) / WEEK_H;
        }
        return x;
    }

    // ---- T14–T17: brain iron, dopamine and symptoms ----

    private static final String RLS = "t14-fcm-rls";
    private static final String FCM = "FCM 1000 mg";
    static final String NONE = "No treatment";

    /** Treated minus untreated symptom score, points, at a time after the infusion (day 0, 08:00). */
    static double effect(String scenario, String treatedArm, double afterH) {
        double t = 8 + afterH;
        return Lab.arm(scenario, treatedArm).valueAt(Observable.SYMPTOM_SCORE, t)
                - Lab.arm(scenario, NONE).valueAt(Observable.SYMPTOM_SCORE, t);
    }

    /**
     * The symptom scores of both arms and their difference, over weeks after the start of treatment
     * (day 0, 08:00); published effects are drawn on the difference.
     */
    static TimeCourse symptomCourse(String scenario, String treatedArm, List<Panel.Point> effects,
                                            List<Panel.TimeBand> times) {
        Trajectory treated = Lab.arm(scenario, treatedArm);
        Trajectory untreated = Lab.arm(scenario, NONE);
        double[] weeks = weeksAfter(treated, 8);
        double[] difference = new double[weeks.length];
        for (int i = 0; i < weeks.length; i++) {
            difference[i] = effect(scenario, treatedArm, weeks[i] * WEEK_H);
        }
        return new TimeCourse("Weeks after the start of treatment", List.of(
                new Panel("Symptom score (IRLS-equivalent)", "points", List.of(
                        new Curve(NONE, weeksAfter(untreated, 8), untreated.series(Observable.SYMPTOM_SCORE)),
                        new Curve(treatedArm, weeks, treated.series(Observable.SYMPTOM_SCORE))), List.of(), List.of()),
                new Panel("Effect: treated − untreated", "points", List.of(new Curve(treatedArm + " − " + NONE, weeks, difference)),
                        effects, times)));
    }

    static Outcome t14a() {
        double baseline = Lab.arm(RLS, NONE).value(Observable.SYMPTOM_SCORE, 0);
        double d = effect(RLS, FCM, 6 * WEEK_H);
        Comparison c = new Comparison("IRLS change at week 6, drug − placebo", "points", -4.0, -7, -1, d);
        return Outcome.of(f("%+.1f points (baseline %.0f; no placebo response in the model)", d, baseline),
                symptomCourse(RLS, FCM, List.of(new Panel.Point(6, c, 0)), List.of()), c);
    }

    /** The trial of T14b and T15b: FCM 1000 mg against a saline placebo in 200 virtual patients per arm. */
    static final String POPULATION = "t14-fcm-population";

    /** A drug arm's trial readouts beside its placebo arm's, in the words of a trial report (the model's column). */
    static String trialReadout(Readouts.Arm drug, Readouts.Arm placebo) {
        Readouts.Estimate d = Readouts.difference(drug, placebo);
        return f("responders %.0f%% (95%% CI %.0f–%.0f), remitters %.0f%% (%.0f–%.0f); placebo %.0f%% and %.0f%%;"
                        + " drug − placebo %+.1f points (%.1f to %.1f); %d patients per arm", drug.responders().value(),
                drug.responders().low(), drug.responders().high(), drug.remitters().value(), drug.remitters().low(),
                drug.remitters().high(), placebo.responders().value(), placebo.remitters().value(), d.value(), d.low(),
                d.high(), drug.patients());
    }

    static Outcome t14b() {
        Readouts.Arm fcm = Lab.readout(POPULATION, FCM, 6 * WEEK_H);
        Readouts.Arm placebo = Lab.readout(POPULATION, "Placebo", 6 * WEEK_H);
        return Outcome.of(trialReadout(fcm, placebo),
                new Comparison("responders at week 6 (≥50% IRLS fall)", "%", Double.NaN, 35, 70, fcm.responders().value()),
                new Comparison("remitters at week 6 (IRLS ≤10)", "%", Double.NaN, 19, 48, fcm.remitters().value()));
    }

    static Outcome t15a() {
        Trajectory treated = Lab.arm(RLS, FCM);
        double bestEffect = 0;
        double bestH = 0;
        for (int row = 0; row < treated.size(); row++) {
            double h = treated.timeH(row) - 8;
            double e = effect(RLS, FCM, h);
            if (e < bestEffect) {
                bestEffect = e;
                bestH = h;
            }
        }
        double returnH = Double.NaN;
        for (double h = bestH; h <= 51 * WEEK_H; h += DAY_H) {
            if (effect(RLS, FCM, h) > bestEffect / 2) {
                returnH = h;
                break;
            }
        }
        double months = returnH / MONTH_H;
        Comparison c = new Comparison("time to symptom return (half the benefit lost)", "months", 6, 4, 9, months);
        return Outcome.of(f("%.1f months (benefit %.1f points at day %.0f, half of it lost at day %.0f)",
                months, bestEffect, bestH / DAY_H, returnH / DAY_H),
                symptomCourse(RLS, FCM, List.of(), List.of(new Panel.TimeBand(c, MONTH_H / WEEK_H))), c);
    }

    static Outcome t15b() {
        CohortResult fcm = Lab.cohort(POPULATION, FCM);
        Readouts.Arm week24 = Readouts.of(fcm, 24 * WEEK_H);
        Readouts.Arm end = Readouts.of(fcm, 26 * WEEK_H);
        KaplanMeier km = KaplanMeier.of(fcm);
        return Outcome.of(f("in response (no symptom return) %.0f%% at week 24, %.0f%% at week 26; Kaplan–Meier median among"
                        + " the %d responders %s", week24.inResponse().value(), end.inResponse().value(), km.atRisk(),
                        Double.isNaN(km.medianH()) ? "not reached by week 26" : f("%.1f months", km.medianH() / MONTH_H)),
                new Comparison("patients still in response at week 24 (free of other RLS drugs)", "%", Double.NaN, 12, 48,
                        week24.inResponse().value()));
    }

    static Outcome t16a() {
        double d = effect(RLS, FCM, 6 * WEEK_H);
        Comparison c = new Comparison("IRLS effect at week 6, FCM − placebo", "points", -6.03, -10.11, -1.96, d);
        return Outcome.of(f("%+.1f points", d), symptomCourse(RLS, FCM, List.of(new Panel.Point(6, c, 0)), List.of()), c);
    }

    static Outcome t16b() {
        String oral = "Ferrous sulfate twice daily";
        double afterH = 12 * WEEK_H - 9; // the last output row of the 12-week run
        double d = effect("t16-oral-rls", oral, afterH);
        Comparison c = new Comparison("IRLS effect at week 12, oral iron − placebo", "points", -3.78, -6.25, -1.31, d);
        return Outcome.of(f("%+.1f points", d),
                symptomCourse("t16-oral-rls", oral, List.of(new Panel.Point(afterH / WEEK_H, c, 0)), List.of()), c);
    }

    static Outcome t17a() {
        Baseline rls = Lab.baseline("rls-normal-iron");
        Baseline control = Lab.baseline("healthy-woman");
        double ferritinRatio = rls.value(Observable.SERUM_FERRITIN) / control.value(Observable.SERUM_FERRITIN);
        double brainRatio = rls.value(Observable.BRAIN_IRON) / control.value(Observable.BRAIN_IRON);
        // Normal serum ferritin: within 20% of the control's (ends excluded); brain iron strictly lower.
        return Outcome.of(f("serum ferritin ×%.2f, brain iron ×%.2f of a healthy woman", ferritinRatio, brainRatio),
                new Comparison("serum ferritin, RLS ÷ control", "×", 1, Math.nextUp(0.8), Math.nextDown(1.2), ferritinRatio),
                range("brain iron, RLS ÷ control", "×", Double.NEGATIVE_INFINITY, Math.nextDown(1.0), brainRatio));
    }

    static Outcome t17b() {
        Trajectory treated = Lab.arm(RLS, FCM);
        Trajectory untreated = Lab.arm(RLS, NONE);
        double b0 = treated.value(Observable.BRAIN_IRON, 0);
        double change = 100 * (treated.valueAt(Observable.BRAIN_IRON, 8 + 6 * WEEK_H) / b0 - 1);
        Comparison c = new Comparison("brain iron change at week 6", "%", 14, 5, 25, change);
        Panel panel = new Panel("Brain iron, change from baseline", "%", List.of(
                new Curve(NONE, weeksAfter(untreated, 8), percentChange(untreated.series(Observable.BRAIN_IRON), b0)),
                new Curve(FCM, weeksAfter(treated, 8), percentChange(treated.series(Observable.BRAIN_IRON), b0))),
                List.of(new Panel.Point(6, c, 1)), List.of());
        return Outcome.of(f("%+.1f%%", change), new TimeCourse("Weeks after the infusion", List.of(panel)), c);
    }

    /** Each value's change from a baseline, %. */
    private static double[] percentChange(double[] values, double baseline) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 100 * (values[i] / baseline - 1);
        }
        return out;
    }

    // ---- T18: dopamine-agonist augmentation ----

    /**
     * Annual incidence of augmentation among those not yet augmented, year by year (Kaplan–Meier style):
     * 1 − (1 − P(y+1))/(1 − P(y)), for years 2 to 5; each must lie in 5–10%.
     */
    static Outcome t18() {
        String s = "t18-pramipexole-augmentation";
        Trajectory t = Lab.arm(s, "Pramipexole 0.25 mg");
        double[] percent = new double[6];
        for (int y = 0; y <= 5; y++) {
            percent[y] = t.valueAt(Observable.AUGMENTATION, y * YEAR_H);
        }
        double[] years = new double[5];
        double[] incidence = new double[5];
        List<Comparison> comparisons = new ArrayList<>();
        List<Panel.Point> points = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            years[y] = y + 1;
            incidence[y] = 100 * (1 - (100 - percent[y + 1]) / (100 - percent[y]));
            if (y >= 1) {
                Comparison c = new Comparison("augmentation incidence in year " + (y + 1), "%/yr", 7.5, 5, 10, incidence[y]);
                comparisons.add(c);
                if (y == 4) {
                    // The chart marks the last year checked; the curve shows the others (labels of several
                    // years side by side would overlap).
                    points.add(new Panel.Point(y + 1, c, 0));
                }
            }
        }
        double halfYear = t.valueAt(Observable.AUGMENTATION, 26 * WEEK_H);
        double relief = effect(s, "Pramipexole 0.25 mg", 12 * WEEK_H);
        Panel panel = new Panel("Augmentation, new cases per year among those not yet augmented", "%/yr",
                List.of(new Curve("Pramipexole 0.25 mg nightly", years, incidence)), points, List.of());
        return Outcome.of(f("%.1f–%.1f%%/yr in years 2–5 (year 1: %.1f%%; 6 months: %.1f%%, cf. Högl 2011 9.2%% vs 6.0%% placebo;"
                        + " %.0f%% by year 5; IRLS %+.1f at week 12, cf. −4.64 in Liu 2016)",
                        Arrays.stream(incidence, 1, 5).min().orElseThrow(), Arrays.stream(incidence, 1, 5).max().orElseThrow(),
                        percent[1], halfYear, percent[5], relief),
                new TimeCourse("Year of treatment", List.of(panel)), comparisons.toArray(Comparison[]::new));
    }
}
