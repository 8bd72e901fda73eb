package org.rlsim.calibration;

import static org.rlsim.calibration.Comparison.absolute;
import static org.rlsim.calibration.Comparison.range;
import static org.rlsim.calibration.Comparison.relative;
import static org.rlsim.calibration.Experiments.NONE;
import static org.rlsim.calibration.Experiments.effect;
import static org.rlsim.calibration.Experiments.f;
import static org.rlsim.calibration.Experiments.sampled;
import static org.rlsim.calibration.Experiments.symptomCourse;
import static org.rlsim.calibration.Experiments.weeksAfter;
import static org.rlsim.model.TimeUnits.DAY_H;
import static org.rlsim.model.TimeUnits.WEEK_H;

import java.util.List;
import org.rlsim.model.Observable;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Readouts;
import org.rlsim.simulation.Trajectory;

/**
 * The calibration experiments of round 2 (T19–T27 of physiology.md, "Calibration targets, round 2"):
 * numbers the model was not tuned to when T1–T18 were met — other FCM trials, the anaemic responder,
 * adaptation of absorption, the oral iron absorption test, ferumoxytol against tablets, hepcidin after
 * IV iron and haemoglobin after a donation. Every treatment starts on day 0 at 08:00 unless the
 * scenario in {@code scenarios/calibration/} says otherwise; the measurement is here.
 */
final class RoundTwo {
    private RoundTwo() {
    }

    /** Start of treatment in the trial scenarios: day 0, 08:00, h. */
    private static final double START_H = 8;

    static final Experiment T19A = new Experiment(new Target("T19a",
            "IRLS change at day 28 after FCM 500 mg on day 0 and day 5, RLS with mean ferritin ~41: drug minus placebo",
            "−8.9 vs −4.0 (difference −4.9)", "±3 points (−7.9 to −1.9)", "Allen 2011"), RoundTwo::t19a);
    static final Experiment T19B = new Experiment(new Target("T19b",
            "Responders (≥50% IRLS fall) and remitters (IRLS ≤10) at day 28 after FCM 2 × 500 mg",
            "45%; 29%", "±10 points", "Allen 2011"), RoundTwo::t19b);
    static final Experiment T20 = new Experiment(new Target("T20",
            "IRLS change at day 42 after FCM 750 mg on day 0 and day 5, moderate–severe RLS: drug minus placebo",
            "−8.0 vs −4.8 (difference −3.2)", "±3 points (−6.2 to −0.2)", "Earley 2024"), RoundTwo::t20);
    static final Experiment T21 = new Experiment(new Target("T21",
            "IRLS change at week 6 after FCM 1500 mg in RLS with iron-deficiency anaemia: drug minus placebo",
            "−13.5 vs +1.4 (difference −14.8)", "±4 points (−18.8 to −10.8)", "Bae 2021"), RoundTwo::t21);
    static final Experiment T22 = new Experiment(new Target("T22",
            "FCM 500 mg once, open label, RLS with ferritin <45: IRLS change at week 3 (treatment plus placebo response),"
            + " effect from day 8, responders",
            "−7.0 points (30.1 → 23.1); 12/20 responders", "±3 points; responders 45–75%", "Freiburg 2012"),
            RoundTwo::t22);
    static final Experiment T23 = new Experiment(new Target("T23",
            "Dietary non-haem iron absorption after 12 weeks of 50 mg/day FeSO4 relative to before, women with ferritin <21",
            "×0.38 (11.8% → 4.5%)", "×0.25–0.55", "Hunt & Roughead 1999"), RoundTwo::t23);
    static final Experiment T24 = new Experiment(new Target("T24",
            "Oral iron absorption test: serum iron rise after ~60 mg fasting in iron deficiency, and its peak time",
            "rise > 18 µmol/L (> 100 µg/dL), peak at 1–4 h", "rise 18–54 µmol/L; peak 1–4 h", "Am J Med 2008 Table 4"),
            RoundTwo::t24);
    static final Experiment T25 = new Experiment(new Target("T25",
            "Ferumoxytol 2 × 510 mg vs oral FeSO4 in RLS with iron-deficiency anaemia: IRLS change at week 6",
            "no significant difference; both improve markedly", "arms within 3 points; each improves ≥5 points",
            "Short 2024"), RoundTwo::t25);
    static final Experiment T26 = new Experiment(new Target("T26",
            "Hepcidin at week 1 and week 8 after FCM ≈1000 mg, relative to before the infusion (baseline ferritin ~100)",
            "×4.9 (22 → 107 ng/mL); ×2.7 (59 ng/mL)", "±30% each", "Santer 2020"), RoundTwo::t26);
    static final Experiment T27 = new Experiment(new Target("T27",
            "One 500 mL donation, iron-replete man: time of the haemoglobin nadir; time to recover 80% of the drop",
            "nadir at 1–3 days, not at once; 80% recovered in about 8–24 weeks", "as stated",
            "ISBT review; Blood Adv 2017 (grade B)"), RoundTwo::t27);

