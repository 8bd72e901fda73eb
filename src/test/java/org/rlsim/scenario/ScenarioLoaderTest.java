package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.Gestation;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;

/** Valid scenarios: what each key turns into. All expected times are exact (whole or binary-exact hours). */
class ScenarioLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static final String HEAD = """
            title: Test
            patient: healthy-woman
            duration: 26 weeks
            """;

    /** A scenario with one arm whose regimen has the given items (each line indented 6 spaces in the text). */
    private Scenario oneArm(String regimen) throws ScenarioException {
        return loader.parse(HEAD + "arms:\n  - name: A\n    regimen:\n" + regimen, "test.yaml", "test");
    }

    private static List<Double> startTimes(Scenario s) {
        return s.arms().get(0).regimen().events().stream().map(DoseEvent::startH).toList();
    }

    private static Schedule onlySchedule(Scenario s) {
        RegimenItem item = s.arms().get(0).regimen().items().get(0);
        if (item instanceof RegimenItem.Oral o) {
            return o.schedule();
        }
        return item instanceof RegimenItem.Iv iv ? iv.schedule() : ((RegimenItem.Bleed) item).schedule();
    }

    @Test
    void loadsTheOralVersusIvExample() throws ScenarioException {
        Scenario s = loader.load(Path.of("scenarios", "oral-vs-iv.yaml"));
        assertEquals("oral-vs-iv", s.name());
        assertEquals("Oral versus IV iron in iron-deficient RLS", s.title());
        assertTrue(s.lesson().predict().startsWith("Both arms receive iron."));
        assertEquals(List.of(Patient.find("rls-iron-deficient").orElseThrow()), s.patients());
        assertEquals(26 * 7 * 24.0, s.durationH());
        assertEquals(2.0, s.outputIntervalH());
        assertEquals(List.of(Observable.SERUM_FERRITIN, Observable.BRAIN_IRON, Observable.SYMPTOM_SCORE,
                Observable.HB, Observable.TSAT, Observable.HEPCIDIN), s.charts());
        assertEquals(List.of(), s.warnings());

        List<DoseEvent> oral = s.arms().get(0).regimen().events();
        assertEquals("Oral ferrous sulfate", s.arms().get(0).name());
        assertEquals(182, oral.size());
        for (int day = 0; day < 182; day++) {
            assertEquals(new OralDose(24.0 * day + 8, 65, IntakeCondition.FASTING), oral.get(day));
        }
        assertEquals(List.of(new IvInfusion(8, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE)),
                s.arms().get(1).regimen().events());
    }

    @Test
    void convertsUnitsAtTheBoundary() throws ScenarioException {
        Scenario s = loader.parse("""
                title: Units
                patient: healthy-man
                duration: 1 month
                output_interval: 30 min
                arms:
                  - name: IV
                    regimen:
                      - iv: {product: fcm, dose: 1 g, infusion: 0}
                      - donation: {volume: 0.5 L, start: day 1}
                """, "units.yaml", "units");
        assertEquals(730.5, s.durationH());
        assertEquals(0.5, s.outputIntervalH());
        assertEquals(List.of(new IvInfusion(8, 1000, 0, IvProduct.FERRIC_CARBOXYMALTOSE),
                new BloodLoss(32, 500, 0, "blood donation")), s.arms().get(0).regimen().events());
    }

    @Test
    void aPregnancyIsGestationThenADeliveryBloodLoss40WeeksLater() throws ScenarioException {
        Scenario s = loader.parse(HEAD.replace("26 weeks", "60 weeks") + "arms:\n  - name: A\n    regimen:\n"
                + "      - pregnancy: {start: week 8}\n"
                + "  - name: B\n    regimen:\n      - pregnancy: {start: day 3, at: \"06:00\", delivery_blood_loss: 1 L}\n",
                "test.yaml", "test");
        double start = 56 * 24 + 8;
        assertEquals(new RegimenItem.Pregnancy(start, 500), s.arms().get(0).regimen().items().get(0));
        assertEquals(List.of(new Gestation(start), new BloodLoss(start + 40 * 168, 500, 0, "blood loss at delivery")),
                s.arms().get(0).regimen().events());
        assertEquals(new RegimenItem.Pregnancy(3 * 24 + 6, 1000), s.arms().get(1).regimen().items().get(0));
        assertTrue(Double.isNaN(s.arms().get(0).regimen().treatmentStartH()), "a pregnancy is not a treatment");
        ScenarioException e = assertThrows(ScenarioException.class, () -> oneArm("      - pregnancy: {start: day 3, every: 1 day}\n"));
        assertTrue(e.getMessage().contains("every"), e.getMessage());
    }

    @Test
    void twiceDailyIsEvery12HoursFromTheClockTime() throws ScenarioException {
        assertEquals(new Schedule(8, 12, 4), onlySchedule(oneArm("""
                      - oral: {dose: 65 mg, schedule: twice daily, count: 4}
                """)));
        assertEquals(List.of(7.0, 19.0, 31.0), startTimes(oneArm("""
                      - oral: {dose: 65 mg, schedule: twice daily, at: "07:00", for: 36 h}
                """)));
    }

    @Test
    void alternateDaysIsEvery48Hours() throws ScenarioException {
        assertEquals(new Schedule(8, 48, 3), onlySchedule(oneArm("""
                      - oral: {product: ferrous sulfate 325 mg, schedule: alternate days, for: 6 days}
                """)));
    }

    @Test
    void countForAndUntilCanDescribeTheSameCourse() throws ScenarioException {
        Schedule expected = new Schedule(3 * 24 + 8, 24, 14);
        for (String length : List.of("count: 14", "for: 2 weeks", "until: day 17", "for: 14 days")) {
            assertEquals(expected, onlySchedule(oneArm("      - oral: {dose: 65 mg, every: 1 day, start: day 3, " + length + "}\n")),
                    length);
        }
    }

    @Test
    void doseTimesAreAbsoluteHoursFromMidnightOfDayZero() throws ScenarioException {
        assertEquals(List.of(2 * 24 + 20.0, 5 * 24 + 20.0, 8 * 24 + 20.0), startTimes(oneArm("""
                      - oral:
                          dose: 100 mg
                          every: 3 days
                          start: 2 days
                          at: "20:00"
                          count: 3
                """)));
        assertEquals(List.of(3 * 168 + 8.0), startTimes(oneArm("""
                      - iv: {product: iron sucrose, dose: 200 mg, infusion: 30 min, start: 3 weeks}
                """)));
    }

    @Test
    void withoutACountARepeatedItemRunsToTheEnd() throws ScenarioException {
        Schedule s = onlySchedule(oneArm("      - oral: {dose: 65 mg, schedule: daily}\n"));
        assertEquals(new Schedule(8, 24, 182), s);
    }

    @Test
    void dosesAfterTheEndAreLeftOutWithAWarning() throws ScenarioException {
        Scenario s = loader.parse(HEAD.replace("26 weeks", "10 days") + """
                arms:
                  - name: A
                    regimen:
                      - oral: {dose: 65 mg, every: 1 day, count: 20}
                """, "short.yaml", "short");
        assertEquals(new Schedule(8, 24, 10), onlySchedule(s));
        assertEquals(List.of("short.yaml:7:43: warning: only 10 of the 20 doses come before the end of the simulation"
                + " (day 10, 00:00); the rest are not given"), s.warnings());
    }

    @Test
    void withoutEveryAnItemHappensOnce() throws ScenarioException {
        assertEquals(Schedule.once(8), onlySchedule(oneArm("      - oral: {dose: 65 mg}\n")));
        assertEquals(Schedule.once(8), onlySchedule(oneArm("      - oral: {dose: 65 mg, count: 1}\n")));
    }

    @Test
    void readsOralProductsTabletsAndIntake() throws ScenarioException {
        RegimenItem.Oral oral = (RegimenItem.Oral) oneArm("""
                      - oral: {product: Ferrous  Fumarate 325 mg, tablets: 2, taken: coffee}
                """).arms().get(0).regimen().items().get(0);
        assertEquals(new RegimenItem.Oral("2 × ferrous fumarate 325 mg", 214, IntakeCondition.WITH_COFFEE, Schedule.once(8)), oral);
        RegimenItem.Oral byDose = (RegimenItem.Oral) oneArm("      - oral: {dose: 0.1 g}\n").arms().get(0).regimen().items().get(0);
        assertEquals(new RegimenItem.Oral("100 mg oral iron", 100, IntakeCondition.FASTING, Schedule.once(8)), byDose);
    }

    @Test
    void readsBleedsWithTheirDurationAndLabel() throws ScenarioException {
        assertEquals(List.of(new BloodLoss(3 * 24 + 8, 80, 120, "heavy period"), new BloodLoss(31 * 24 + 8, 80, 120, "heavy period")),
                oneArm("""
                      - bleed: {volume: 80 mL, duration: 5 days, label: heavy period, start: day 3, every: 28 days, count: 2}
                """).arms().get(0).regimen().events());
    }

    @Test
    void acceptsIvProductsByNameOrKey() throws ScenarioException {
        for (String name : List.of("ferric carboxymaltose", "Ferric Carboxymaltose", "fcm", "FCM")) {
            RegimenItem.Iv iv = (RegimenItem.Iv) oneArm("      - iv: {product: " + name + ", dose: 500 mg, infusion: 15 min}\n")
                    .arms().get(0).regimen().items().get(0);
            assertEquals(IvProduct.FERRIC_CARBOXYMALTOSE, iv.product(), name);
        }
        RegimenItem.Iv dextran = (RegimenItem.Iv) oneArm(
                "      - iv: {product: low molecular weight iron dextran, dose: 500 mg, infusion: 1 h}\n")
                .arms().get(0).regimen().items().get(0);
        assertEquals(IvProduct.LMW_IRON_DEXTRAN, dextran.product());
    }

    @Test
    void readsParametersForTheScenarioAndEachArmWithWarnings() throws ScenarioException {
        Scenario s = loader.parse("""
                title: Parameters
                patient: rls-normal-iron
                parameters:
                  bbb.upregulation_gain: 20
                  blood.volume_l: 4.5 L
                duration: 2 weeks
                arms:
                  - name: Slow brain
                    parameters: {brain.turnover_d: 200 d}
                  - name: Plain
                """, "p.yaml", "p");
        assertEquals(Map.of("bbb.upregulation_gain", 20.0, "blood.volume_l", 4.5), s.parameters());
        assertEquals(Map.of("brain.turnover_d", 200.0), s.arms().get(0).parameters());
        assertEquals(Map.of(), s.arms().get(1).parameters());
        assertEquals(List.of(), s.arms().get(1).regimen().items());
        assertEquals(List.of("p.yaml:4:26: warning: bbb.upregulation_gain = 20 is outside the usual range 0 to 10"
                + " (allowed, but results are less realistic)"), s.warnings());
    }

    @Test
    void defaultsAreOneHourRowsTheStandardChartsAndNoNote() throws ScenarioException {
        Scenario s = loader.parse(HEAD + "arms: [{name: None, regimen: []}]\n", "d.yaml", "d");
        assertEquals(1.0, s.outputIntervalH());
        assertEquals(ScenarioReader.DEFAULT_CHARTS, s.charts());
        assertEquals(Lesson.NONE, s.lesson());
        assertEquals(List.of(), s.arms().get(0).regimen().items());
    }

    @Test
    void chartsMayBeNamedWithOrWithoutTheirUnit() throws ScenarioException {
        Scenario s = loader.parse(HEAD + "charts: [serum_ferritin_ng_ml, hb, TSAT, cum_iv_mg]\narms: [{name: A}]\n", "c.yaml", "c");
        assertEquals(List.of(Observable.SERUM_FERRITIN, Observable.HB, Observable.TSAT, Observable.CUM_IV), s.charts());
    }

    @Test
    void ignoresAByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yml");
        Files.writeString(file, "\uFEFF" + HEAD + "arms: [{name: A}]\n");
        assertEquals("bom", loader.load(file).name());
    }

    @Test
    void refusesUnsafeScenarioNames() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(HEAD + "arms: [{name: A}]\n", "x.yaml", "a/b"));
        assertEquals("x.yaml: the scenario name 'a/b' cannot be part of a file name (it contains '/'); use letters, digits,"
                + " spaces and - _ + ( ) . , only, starting with a letter or digit", e.getMessage());
    }
}
