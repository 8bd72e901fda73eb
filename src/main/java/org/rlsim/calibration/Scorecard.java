package org.rlsim.calibration;

import static org.rlsim.calibration.Experiments.NONE;
import static org.rlsim.calibration.Experiments.f;
import static org.rlsim.model.TimeUnits.DAY_H;
import static org.rlsim.model.TimeUnits.MONTH_H;
import static org.rlsim.model.TimeUnits.WEEK_H;
import static org.rlsim.model.TimeUnits.YEAR_H;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.rlsim.calibration.Lab.Baseline;
import org.rlsim.model.Blood;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Locus;
import org.rlsim.population.PatientOutcome;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.Trajectory;

/**
 * Every other published number of physiology.md that the model can produce, beside the model's value,
 * <em>without</em> pass or fail: the numbers no target was fitted to. It is how a reader judges whether
 * the model generalises. Each entry names the reference fact, its source and the model experiment that
 * produces it (a calibration scenario of {@code scenarios/calibration/} or a patient's steady state). Where a
 * parameter was set from the same number, or the model has only a stand-in for what was measured (brain iron
 * for CSF ferritin, a net red-cell gain for a tracer, an untreated arm for placebo), the experiment says so.
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
    private static final String BRAIN = "Brain iron";
    private static final String PREVALENCE = "RLS prevalence";
    private static final String TRIALS = "RLS trials";
    private static final String AGONISTS = "Dopamine agonists";
    private static final String GENETICS = "Genetics";

    private static final String T14 = "t14-fcm-rls";
    private static final String FCM = "FCM 1000 mg";
    private static final String PREGNANCY = "s-pregnancy";
    private static final String DONATION = "t27-donation";
    private static final String GENERAL_POPULATION = "s-genotype-odds-ratios";
    private static final String MODIFIERS = "t11-modifiers";
    private static final String IV_PK = "s-iv-pk";
    private static final String ANAEMIC = "iron-deficient-anaemic-woman";
    private static final String GARBOWSKI = "s-garbowski-2021";
    private static final String DIALYSIS = "s-dialysis-rls";
    private static final String PRAMIPEXOLE = "t18-pramipexole-augmentation";
    private static final String PRAMIPEXOLE_ARM = "Pramipexole 0.25 mg";
    private static final String T14_TRIAL = Experiments.POPULATION;
    private static final String T19_TRIAL = "t19-fcm-population";
    private static final String PLACEBO = "Placebo";
    private static final String WOMEN = "Healthy women";
    private static final String MEN = "Healthy men";

    /** Measures every entry, in the order of physiology.md. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Item item : ITEMS) {
            out.add(item.measure());
        }
        return out;
    }

    private static final List<Item> ITEMS = List.of(
            new Item(BODY, "Total body iron per kg of body weight, men / women", "Cook 1973", "35–45 mg/kg",
                    "steady state of healthy-man (70 kg), healthy-woman (60 kg)",
                    () -> f("%.0f / %.0f mg/kg", perKg("healthy-man", b("healthy-man").value(Observable.TOTAL_BODY_IRON)),
                            perKg("healthy-woman", b("healthy-woman").value(Observable.TOTAL_BODY_IRON)))),
            new Item(BODY, "Haemoglobin (red-cell) iron of the model man", "Cook 1973; Saito 2014 Table 2",
                    "≈2,400 mg (≈30 mg/kg)", "steady state of healthy-man", () -> {
                        double mg = b("healthy-man").amount(Compartment.RED_CELLS);
                        return f("%.0f mg (%.0f mg/kg)", mg, perKg("healthy-man", mg));
                    }),
            new Item(BODY, "Storage iron, men / women", "Gordeuk 2008 (HEIRS); ISBT review", "≈0.8 g / ≈0.4 g (≈1000 / ≈300 mg)",
                    "steady state of healthy-man, healthy-woman",
                    () -> f("%.2f g / %.2f g", storage("healthy-man") / 1000, storage("healthy-woman") / 1000)),
            new Item(BODY, "Storage iron per kg of body weight, men / women", "Cook 1973", "15 / 0–10 mg/kg",
                    "steady state of healthy-man, healthy-woman (stores and macrophage iron)",
                    () -> f("%.1f / %.1f mg/kg", perKg("healthy-man", storage("healthy-man")),
                            perKg("healthy-woman", storage("healthy-woman")))),
            new Item(BODY, "Non-erythroid iron turnover; storage iron turnover (model man)", "Saito 2014 Table 2", "≈10; ≈7 mg/d",
                    "steady state of healthy-man: plasma iron turnover minus erythroid uptake; release from the stores"
                    + " (stores.uptake_per_d and stores.release_per_d were derived from these)", () -> {
                        Baseline x = b("healthy-man");
                        return f("%.1f; %.1f mg/d", x.outflowPerDay(Compartment.PLASMA) - Experiments.erythroidUptake(x),
                                x.outflowPerDay(Compartment.STORES));
                    }),
            new Item(BODY, "Red-cell utilisation of plasma iron, healthy", "Saito 2014", "≈80% (tracer)",
                    "steady state of healthy-man: the marrow's share of plasma iron turnover (the model has no tracer; iron"
                    + " that returns from the stores while a tracer is followed is not counted)", () -> {
                        Baseline x = b("healthy-man");
                        return f("%.0f%%", 100 * Experiments.erythroidUptake(x) / x.outflowPerDay(Compartment.PLASMA));
                    }),
            new Item(BODY, "Red-cell utilisation of IV iron sucrose at 4 weeks, anaemic patients", "Beshara 1999", "59–97%",
                    "s-iv-pk, Iron sucrose 100 mg minus No treatment, red-cell iron at day 28 (a net gain, not a tracer)", () -> {
                        double gain = redCells("Iron sucrose 100 mg", 8 + 28 * DAY_H) - redCells(NONE, 8 + 28 * DAY_H);
                        return f("%.0f%% of the 100 mg", gain);
                    }),
            new Item(BODY, "Mean serum ferritin, men / women", "Jacobs 1972", "69 / 35 µg/L",
                    "steady state of healthy-man, healthy-woman",
                    () -> f("%.0f / %.0f µg/L", baseline("healthy-man", Observable.SERUM_FERRITIN),
                            baseline("healthy-woman", Observable.SERUM_FERRITIN))),
            new Item(BODY, "Plasma Tf-Fe clearance half-time across patients", "Clin Sci 1970;38:783", "15.6–350 min",
                    "steady state of every patient archetype", Scorecard::clearanceHalfTimes),
            new Item(BODY, "Iron removed by one 500 mL whole-blood donation", "ISBT review (grade B)", "200–250 mg",
                    "t27-donation (iron-replete man), the loss at the donation", () -> {
                        Trajectory t = donation();
                        double at = t.events().get(0).startH();
                        return f("%.0f mg", t.valueAt(Observable.CUM_LOST, at) - t.valueAt(Observable.CUM_LOST, at - 0.01));
                    }),
            new Item(BODY, "Maximal absorption with depleted stores (repeated donors)",
                    "repeated-donation study (AJCN); ISBT review", "≈3.5–4 mg/d (men 4.1)", "steady state of frequent-donor",
                    () -> f("%.2f mg/d (ferritin %.0f µg/L)", Experiments.absorptionPerDay("frequent-donor"),
                            baseline("frequent-donor", Observable.SERUM_FERRITIN))),
            new Item(BODY, "Ferritin reference range, men / women", "stored reference pages (grade B)", "≈20–250 / ≈20–200 µg/L",
                    "s-genotype-odds-ratios (3000 healthy-man, 3000 healthy-woman, each with drawn parameters):"
                    + " 2.5th–97.5th percentile (median) at baseline",
                    () -> f("%s / %s µg/L", range(MEN, Observable.SERUM_FERRITIN, "%.0f"),
                            range(WOMEN, Observable.SERUM_FERRITIN, "%.0f"))),
            new Item(BODY, "Transferrin saturation, normal range", "reference pages (grade B)", "20–50% (typically ≈30%)",
                    "s-genotype-odds-ratios: 2.5th–97.5th percentile (median) at baseline, 00:00, men / women",
                    () -> f("%s%% / %s%%", range(MEN, Observable.TSAT, "%.0f"), range(WOMEN, Observable.TSAT, "%.0f"))),
            new Item(BODY, "Day–night swing of serum iron (healthy)", "physiology.md note 6; Ridefelt 2010",
                    "modest, ≤20–30%", "healthy-man, untreated, one day", Scorecard::serumIronSwing),
            new Item(BODY, "Clock time of the day's highest serum iron (night sleep)", "Ridefelt 2010; Clin Biochem 2017 (Calgary)",
                    "≈12:36–12:48 (Ridefelt); 11–12 h (Calgary)", "healthy-man, untreated, one day",
                    () -> clock(peakSerumIronH())),
            new Item(BODY, "Serum iron in the afternoon and the evening against the morning", "Dale 2002; textbook (grade C)",
                    "08 h above 16 h in only half of people (Dale); evening ≈20–30% below the morning (textbook)",
                    "healthy-man, untreated, one day: 16:00 and 20:00 against 08:00", () -> {
                        Trajectory t = healthyManDay();
                        double morning = t.valueAt(Observable.SERUM_IRON, 8);
                        return f("16:00 %+.0f%%, 20:00 %+.0f%%", 100 * (t.valueAt(Observable.SERUM_IRON, 16) / morning - 1),
                                100 * (t.valueAt(Observable.SERUM_IRON, 20) / morning - 1));
                    }),
            new Item(BODY, "Hb recovery after a donation", "ISBT review; Blood Adv 2017",
                    "80% of the drop after ≈5 months in many donors", "t27-donation (iron-replete man)",
                    () -> RoundTwo.T27.run().modelValue()),
            new Item(BODY, "Days to recover 80% of the Hb drop after 500 mL, iron-replete donors (ferritin >26), without / "
                    + "with 37.5 mg/d oral iron", "Kiss 2015 (JAMA 313:575, RCT)", "78 / 31 days",
                    "t27-donation (iron-replete man), arms Donation and Donation + iron", () -> f("%.0f / %.0f days",
                            RoundTwo.DonationRecovery.of(donation()).recoveredH() / DAY_H,
                            RoundTwo.DonationRecovery.of(Lab.arm(DONATION, "Donation + iron")).recoveredH() / DAY_H)),
            new Item(BODY, "Lost total Hb mass back at baseline after 550 mL, 29 men (CO rebreathing)",
                    "Pottgiesser 2008 (Transfusion 48:1390)", "36 ± 11 days (95% CI 32–40; range 20–59)",
                    "t27-donation (iron-replete man, 500 mL): red-cell iron", () -> {
                        Trajectory t = donation();
                        return f("%.0f%% back at day 36, 95%% at day %.0f", redCellIronBackPct(t, 36), daysToRedCellIronBack(t, 95));
                    }),
            new Item(BODY, "Share of the lost Hb mass back 4 weeks after a donation, 10 donors (CO rebreathing)",
                    "Falz 2014 (Clin Sports Med Int)", "69%", "t27-donation (iron-replete man, 500 mL): red-cell iron at day 28",
                    () -> f("%.0f%%", redCellIronBackPct(donation(), 28))),
            new Item(BODY, "Hb and ferritin after a standard donation, 19 men with ferritin 113 µg/L", "Ziegler 2015 (Transfusion 55:898)",
                    "Hb −7.9% at day 3, not below baseline at day 28; ferritin −46% at day 14 (113 → 61 µg/L)",
                    "t27-donation (iron-replete man, 500 mL)", () -> {
                        Trajectory t = donation();
                        double at = t.events().get(0).startH();
                        double hb = t.valueAt(Observable.HB, at - 1);
                        double ferritin = t.valueAt(Observable.SERUM_FERRITIN, at - 1);
                        double ferritin14 = t.valueAt(Observable.SERUM_FERRITIN, at + 14 * DAY_H);
                        return f("Hb %+.1f%% at day 3, %+.1f%% at day 28; ferritin %+.0f%% at day 14 (%.0f → %.0f µg/L)",
                                100 * (t.valueAt(Observable.HB, at + 3 * DAY_H) / hb - 1),
                                100 * (t.valueAt(Observable.HB, at + 28 * DAY_H) / hb - 1),
                                100 * (ferritin14 / ferritin - 1), ferritin, ferritin14);
                    }),
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
            new Item(ORAL, "Hepcidin 8 h and 24 h after a 40 mg dose (raised after 60 mg and more, T9)",
                    "Moretti/Zimmermann FASEB abstract", "not raised", "t09-hepcidin-profile, 40 mg ÷ no dose (iron-deficient-woman)",
                    () -> {
                        Trajectory dosed = Lab.arm("t09-hepcidin-profile", "40 mg");
                        Trajectory none = Lab.arm("t09-hepcidin-profile", "No dose");
                        double at = Lab.oralDoseTimes(dosed).get(0);
                        return f("×%.2f at 8 h, ×%.2f at 24 h", Experiments.hepcidinRatio(dosed, none, at + 8),
                                Experiments.hepcidinRatio(dosed, none, at + 24));
                    }),
            new Item(ORAL, "60 mg doses absorbed in Moretti's studies 2 and 3", "Moretti 2015 Table 2",
                    "10.2–13.8 mg", "t07-single-dose, 60 mg, iron-deficient-woman",
                    () -> f("%.1f mg", Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "60 mg"), 3 * DAY_H))),
            new Item(ORAL, "Three 60 mg doses within 24 h (two mornings and an afternoon) against two morning doses: iron absorbed",
                    "Moretti 2015 (study 3)", "not significantly more",
                    "t08-consecutive-days, both arms (iron-deficient-woman; afternoon dose at 14:00, assumed)", () -> {
                        double three = Lab.absorbedFromDoses(Lab.arm("t08-consecutive-days", "Three 60 mg doses within 24 h"), 3 * DAY_H);
                        double two = Lab.absorbedFromDoses(Lab.arm("t08-consecutive-days", "60 mg on two consecutive days"), 3 * DAY_H);
                        return f("%.1f vs %.1f mg (×%.2f)", three, two, three / two);
                    }),
            new Item(ORAL, "Absorption on days 2 and 5 vs day 3 (100 mg, iron-deficiency anaemia)", "Stoffel 2020",
                    "days 2 and 5 40–50% higher than day 3", "s-stoffel-2020", Scorecard::stoffel2020),
            new Item(ORAL, "Hepcidin before the doses of days 2, 3 and 5 (100 mg, iron-deficiency anaemia)", "Stoffel 2020",
                    "higher on day 3 than on days 2 and 5; days 2 and 5 alike", "s-stoffel-2020, at 08:00 of each dose day", () -> {
                        Trajectory t = Lab.arm("s-stoffel-2020", "Days 2, 3 and 5");
                        List<Double> doses = Lab.oralDoseTimes(t);
                        return f("×%.3f, ×%.3f, ×%.3f of the healthy reference", t.valueAt(Observable.HEPCIDIN, doses.get(0) - 0.01),
                                t.valueAt(Observable.HEPCIDIN, doses.get(1) - 0.01), t.valueAt(Observable.HEPCIDIN, doses.get(2) - 0.01));
                    }),
            new Item(ORAL, "Fractional absorption of a fasting dose when iron-replete (ferritin >60)", "physiology.md §2 (grade C)",
                    "≈2–6%", "t07-single-dose, 60 mg, replete man (healthy-man, ferritin 107 ng/mL)", () -> {
                        double mg = Lab.absorbedFromDoses(Lab.arm("t07-single-dose", "60 mg, replete man"), 3 * DAY_H);
                        return f("%.1f%% (%.1f mg)", 100 * mg / 60, mg);
                    }),
            new Item(ORAL, "Adaptation of diet absorption after 12 weeks of 50 mg/d, mixed adults", "Hunt & Roughead 1999",
                    "×0.64 (5.0% → 3.2%)", "t23-adaptation, healthy-woman", Scorecard::repleteAdaptation),
            new Item(ORAL, "Black tea with the iron", "Morck 1983 (with a meal); Hurrell 1999 (bread meal)",
                    "×0.36 (−64%); ×0.06–0.21 (−79 to −94%)",
                    "t11-modifiers, 100 mg with black tea ÷ with water (gut.intake.tea was set to Morck's ×0.36 as a factor on"
                    + " the uptake rate)", () -> f("×%.2f", modifier("With black tea"))),
            new Item(ORAL, "Milk with the iron", "Hurrell 1999 (bread meal)", "no effect",
                    "t11-modifiers, 100 mg with milk ÷ with water", () -> f("×%.2f", modifier("With milk"))),
            new Item(ORAL, "Calcium supplements (600 mg) without food: citrate / phosphate", "Cook 1991",
                    "×0.51 / ×0.38 (−49% / −62%)", "t11-modifiers, 100 mg with 500 mg calcium ÷ with water (the number of T11a)",
                    () -> f("×%.2f", modifier("With 500 mg calcium"))),
            new Item(ORAL, "Taken 45–60 min before food against with food", "secondary clinical page (grade B)", "≈×1.5",
                    "t11-modifiers, 100 mg fasting ÷ with a meal (gut.intake.meal was derived from it as a factor on the uptake"
                    + " rate)", () -> f("×%.2f", 1 / modifier("With a meal"))),
            new Item(IV, "FCM 100 mg: half-life, Cmax, AUC, clearance", "IJMS 2022 Table 5 (Geisser & Burckhardt 2011)",
                    "7.4 h; 37 mg/L; 333 mg·h/L; 0.26 L/h", "s-iv-pk, FCM 100 mg (5-min injection, iron-deficient-anaemic-woman)",
                    () -> {
                        Pk pk = Pk.of(Lab.arm(IV_PK, "FCM 100 mg"), ANAEMIC);
                        return f("%.1f h; %.0f mg/L; %.0f mg·h/L; %.2f L/h", pk.halfLifeH(), pk.cmax(), pk.auc(), 100 / pk.auc());
                    }),
            new Item(IV, "FCM 1000 mg: AUC, clearance", "IJMS 2022 Table 5 (Geisser & Burckhardt 2011)", "6,277 mg·h/L; 0.16 L/h",
                    "t12-fcm-pk (T12's run)", () -> {
                        Pk pk = Pk.of(Lab.arm("t12-fcm-pk", FCM), ANAEMIC);
                        return f("%.0f mg·h/L; %.2f L/h", pk.auc(), 1000 / pk.auc());
                    }),
            new Item(IV, "Peak of serum ferritin after FCM 500–1000 mg", "Geisser & Banké 2010 (numbers grade C)",
                    "48–120 h after the infusion", "s-iv-pk, FCM 1000 mg", () -> {
                        Trajectory t = Lab.arm(IV_PK, "FCM 1000 mg");
                        int peak = 0;
                        for (int row = 0; row < t.size(); row++) {
                            peak = t.value(Observable.SERUM_FERRITIN, row) > t.value(Observable.SERUM_FERRITIN, peak) ? row : peak;
                        }
                        return f("%.0f h (%.0f → %.0f µg/L)", t.timeH(peak) - 8, t.value(Observable.SERUM_FERRITIN, 0),
                                t.value(Observable.SERUM_FERRITIN, peak));
                    }),
            new Item(IV, "Cmax of other products: iron sucrose 100 mg; ferric gluconate 125 mg; ferric derisomaltose 1000 mg",
                    "IJMS 2022 Table 5", "35.5; 20.6; 408 mg/L",
                    "s-iv-pk (100–125 mg as a 5-min injection, 1000 mg over 15 min, assumed; iron-deficient-anaemic-woman)",
                    () -> f("%.1f; %.1f; %.0f mg/L", Pk.of(Lab.arm(IV_PK, "Iron sucrose 100 mg"), ANAEMIC).cmax(),
                            Pk.of(Lab.arm(IV_PK, "Ferric gluconate 125 mg"), ANAEMIC).cmax(),
                            Pk.of(Lab.arm(IV_PK, "Ferric derisomaltose 1000 mg"), ANAEMIC).cmax())),
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
            new Item(IV, "Hepcidin back to baseline after 200 mg: iron sucrose; FCM; iron isomaltoside", "Garbowski 2021",
                    "within 48–150 h", "s-garbowski-2021 (iron-deficient-woman): last time hepcidin is more than 10% above the"
                    + " untreated arm's", () -> f("%s; %s; %s", hepcidinBack("Iron sucrose 200 mg"), hepcidinBack("FCM 200 mg"),
                            hepcidinBack("Ferric derisomaltose 200 mg"))),
            new Item(IV, "Ferritin rise after 200 mg (area under the curve): iron sucrose; FCM; iron isomaltoside", "Garbowski 2021",
                    "highest with FCM", "s-garbowski-2021, ferritin above the untreated arm's over week 1", () -> f(
                            "%.0f; %.0f; %.0f µg/L·d", ferritinArea("Iron sucrose 200 mg"), ferritinArea("FCM 200 mg"),
                            ferritinArea("Ferric derisomaltose 200 mg"))),
            new Item(BRAIN, "CSF ferritin in RLS with normal serum ferritin, against controls", "Earley 2000 (grade C)", "≈65% lower",
                    "steady state of rls-normal-iron against healthy-woman: brain iron (the model's only brain measure stands in"
                    + " for CSF ferritin)", () -> f("%+.0f%% brain iron", 100 * (b("rls-normal-iron").value(Observable.BRAIN_IRON)
                            / b("healthy-woman").value(Observable.BRAIN_IRON) - 1))),
            new Item(BRAIN, "Brain iron 2 weeks after 1000 mg: iron dextran; iron sucrose", "Earley 2004; Earley 2009",
                    "dextran: MRI iron up (nigra, prefrontal cortex); sucrose: no MRI change, small CSF ferritin rise",
                    "s-rls-iv-brain (rls-normal-iron), against the untreated arm at day 14", () -> f(
                            "dextran %+.1f%%, sucrose %+.1f%%", brainGain("Iron dextran 1000 mg"), brainGain("Iron sucrose 2 x 500 mg"))),
            new Item(PREVALENCE, "Clinically relevant RLS in the general population, women / men", "Allen 2005 (REST); Ohayon 2012",
                    "2.7% sufferers (REST); 2.2–7.9% by frequency and severity; women more than men",
                    "s-genotype-odds-ratios (healthy-woman, healthy-man, genotypes drawn): a score above 10", () -> {
                        Readouts.Estimate w = prevalence(WOMEN);
                        Readouts.Estimate m = prevalence(MEN);
                        return f("%.1f%% (95%% CI %.1f–%.1f) / %.1f%% (%.1f–%.1f)", w.value(), w.low(), w.high(), m.value(), m.low(),
                                m.high());
                    }),
            new Item(PREVALENCE, "RLS in iron-deficiency anaemia", "Allen 2013 (grade C); Short 2024",
                    "≈24%; 5–6 times the general population",
                    "s-prevalence-ida (200 iron-deficient-anaemic-woman, genotypes drawn) against s-genotype-odds-ratios' women and"
                    + " men together", () -> {
                        Readouts.Estimate ida = Readouts.of(Lab.cohort("s-prevalence-ida", "Iron-deficiency anaemia"), 2 * DAY_H)
                                .symptomatic();
                        return f("%.1f%% (95%% CI %.1f–%.1f); %.1f times", ida.value(), ida.low(), ida.high(),
                                ida.value() / generalPrevalence());
                    }),
            new Item(TRIALS, "IRLS in the FCM arm at week 6 (treatment plus placebo response)", "Cho 2016",
                    "−11.9 points", "t14-fcm-rls (no placebo response in the model)",
                    () -> f("%+.1f points", change(T14, FCM, 6 * WEEK_H))),
            new Item(TRIALS, "Each arm's IRLS change at week 6, mean ± SD: FCM 1000 mg; placebo", "Cho 2016",
                    "−11.9 ± 8.0; −7.9 ± 5.9", "t14-fcm-population (T14b's virtual trial, with the placebo response)", () -> {
                        Readouts.Arm fcm = Lab.readout(T14_TRIAL, FCM, 6 * WEEK_H);
                        Readouts.Arm placebo = Lab.readout(T14_TRIAL, PLACEBO, 6 * WEEK_H);
                        return f("%+.1f ± %.1f; %+.1f ± %.1f", fcm.change().value(), fcm.sd(), placebo.change().value(), placebo.sd());
                    }),
            new Item(TRIALS, "Responders and remitters at week 6 after FCM 1000 mg", "Cho 2016", "59.4%; 37.5% (IRLS <10)",
                    "t14-fcm-population (remitters: IRLS ≤10; T14b's band spans Allen 2011 to Cho 2016)", () -> {
                        Readouts.Arm fcm = Lab.readout(T14_TRIAL, FCM, 6 * WEEK_H);
                        return f("%.0f%%; %.0f%%", fcm.responders().value(), fcm.remitters().value());
                    }),
            new Item(TRIALS, "Each arm's IRLS change at day 28: FCM 2 × 500 mg; placebo", "Allen 2011", "−8.9; −4.0",
                    "t19-fcm-population (T19b's virtual trial, with the placebo response)", () -> f("%+.1f; %+.1f",
                            Lab.readout(T19_TRIAL, "FCM 2 x 500 mg", 28 * DAY_H).change().value(),
                            Lab.readout(T19_TRIAL, PLACEBO, 28 * DAY_H).change().value())),
            new Item(TRIALS, "Responders, iron against placebo: risk ratio", "2025 meta-analysis of 12 RCTs, all iron (PMID 40821477; grade B)", "2.06",
                    "t14-fcm-population at week 6; t19-fcm-population at day 28", () -> f("%.2f; %.2f",
                            responderRatio(T14_TRIAL, FCM, 6 * WEEK_H), responderRatio(T19_TRIAL, "FCM 2 x 500 mg", 28 * DAY_H))),
            new Item(TRIALS, "IRLS of the responders, before and 3 weeks after FCM 500 mg (open label)", "Freiburg 2012",
                    "28.3 → 18.3 (12 of 20 responded)", "t22-fcm-population: the virtual patients who respond (≥50% less) at week 3",
                    Scorecard::freiburgResponders),
            new Item(TRIALS, "Responders 2 weeks after iron dextran 1000 mg (open label)", "Earley 2004", "6 of 10",
                    "s-dextran-population (200 rls-normal-iron; responders ≥50% less, with the placebo response)", () -> {
                        Readouts.Estimate r = Lab.readout("s-dextran-population", "Iron dextran 1000 mg", 14 * DAY_H).responders();
                        return f("%.0f%% (95%% CI %.0f–%.0f)", r.value(), r.low(), r.high());
                    }),
            new Item(TRIALS, "Iron sucrose 1000 mg in RLS on haemodialysis: IRLS change 2 weeks after, drug; placebo", "Deng 2017",
                    "−7.38; −0.81", "s-dialysis-rls (ckd-dialysis with the RLS barrier; 5 × 200 mg, day 26; untreated arm as placebo)",
                    () -> f("%+.1f; %+.1f (baseline %.0f)", change(DIALYSIS, "Iron sucrose 5 x 200 mg", 26 * DAY_H),
                            change(DIALYSIS, NONE, 26 * DAY_H), Lab.arm(DIALYSIS, NONE).value(Observable.SYMPTOM_SCORE, 0))),
            new Item(TRIALS, "Iron dextran 1000 mg in RLS with end-stage renal disease: drug − placebo at weeks 1, 2 and 4",
                    "Sloand 2004 (grade B)", "benefit at weeks 1–2, only marginal at week 4",
                    "s-dialysis-rls, Iron dextran 1000 mg − No treatment", () -> f("%+.1f, %+.1f, %+.1f points",
                            Experiments.effect(DIALYSIS, "Iron dextran 1000 mg", WEEK_H),
                            Experiments.effect(DIALYSIS, "Iron dextran 1000 mg", 2 * WEEK_H),
                            Experiments.effect(DIALYSIS, "Iron dextran 1000 mg", 4 * WEEK_H))),
            new Item(TRIALS, "Oral ferrous sulfate 325 mg twice daily for 12 weeks, RLS with mean ferritin ≈118", "Davis 2000",
                    "no benefit", "s-davis-2000 (rls-man, ferritin 107 ng/mL): treated − untreated at week 12", () -> {
                        Trajectory t = Lab.arm("s-davis-2000", "Ferrous sulfate twice daily");
                        double end = t.timeH(t.size() - 1);
                        return f("%+.1f points (ferritin %.0f → %.0f ng/mL)", Experiments.effect("s-davis-2000",
                                "Ferrous sulfate twice daily", end - 8), t.value(Observable.SERUM_FERRITIN, 0),
                                t.value(Observable.SERUM_FERRITIN, t.size() - 1));
                    }),
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
                    "t22-fcm-500-open, FCM 1000 mg arm (rls-iron-deficient); s-fcm-iron-deficient-trial (200 per arm)",
                    Scorecard::ironDeficientResponder),
            new Item(TRIALS, "Duration of benefit after 1 g iron dextran", "Ondo 2010",
                    "15.8 ± 17.7 weeks (1–60)", "t14-fcm-rls (half the benefit lost)",
                    () -> Experiments.t15a().modelValue()),
            new Item(AGONISTS, "Augmentation after 6 months of pramipexole (placebo)", "Högl 2011", "9.2% (placebo 6.0%)",
                    "t18-pramipexole-augmentation (0.25 mg nightly, rls-normal-iron)", () -> f("%.1f%% (no treatment %.1f%%)",
                            Lab.arm(PRAMIPEXOLE, PRAMIPEXOLE_ARM).valueAt(Observable.AUGMENTATION, 26 * WEEK_H),
                            Lab.arm(PRAMIPEXOLE, NONE).valueAt(Observable.AUGMENTATION, 26 * WEEK_H))),
            new Item(AGONISTS, "IRLS change after 6 months, pramipexole against placebo", "Högl 2011", "−13.7 vs −11.1 (−2.6)",
                    "t18-pramipexole-augmentation: pramipexole − no treatment at week 26 (no placebo response)",
                    () -> f("%+.1f points", Experiments.effect(PRAMIPEXOLE, PRAMIPEXOLE_ARM, 26 * WEEK_H - 8))),
            new Item(AGONISTS, "Augmentation after a mean 2.7 years (community); after a mean 21 months (clinic)",
                    "Allen 2011 (community sample); Winkelman & Johnston 2004", "20% (definite or highly suggestive); 32%",
                    "t18-pramipexole-augmentation", () -> f("%.0f%%; %.0f%%",
                            Lab.arm(PRAMIPEXOLE, PRAMIPEXOLE_ARM).valueAt(Observable.AUGMENTATION, 2.7 * YEAR_H),
                            Lab.arm(PRAMIPEXOLE, PRAMIPEXOLE_ARM).valueAt(Observable.AUGMENTATION, 21 * MONTH_H))),
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

    /** One untreated day of the healthy man from his steady state, every 15 min. */
    private static Trajectory healthyManDay() {
        Baseline x = b("healthy-man");
        return new Simulator().run(x.model(), x.state().copy(), List.of(), DAY_H, 0.25);
    }

    /** Clock time of the healthy man's highest serum iron in one untreated day, h. */
    private static double peakSerumIronH() {
        Trajectory t = healthyManDay();
        int peak = 0;
        for (int row = 0; row < t.size(); row++) {
            peak = t.value(Observable.SERUM_IRON, row) > t.value(Observable.SERUM_IRON, peak) ? row : peak;
        }
        return t.timeH(peak);
    }

    /** A clock time of day 0, hh:mm. */
    private static String clock(double timeH) {
        return f("%02.0f:%02.0f", Math.floor(timeH), 60 * (timeH - Math.floor(timeH)));
    }

    private static String serumIronSwing() {
        Trajectory t = healthyManDay();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int row = 0; row < t.size(); row++) {
            double v = t.value(Observable.SERUM_IRON, row);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return f("%.0f%% (high %.1f, low %.1f µmol/L; highest at %s)", 100 * (hi - lo) / hi, hi, lo, clock(peakSerumIronH()));
    }

    /** Red-cell iron at week 36 of the pregnancy relative to before it, %. */
    /** The donation arm of t27-donation: one 500 mL donation in the iron-replete man. */
    private static Trajectory donation() {
        return Lab.arm(DONATION, "Donation");
    }

    /** Share of the red-cell iron removed by a run's first donation that is back a number of days after it, %. */
    private static double redCellIronBackPct(Trajectory t, double days) {
        double at = t.events().get(0).startH();
        double before = t.amount(Compartment.RED_CELLS, t.rowAt(at - 1));
        double after = t.amount(Compartment.RED_CELLS, t.rowAt(at + 0.01));
        return 100 * (t.amount(Compartment.RED_CELLS, t.rowAt(at + days * DAY_H)) - after) / (before - after);
    }

    /** Days from a run's first donation until a share of the red-cell iron it removed is back (NaN if never). */
    private static double daysToRedCellIronBack(Trajectory t, double pct) {
        double at = t.events().get(0).startH();
        for (int row = t.rowAt(at); row < t.size(); row++) {
            double days = (t.timeH(row) - at) / DAY_H;
            if (redCellIronBackPct(t, days) >= pct) {
                return days;
            }
        }
        return Double.NaN;
    }

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

    /**
     * FCM 1000 mg in non-anaemic iron-deficient RLS: the single archetype against its untreated course, and the
     * virtual trial against a placebo arm (both arms with the placebo response, patients drawn and screened).
     */
    private static String ironDeficientResponder() {
        String s = "t22-fcm-500-open";
        String trial = "s-fcm-iron-deficient-trial";
        return f("archetype %+.1f at week 6, %+.1f at week 12 (baseline %.0f; untreated arm as placebo); virtual trial"
                        + " %+.1f and %+.1f (200 per arm)",
                Experiments.effect(s, FCM, 6 * WEEK_H), Experiments.effect(s, FCM, 12 * WEEK_H),
                Lab.arm(s, FCM).value(Observable.SYMPTOM_SCORE, 0), trialDifference(trial, 6 * WEEK_H),
                trialDifference(trial, 12 * WEEK_H));
    }

    /** Drug − placebo in symptom score of a virtual trial with arms "FCM 1000 mg" and "Placebo", points. */
    private static double trialDifference(String trial, double atH) {
        return Readouts.difference(Lab.readout(trial, FCM, atH), Lab.readout(trial, "Placebo", atH)).value();
    }

    /** An amount per kg of the patient's body weight, mg/kg. */
    private static double perKg(String patient, double mg) {
        return mg / b(patient).model().parameters().get(Blood.BODY_WEIGHT);
    }

    /** Red-cell iron of an arm of s-iv-pk at a time, mg. */
    private static double redCells(String arm, double timeH) {
        Trajectory t = Lab.arm(IV_PK, arm);
        return t.amount(Compartment.RED_CELLS, t.rowAt(timeH));
    }

    /** The 2.5th–97.5th percentile of an output at baseline among an arm's patients of s-genotype-odds-ratios, with the median. */
    private static String range(String arm, Observable o, String format) {
        double[][] p = Readouts.percentiles(Lab.cohort(GENERAL_POPULATION, arm), o, 2.5, 50, 97.5);
        return f(format + "–" + format + " (" + format + ")", p[0][0], p[2][0], p[1][0]);
    }

    /** Share with a score above 10 at the end of s-genotype-odds-ratios in one arm, %. */
    private static Readouts.Estimate prevalence(String arm) {
        return Readouts.of(Lab.cohort(GENERAL_POPULATION, arm), Lab.scenario(GENERAL_POPULATION).scenario().durationH())
                .symptomatic();
    }

    /** Share with a score above 10 among all patients of s-genotype-odds-ratios, women and men together, %. */
    private static double generalPrevalence() {
        double cases = 0;
        double patients = 0;
        for (String arm : List.of(WOMEN, MEN)) {
            int n = Lab.cohort(GENERAL_POPULATION, arm).patients().size();
            cases += prevalence(arm).value() * n;
            patients += n;
        }
        return cases / patients;
    }

    /** Supplement iron absorbed in an arm of t11-modifiers over that of the morning dose with water. */
    private static double modifier(String arm) {
        Trajectory t = Lab.arm(MODIFIERS, arm);
        Trajectory water = Lab.arm(MODIFIERS, "Morning with water");
        return Lab.absorbedFromDoses(t, t.timeH(t.size() - 1)) / Lab.absorbedFromDoses(water, water.timeH(water.size() - 1));
    }

    /**
     * Pharmacokinetics of one IV dose as T12 reads them: serum total iron (complex plus transferrin iron over the
     * plasma volume), the complex's half-life between 2 h and 24 h after the start, and the area under the complex's
     * concentration (the baseline-corrected serum iron of a PK study).
     *
     * @param cmax      highest serum total iron, mg/L
     * @param halfLifeH half-life of the complex, h
     * @param auc       area under the complex's plasma concentration, mg·h/L
     */
    private record Pk(double cmax, double halfLifeH, double auc) {
        static Pk of(Trajectory t, String patient) {
            double plasmaL = b(patient).model().parameters().get(Blood.PLASMA_VOLUME);
            double start = t.events().get(0).startH();
            double cmax = 0;
            double auc = 0;
            for (int row = 0; row < t.size(); row++) {
                cmax = Math.max(cmax, (t.value(Observable.IV_COMPLEX, row) + t.amount(Compartment.PLASMA, row)) / plasmaL);
                if (row > 0) {
                    auc += (t.timeH(row) - t.timeH(row - 1))
                            * (t.value(Observable.IV_COMPLEX, row) + t.value(Observable.IV_COMPLEX, row - 1)) / 2 / plasmaL;
                }
            }
            double c2 = t.valueAt(Observable.IV_COMPLEX, start + 2);
            double c24 = t.valueAt(Observable.IV_COMPLEX, start + 24);
            return new Pk(cmax, Math.log(2) * 22 / Math.log(c2 / c24), auc);
        }
    }

    /**
     * When hepcidin of an arm of s-garbowski-2021 is last more than 10% above the untreated arm's, in hours after the
     * infusion, with the ratio at 150 h (the latest of the published return).
     */
    private static String hepcidinBack(String arm) {
        Trajectory t = Lab.arm(GARBOWSKI, arm);
        Trajectory none = Lab.arm(GARBOWSKI, NONE);
        double start = t.events().get(0).startH();
        double last = Double.NaN;
        for (int row = 0; row < t.size(); row++) {
            if (t.timeH(row) >= start && Experiments.hepcidinRatio(t, none, t.timeH(row)) > 1.1) {
                last = t.timeH(row) - start;
            }
        }
        double end = t.timeH(t.size() - 1) - start;
        String when = Double.isNaN(last) ? "never raised" : last >= end ? f("raised to the end (%.0f h)", end) : f("%.0f h", last);
        return f("%s, ×%.1f at 150 h", when, Experiments.hepcidinRatio(t, none, start + 150));
    }

    /** Area of an arm's serum ferritin above the untreated arm's over the week after the infusion, µg/L·d. */
    private static double ferritinArea(String arm) {
        Trajectory t = Lab.arm(GARBOWSKI, arm);
        Trajectory none = Lab.arm(GARBOWSKI, NONE);
        double start = t.events().get(0).startH();
        double area = 0;
        for (double h = start; h < start + WEEK_H; h += 1) {
            area += (t.valueAt(Observable.SERUM_FERRITIN, h) - none.valueAt(Observable.SERUM_FERRITIN, h)) / DAY_H;
        }
        return area;
    }

    /** Brain iron of an arm of s-rls-iv-brain at day 14 relative to the untreated arm's, %. */
    private static double brainGain(String arm) {
        double t = 8 + 14 * DAY_H;
        return 100 * (Lab.arm("s-rls-iv-brain", arm).valueAt(Observable.BRAIN_IRON, t)
                / Lab.arm("s-rls-iv-brain", NONE).valueAt(Observable.BRAIN_IRON, t) - 1);
    }

    /** Responders of a drug arm over those of the placebo arm of a virtual trial at a time. */
    private static double responderRatio(String scenario, String arm, double atH) {
        return Lab.readout(scenario, arm, atH).responders().value() / Lab.readout(scenario, PLACEBO, atH).responders().value();
    }

    /** The mean score of t22-fcm-population's patients who respond at week 3, before and then. */
    private static String freiburgResponders() {
        CohortResult series = Lab.cohort("t22-fcm-population", "FCM 500 mg");
        int k = series.gridIndex(3 * WEEK_H);
        double before = 0;
        double after = 0;
        int responders = 0;
        for (PatientOutcome p : series.patients()) {
            if (p.responder(k)) {
                before += p.baselineScore();
                after += p.score(k);
                responders++;
            }
        }
        return f("%.1f → %.1f (%d of %d responded)", before / responders, after / responders, responders, series.patients().size());
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