    // ---- T19–T22: other ferric carboxymaltose trials ----

    /** A drug − placebo difference at a time after the first infusion, with the symptom chart. */
    private static Outcome difference(String scenario, String arm, double afterH, double weeks, double published,
                                      double tolerance) {
        double baseline = Lab.arm(scenario, NONE).value(Observable.SYMPTOM_SCORE, 0);
        double d = effect(scenario, arm, afterH);
        Comparison c = new Comparison(f("IRLS change at week %.0f, drug − placebo", weeks), "points", published,
                published - tolerance, published + tolerance, d);
        return Outcome.of(f("%+.1f points (baseline %.0f; untreated arm as placebo)", d, baseline),
                symptomCourse(scenario, arm, List.of(new Panel.Point(weeks, c, 0)), List.of()), c);
    }

    static Outcome t19a() {
        return difference("t19-fcm-2x500", "FCM 2 x 500 mg", 28 * DAY_H, 4, -4.9, 3);
    }

    static Outcome t20() {
        return difference("t20-fcm-2x750", "FCM 2 x 750 mg", 42 * DAY_H, 6, -3.2, 3);
    }

    static Outcome t21() {
        return difference("t21-fcm-ida-rls", "FCM 1500 mg", 42 * DAY_H, 6, -14.8, 4);
    }

    /** T19b: Allen 2011 as a trial of virtual patients, FCM 2 × 500 mg against a saline placebo, day 28. */
    static Outcome t19b() {
        String trial = "t19-fcm-population";
        Readouts.Arm fcm = Lab.readout(trial, "FCM 2 x 500 mg", 28 * DAY_H);
        Readouts.Arm placebo = Lab.readout(trial, "Placebo", 28 * DAY_H);
        return Outcome.of(Experiments.trialReadout(fcm, placebo),
                absolute("responders at day 28", "%", 45, 10, fcm.responders().value()),
                absolute("remitters at day 28", "%", 29, 10, fcm.remitters().value()));
    }

    /** T22: Freiburg 2012 as an open-label series of virtual patients (the change includes the placebo response). */
    static Outcome t22() {
        CohortResult series = Lab.cohort("t22-fcm-population", "FCM 500 mg");
        Readouts.Arm week3 = Readouts.of(series, 3 * WEEK_H);
        Readouts.Arm day8 = Readouts.of(series, 8 * DAY_H);
        return Outcome.of(f("%+.1f points at week 3 from %.1f (%+.1f at day 8); responders %.0f%% (95%% CI %.0f–%.0f);"
                        + " %d patients", week3.change().value(), week3.meanScore() - week3.change().value(), day8.change().value(),
                        week3.responders().value(), week3.responders().low(), week3.responders().high(), week3.patients()),
                absolute("IRLS change at week 3 (treatment plus placebo response)", "points", -7.0, 3, week3.change().value()),
                range("responders at week 3", "%", 45, 75, week3.responders().value()));
    }

    // ---- T23–T24: oral iron over months and over hours ----

    /**
     * Dietary iron absorbed over one day, mg: all absorption in that day minus what came from supplement
     * doses (none remain in the gut by then).
     */
    static double dietAbsorbed(Trajectory t, double fromH, double toH) {
        double all = t.valueAt(Observable.CUM_ABSORBED, toH) - t.valueAt(Observable.CUM_ABSORBED, fromH);
        double supplement = Lab.absorbedFromDoses(t, toH) - Lab.absorbedFromDoses(t, fromH);
        return all - supplement;
    }

