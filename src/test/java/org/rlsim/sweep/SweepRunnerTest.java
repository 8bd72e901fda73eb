package org.rlsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.population.Locus;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Readouts;
import org.rlsim.population.CohortResult;
import org.rlsim.scenario.Analyses;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.ExpectationReader;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.Expectation;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.scenario.Variation;
import org.rlsim.simulation.PiecewiseLinear;
import org.rlsim.simulation.RunControl;

class SweepRunnerTest {
    private static final String IV = "IV ferric carboxymaltose";
    private static final double WEEK_12_H = 12 * TimeUnits.WEEK_H;

    static Scenario oralVsIv() throws Exception {
        return new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
    }

    static Expectation.Subject subject(Observable output, String arm, boolean dailyMean) {
        return new Expectation.Subject(output.shortNameInWords() + " in \"" + arm + "\"", "test", output, dailyMean, arm);
    }

    /** A bundled lesson with its population size replaced ({@code size} by {@code fewer}), loaded from a copy in {@code dir}. */
    private static Scenario withFewerPatients(Path dir, String lesson, String size, String fewer) throws Exception {
        Path file = dir.resolve(lesson + ".yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios", lesson + ".yaml")).replace(size, fewer));
        return new ScenarioLoader().load(file);
    }

    @Test
    void aDoseSweepInParallelGivesExactlyTheSerialNumbers() throws Exception {
        List<Metric> metrics = List.of(new Metric.At(subject(Observable.BRAIN_IRON, IV, false), WEEK_12_H),
                new Metric.Change(subject(Observable.SYMPTOM_SCORE, IV, false), 0, WEEK_12_H),
                new Metric.Extreme(subject(Observable.SERUM_FERRITIN, IV, false), true));
        Sweep sweep = new Sweep(oralVsIv(), Map.of(), List.of(Axis.range(new Variation.ArmDose(IV), 250, 2000, 4, false)), metrics);
        SweepResult parallel = new SweepRunner().run(sweep, new RunControl());
        SweepResult serial = SweepRunner.serial().run(sweep, new RunControl());
        assertEquals(serial, parallel);
        double[] brain = parallel.line(0, 0);
        for (int i = 1; i < brain.length; i++) {
            assertTrue(brain[i] > brain[i - 1], "brain iron rises with the dose: " + java.util.Arrays.toString(brain));
        }
    }

    @Test
    void aPointsMetricsAreThoseOfTheFullRunOfTheScenario() throws Exception {
        Scenario scenario = oralVsIv();
        List<Metric> metrics = List.of(new Metric.At(subject(Observable.BRAIN_IRON, IV, false), WEEK_12_H),
                new Metric.At(subject(Observable.TSAT, "Oral ferrous sulfate", true), 4 * TimeUnits.WEEK_H),
                new Metric.Change(subject(Observable.SYMPTOM_SCORE, IV, false), 0, WEEK_12_H + 1),
                new Metric.DayReaching(subject(Observable.SERUM_FERRITIN, "Oral ferrous sulfate", false), 75),
                new Metric.Extreme(subject(Observable.SERUM_FERRITIN, IV, false), true));
        Sweep sweep = new Sweep(scenario, Map.of(), List.of(Axis.range(new Variation.ArmDose(IV), 1000, 1000, 2, false)), metrics);
        double[] swept = new SweepRunner().run(sweep, new RunControl()).values()[0];
        ScenarioResult full = new ScenarioRunner().run(scenario, Map.of());
        PiecewiseLinear brain = curve(full, IV, Observable.BRAIN_IRON);
        PiecewiseLinear tsat = curve(full, "Oral ferrous sulfate", Observable.TSAT);
        PiecewiseLinear symptoms = curve(full, IV, Observable.SYMPTOM_SCORE);
        assertEquals(brain.valueAt(WEEK_12_H), swept[0], 1e-12);
        // Trapezoids over the same rows, summed in a different order.
        assertEquals(tsat.dailyMeanAt(4 * TimeUnits.WEEK_H), swept[1], 1e-9);
        // 1 h after a row: interpolated between the rows around it, as an expectation reads it.
        assertEquals(symptoms.valueAt(WEEK_12_H + 1) - symptoms.valueAt(0), swept[2], 1e-12);
        ArmResult ivArm = full.arms().get(1);
        double[] ferritin = ivArm.trajectory().series(Observable.SERUM_FERRITIN);
        assertEquals(java.util.Arrays.stream(ferritin).max().orElseThrow(), swept[4], 1e-12);
        assertTrue(Double.isNaN(swept[3]) || swept[3] > 0);
    }

    /**
     * Metrics up to week 12 of a 26-week scenario need only the first 13 weeks and a little (the solver's largest
     * step, one week, and one output interval): the numbers read from that shorter run are those of the whole run
     * bit for bit, and the shorter run is shorter.
     */
    @Test
    void week12MetricsAreReadFromAShorterRunWithTheWholeRunsNumbersExactly() throws Exception {
        Scenario scenario = oralVsIv();
        List<Metric> metrics = List.of(new Metric.At(subject(Observable.BRAIN_IRON, IV, false), WEEK_12_H),
                new Metric.At(subject(Observable.TSAT, IV, true), WEEK_12_H),
                new Metric.Change(subject(Observable.SYMPTOM_SCORE, IV, false), 0, WEEK_12_H + 1));
        Sweep sweep = new Sweep(scenario, Map.of(), List.of(Axis.range(new Variation.ArmDose(IV), 1000, 1000, 2, false)), metrics);
        double[] swept = new SweepRunner().run(sweep, new RunControl()).values()[0];
        ScenarioResult full = new ScenarioRunner().run(scenario, Map.of());
        PiecewiseLinear brain = curve(full, IV, Observable.BRAIN_IRON);
        PiecewiseLinear symptoms = curve(full, IV, Observable.SYMPTOM_SCORE);
        assertEquals(brain.valueAt(WEEK_12_H), swept[0], 0.0);
        assertEquals(full.arms().get(1).summary().dailyMeans(Observable.TSAT)[12 * 7 - 1], swept[1], 0.0);
        assertEquals(symptoms.valueAt(WEEK_12_H + 1) - symptoms.valueAt(0), swept[2], 0.0);

        org.rlsim.simulation.RunningSummary shorter = new org.rlsim.simulation.RunningSummary(Observable.BRAIN_IRON);
        new ScenarioRunner().runArm(scenario, scenario.arms().get(1), Map.of(), shorter, new RunControl(),
                WEEK_12_H + TimeUnits.WEEK_H + scenario.outputIntervalH(), scenario.outputIntervalH());
        assertTrue(shorter.rows() < full.arms().get(1).trajectory().size() * 0.6, "about 13 of 26 weeks simulated");
    }

    /** Metrics that read values at weeks 0, 4 and 12 only: rows every 4 weeks, with the whole run's numbers exactly. */
    @Test
    void aPointWhoseMetricsReadOnlyWeeks4And12IsSampledThereWithTheWholeRunsNumbersExactly() throws Exception {
        Scenario scenario = oralVsIv();
        List<Metric> metrics = List.of(new Metric.At(subject(Observable.BRAIN_IRON, IV, false), 4 * TimeUnits.WEEK_H),
                new Metric.Change(subject(Observable.SYMPTOM_SCORE, IV, false), 0, WEEK_12_H));
        assertEquals(4 * TimeUnits.WEEK_H, PointRunner.outputIntervalH(scenario.outputIntervalH(),
                metrics.stream().map(Metric.OfCourse.class::cast).toList()));
        Sweep sweep = new Sweep(scenario, Map.of(), List.of(Axis.range(new Variation.ArmDose(IV), 1000, 1000, 2, false)), metrics);
        double[] swept = new SweepRunner().run(sweep, new RunControl()).values()[0];
        ScenarioResult full = new ScenarioRunner().run(scenario, Map.of());
        PiecewiseLinear symptoms = curve(full, IV, Observable.SYMPTOM_SCORE);
        assertEquals(curve(full, IV, Observable.BRAIN_IRON).valueAt(4 * TimeUnits.WEEK_H), swept[0], 0.0);
        assertEquals(symptoms.valueAt(WEEK_12_H) - symptoms.valueAt(0), swept[1], 0.0);
    }

    @Test
    void aPointsRowsAreCoarserOnlyWhenEveryMetricReadsValuesAtTimesOnTheScenariosGrid() {
        Expectation.Subject brain = subject(Observable.BRAIN_IRON, IV, false);
        assertEquals(2 * WEEK_12_H, PointRunner.outputIntervalH(2, List.of(new Metric.Change(brain, 0, 2 * WEEK_12_H))));
        assertEquals(2, PointRunner.outputIntervalH(2, List.of(new Metric.At(brain, WEEK_12_H + 1))), "between rows");
        assertEquals(2, PointRunner.outputIntervalH(2, List.of(new Metric.At(brain, 2), new Metric.At(brain, 8))), "2 h apart: every row");
        assertEquals(2, PointRunner.outputIntervalH(2, List.of(new Metric.At(brain, WEEK_12_H), new Metric.Extreme(brain, true))), "a peak");
        assertEquals(2, PointRunner.outputIntervalH(2, List.of(new Metric.At(subject(Observable.TSAT, IV, true), WEEK_12_H))), "a daily mean");
        assertEquals(2, PointRunner.outputIntervalH(2, List.of(new Metric.Change(brain, 0, 0))), "day 0 only: every row");
    }

    private static PiecewiseLinear curve(ScenarioResult result, String arm, Observable o) {
        ArmResult a = result.arms().stream().filter(r -> r.arm().name().equals(arm)).findFirst().orElseThrow();
        return new PiecewiseLinear(a.trajectory().timeH(), a.trajectory().series(o));
    }

    @Test
    void aTornadoInParallelGivesExactlyTheSerialNumbers() throws Exception {
        List<Metric> metrics = List.of(new Metric.Change(subject(Observable.SYMPTOM_SCORE, IV, false), 0, WEEK_12_H));
        List<org.rlsim.model.Parameter> parameters = List.of(ParameterCatalog.find("bbb.capacity").orElseThrow(),
                ParameterCatalog.find("gut.diet_iron_mg_per_d").orElseThrow());
        Tornado.Result parallel = Tornado.run(oralVsIv(), Map.of(), metrics, parameters, new RunControl(), true);
        Tornado.Result serial = Tornado.run(oralVsIv(), Map.of(), metrics, parameters, new RunControl(), false);
        assertEquals(serial.bars(), parallel.bars());
        assertArrayEquals(serial.baseline(), parallel.baseline());
        List<Tornado.Bar> sorted = parallel.sortedBy(0);
        assertTrue(sorted.get(0).effect(0) >= sorted.get(1).effect(0), "largest effect first");
        assertTrue(sorted.get(1).effect(0) > 0, "both parameters change the symptom course");
        System.out.println(sorted.stream().map(b -> b.parameter().name() + ": " + b.atLow(0) + " .. " + b.atHigh(0)).toList()
                + " baseline " + parallel.baseline(0));
    }

    @Test
    void aPointsTrialReadoutsAreThoseOfTheFullRunsVirtualPatients(@TempDir Path dir) throws Exception {
        Scenario scenario = withFewerPatients(dir, "who-responds", "size: 40", "size: 4");
        String fcm = "FCM 1000 mg";
        double week6 = 6 * TimeUnits.WEEK_H;
        List<Metric> metrics = List.of(
                new Metric.Readout(subject(Observable.SYMPTOM_SCORE, fcm, false), Expectation.Metric.RESPONDERS, null, week6, null),
                new Metric.Readout(subject(Observable.SYMPTOM_SCORE, fcm, false), Expectation.Metric.DIFFERENCE, "Saline", week6, null),
                new Metric.Change(subject(Observable.SYMPTOM_SCORE, fcm, false), 0, week6));
        Sweep sweep = new Sweep(scenario, Map.of(), List.of(Axis.range(new Variation.ArmDose(fcm), 1000, 1000, 2, false)), metrics);
        double[] swept = new SweepRunner().run(sweep, new RunControl()).values()[0];
        ScenarioResult full = new ScenarioRunner().run(scenario, Map.of());
        Readouts.Arm treated = Readouts.of(full.cohorts().get(1), week6);
        Readouts.Arm saline = Readouts.of(full.cohorts().get(0), week6);
        assertEquals(treated.responders().value(), swept[0], 0, "the same virtual patients");
        assertEquals(Readouts.difference(treated, saline).value(), swept[1], 0);
        assertTrue(swept[1] != 0, "the arms differ");
    }

    @Test
    void aReadoutOfTheArmsPatientsWithAGenotypeIsThatOfTheFullRunsCarriers(@TempDir Path dir) throws Exception {
        Scenario scenario = withFewerPatients(dir, "genetic-penetrance", "size: 1000", "size: 30");
        String anaemia = "Iron-deficiency anaemia";
        double day2 = 2 * TimeUnits.DAY_H;
        ExpectationReader reader = new ExpectationReader(scenario.arms(), scenario.durationH(), true, Analyses.NONE);
        List<Metric> metrics = new java.util.ArrayList<>();
        for (int alleles = 0; alleles <= 2; alleles++) {
            metrics.add(reader.metric("--metric", "patients with symptoms in \"" + anaemia + "\" with " + alleles + " MEIS1 risk allele"
                    + (alleles == 1 ? "" : "s") + " at day 2"));
        }
        metrics.add(reader.metric("--metric", "patients with symptoms in \"" + anaemia + "\" at day 2"));
        Sweep sweep = new Sweep(scenario, Map.of(), List.of(Axis.range(new Variation.ParameterValue(ParameterCatalog.find("bbb.capacity")
                .orElseThrow()), 1, 1, 2, false)), metrics);
        double[] swept = new SweepRunner().run(sweep, new RunControl()).values()[0];
        CohortResult cohort = new ScenarioRunner().run(scenario, Map.of()).cohorts().get(1);
        for (int alleles = 0; alleles <= 2; alleles++) {
            CohortResult carriers = cohort.carrying(Locus.MEIS1, alleles);
            double expected = carriers.patients().isEmpty() ? Double.NaN : Readouts.of(carriers, day2).symptomatic().value();
            assertEquals(expected, swept[alleles], 0, alleles + " MEIS1 risk alleles: the same virtual patients");
        }
        assertEquals(Readouts.of(cohort, day2).symptomatic().value(), swept[3], 0, "without a genotype: every patient of the arm");
    }
}