    static Outcome t23() {
        Trajectory dosed = Lab.arm("t23-adaptation", "50 mg daily for 12 weeks");
        Trajectory control = Lab.arm("t23-adaptation", "No supplement");
        // Before: the untreated course on the same day (the steady state, without the first dose's hepcidin rise).
        double before = dietAbsorbed(control, 85 * DAY_H, 86 * DAY_H);
        double after = dietAbsorbed(dosed, 85 * DAY_H, 86 * DAY_H);
        double ratio = after / before;
        double ferritin0 = dosed.value(Observable.SERUM_FERRITIN, 0);
        double ferritin12 = dosed.valueAt(Observable.SERUM_FERRITIN, 85 * DAY_H);
        Comparison c = range("diet absorption after ÷ before", "×", 0.25, 0.55, ratio);
        return Outcome.of(f("×%.2f (%.2f → %.2f mg/d from the diet); ferritin %.0f → %.0f ng/mL", ratio, before, after,
                ferritin0, ferritin12), new Comparison(c.quantity(), c.unit(), 0.38, c.low(), c.high(), ratio));
    }

    static Outcome t24() {
        Trajectory dosed = Lab.arm("t24-oiat", "60 mg fasting");
        Trajectory control = Lab.arm("t24-oiat", "No dose");
        double doseH = Lab.oralDoseTimes(dosed).get(0);
        double rise = 0;
        double peakH = 0;
        for (double h = 0; h <= 8; h += 1.0 / 6) {
            double r = dosed.valueAt(Observable.SERUM_IRON, doseH + h) - control.valueAt(Observable.SERUM_IRON, doseH + h);
            if (r > rise) {
                rise = r;
                peakH = h;
            }
        }
        double tsatPeak = dosed.valueAt(Observable.TSAT, doseH + peakH);
        Comparison cRise = range("serum iron rise", "µmol/L", 18, 54, rise);
        Comparison cPeak = range("time of the peak after the dose", "h", 1, 4, peakH);
        Curve curve = sampled("60 mg − no dose", -2, 12, 1.0 / 6,
                h -> dosed.valueAt(Observable.SERUM_IRON, doseH + h) - control.valueAt(Observable.SERUM_IRON, doseH + h));
        Panel panel = new Panel("Serum iron rise after the dose", "µmol/L", List.of(curve),
                List.of(new Panel.Point(peakH, cRise, 0)), List.of(new Panel.TimeBand(cPeak, 1)));
        return Outcome.of(f("rise %.0f µmol/L (%.0f µg/dL) at %.1f h; TSAT then %.0f%%", rise,
                        rise * org.rlsim.model.Blood.MG_PER_UMOL_FE * 100, peakH, tsatPeak),
                new TimeCourse("Hours after the dose", List.of(panel)), cRise, cPeak);
    }

    // ---- T25: ferumoxytol against tablets ----

    /**
     * T25: Short 2024 as a trial of virtual patients. It had no placebo arm and was double-dummy, so each arm's
     * change includes the placebo response, as every treated arm's virtual patients have it; the difference
     * between the arms is the drugs'.
     */
    static Outcome t25() {
        String trial = "t25-ferumoxytol-vs-oral";
        Readouts.Arm iv = Lab.readout(trial, "Ferumoxytol 2 x 510 mg", 42 * DAY_H);
        Readouts.Arm oral = Lab.readout(trial, "Ferrous sulfate daily", 42 * DAY_H);
        Readouts.Estimate difference = Readouts.difference(iv, oral);
        Comparison cIv = range("IRLS change at week 6, ferumoxytol", "points", Double.NEGATIVE_INFINITY, -5, iv.change().value());
        Comparison cOral = range("IRLS change at week 6, oral iron", "points", Double.NEGATIVE_INFINITY, -5, oral.change().value());
        Comparison cDiff = range("ferumoxytol − oral at week 6", "points", -3, 3, difference.value());
        return Outcome.of(f("ferumoxytol %+.1f, oral %+.1f points (difference %+.1f, 95%% CI %+.1f to %+.1f; with the placebo"
                        + " response; baseline %.0f); %d patients per arm", iv.change().value(), oral.change().value(),
                        difference.value(), difference.low(), difference.high(), iv.meanScore() - iv.change().value(), iv.patients()),
                cIv, cOral, cDiff);
    }

    // ---- T26–T27: hepcidin after IV iron, haemoglobin after a donation ----

    static Outcome t26() {
        Trajectory treated = Lab.arm("t26-fcm-hepcidin", "FCM 1000 mg");
        Trajectory control = Lab.arm("t26-fcm-hepcidin", NONE);
        double w1 = Experiments.hepcidinRatio(treated, control, START_H + WEEK_H);
        double w8 = Experiments.hepcidinRatio(treated, control, START_H + 8 * WEEK_H);
        Comparison c1 = relative("hepcidin at week 1", "× before", 4.9, 0.3, w1);
        Comparison c8 = relative("hepcidin at week 8", "× before", 2.7, 0.3, w8);
        Curve curve = sampled("FCM 1000 mg ÷ no treatment", 0, 9, 1.0 / 7,
                w -> Experiments.hepcidinRatio(treated, control, START_H + w * WEEK_H));
        Panel panel = new Panel("Hepcidin, relative to before the infusion", "×", List.of(curve),
                List.of(new Panel.Point(1, c1, 0), new Panel.Point(8, c8, 0)), List.of());
        return Outcome.of(f("×%.1f at week 1; ×%.1f at week 8", w1, w8),
                new TimeCourse("Weeks after the infusion", List.of(panel)), c1, c8);
    }

    /**
     * Haemoglobin after the first donation of a run: the value before it, the nadir and its time, and the
     * time to recover 80% of the drop (NaN when not recovered within the run).
     *
     * @param baseline   Hb before the donation, g/dL
     * @param nadir      lowest Hb after it, g/dL
     * @param nadirDays  days from the donation to the nadir
     * @param recoveredH hours from the donation until Hb is back by 80% of the drop
     */
    record DonationRecovery(double baseline, double nadir, double nadirDays, double recoveredH) {
        static DonationRecovery of(Trajectory t) {
            double donationH = t.events().get(0).startH();
            double baseline = t.valueAt(Observable.HB, donationH - 1);
            int nadirRow = t.rowAt(donationH);
            for (int row = nadirRow; row < t.size(); row++) {
                if (t.value(Observable.HB, row) < t.value(Observable.HB, nadirRow)) {
                    nadirRow = row;
                }
            }
            double nadir = t.value(Observable.HB, nadirRow);
            double recoveredH = Double.NaN;
            for (int row = nadirRow; row < t.size(); row++) {
                if (t.value(Observable.HB, row) >= nadir + 0.8 * (baseline - nadir)) {
                    recoveredH = t.timeH(row) - donationH;
                    break;
                }
            }
            return new DonationRecovery(baseline, nadir, (t.timeH(nadirRow) - donationH) / DAY_H, recoveredH);
        }
    }

    static Outcome t27() {
        Trajectory t = Lab.arm("t27-donation", "Donation");
        double donationH = t.events().get(0).startH();
        DonationRecovery r = DonationRecovery.of(t);
        double weeks = r.recoveredH() / WEEK_H;
        Comparison cNadir = range("time of the haemoglobin nadir", "days", 1, 3, r.nadirDays());
        Comparison cRecovery = range("time to recover 80% of the drop", "weeks", 8, 24, weeks);
        Panel panel = new Panel("Haemoglobin", "g/dL", List.of(new Curve("Donation", weeksAfter(t, donationH),
                t.series(Observable.HB))), List.of(), List.of(new Panel.TimeBand(cRecovery, 1)),
                List.of(new Panel.OtherSource("Pottgiesser 2008: all of the lost Hb mass back at 36 ± 11 days",
                        (36 - 11) / 7.0, (36 + 11) / 7.0)));
        return Outcome.of(f("Hb %.1f → %.1f g/dL, nadir at day %.1f; 80%% recovered at week %.1f", r.baseline(), r.nadir(),
                r.nadirDays(), weeks), new TimeCourse("Weeks after the donation", List.of(panel)), cNadir, cRecovery);
    }
}
