package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;

/**
 * Scenario files in a clinician's words: schedules as on a prescription, IV products by brand name, doses
 * per kg of body weight, serum iron in µg/dL; and plausibility warnings that are never dosing advice.
 */
class ClinicalVocabularyTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario oneArm(String patient, String parameters, String item) throws ScenarioException {
        return loader.parse("title: T\npatient: " + patient + "\nduration: 4 weeks\n" + parameters
                + "arms:\n  - name: A\n    regimen:\n      - " + item + "\n", "t.yaml", "t");
    }

    private static RegimenItem onlyItem(Scenario s) {
        return s.arms().get(0).regimen().items().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "od,24", "OD,24", "qd,24", "once daily,24", "nightly,24", "qhs,24",
        "bid,12", "b.i.d.,12", "BID,12", "twice daily,12", "q12h,12",
        "tid,8", "t.i.d.,8", "three times daily,8", "three times a day,8", "tds,8",
        "qid,6", "four times daily,6", "every other day,48", "alternate-day,48", "qod,48",
        "twice weekly,84", "weekly,168", "fortnightly,336", "every four weeks,672",
    })
    void schedulesAsOnAPrescription(String schedule, double intervalH) throws ScenarioException {
        RegimenItem.Oral oral = (RegimenItem.Oral) onlyItem(oneArm("healthy-woman", "",
                "oral: {dose: 65 mg, schedule: \"" + schedule + "\", count: 3}"));
        assertEquals(intervalH, oral.schedule().intervalH(), schedule);
        assertEquals(8, oral.schedule().firstH(), "from 08:00");
    }

    @ParameterizedTest
    @CsvSource({
        "Ferinject,FERRIC_CARBOXYMALTOSE", "Injectafer,FERRIC_CARBOXYMALTOSE", "venofer,IRON_SUCROSE",
        "Monofer,FERRIC_DERISOMALTOSE", "Monoferric,FERRIC_DERISOMALTOSE", "iron isomaltoside,FERRIC_DERISOMALTOSE",
        "Feraheme,FERUMOXYTOL", "Rienso,FERUMOXYTOL", "INFeD,LMW_IRON_DEXTRAN", "CosmoFer,LMW_IRON_DEXTRAN",
        "Ferrlecit,FERRIC_GLUCONATE",
    })
    void ivProductsByBrandName(String brand, IvProduct product) throws ScenarioException {
        RegimenItem.Iv iv = (RegimenItem.Iv) onlyItem(oneArm("healthy-woman", "",
                "iv: {product: " + brand + ", dose: 100 mg, infusion: 15 min}"));
        assertEquals(product, iv.product());
    }

    @Test
    void anUnknownProductListsTheBrandNames() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> oneArm(
                "healthy-woman", "", "iv: {product: Ferinjekt, dose: 100 mg, infusion: 15 min}"));
        assertTrue(e.getMessage().startsWith("t.yaml:7:23: unknown IV product 'Ferinjekt'; did you mean 'Ferinject'?"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ferric carboxymaltose (fcm, Ferinject, Injectafer)"), e.getMessage());
    }

    @Test
    void aDosePerKgUsesThePatientsWeight() throws ScenarioException {
        RegimenItem.Iv woman = (RegimenItem.Iv) onlyItem(oneArm("rls-iron-deficient", "",
                "iv: {product: fcm, dose: 15 mg/kg, infusion: 15 min}"));
        assertEquals(15 * 60, woman.doseMg(), 1e-9, "the RLS woman weighs 60 kg");
        RegimenItem.Iv man = (RegimenItem.Iv) onlyItem(oneArm("rls-man", "",
                "iv: {product: fcm, dose: 10 mg per kg, infusion: 15 min}"));
        assertEquals(10 * 70, man.doseMg(), 1e-9, "the RLS man weighs 70 kg");
        RegimenItem.Iv heavier = (RegimenItem.Iv) onlyItem(oneArm("rls-iron-deficient", "parameters: {body.weight_kg: 80}\n",
                "iv: {product: fcm, dose: 10 mg/kg, infusion: 15 min}"));
        assertEquals(800, heavier.doseMg(), 1e-9, "the scenario's weight");
        RegimenItem.Oral oral = (RegimenItem.Oral) onlyItem(oneArm("healthy-man", "", "oral: {dose: 1 mg/kg}"));
        assertEquals(70, oral.elementalMg(), 1e-9);
    }

    @Test
    void aSingleInfusionAboveTheLabelsMaximumIsAWarningNotAnError() throws ScenarioException {
        Scenario s = oneArm("rls-iron-deficient", "", "iv: {product: Ferinject, dose: 1500 mg, infusion: 15 min}");
        assertEquals(List.of("t.yaml:7:40: warning: 1500 mg of ferric carboxymaltose at once is more than its label"
                + " allows in a single dose (1000 mg for 60 kg; EU label: 20 mg/kg and at most 1000 mg at once"
                + " (physiology.md §3)); rlsim simulates it as written (a plausibility check, not dosing advice)"),
                s.warnings());
        assertEquals(1500, ((RegimenItem.Iv) onlyItem(s)).doseMg(), "simulated as written");
        Scenario perKg = oneArm("rls-iron-deficient", "parameters: {body.weight_kg: 45}\n",
                "iv: {product: fcm, dose: 1000 mg, infusion: 15 min}");
        assertEquals(1, perKg.warnings().size(), "20 mg/kg of 45 kg is 900 mg: " + perKg.warnings());
        assertTrue(perKg.warnings().get(0).contains("(900 mg for 45 kg;"), perKg.warnings().get(0));
        assertEquals(List.of(), oneArm("rls-iron-deficient", "", "iv: {product: Venofer, dose: 200 mg, infusion: 15 min}")
                .warnings(), "200 mg iron sucrose is the label's dose");
        assertEquals(1, oneArm("rls-iron-deficient", "", "iv: {product: Venofer, dose: 500 mg, infusion: 2 h}")
                .warnings().size());
        assertEquals(List.of(), oneArm("rls-iron-deficient", "", "iv: {product: fcm, dose: 1000 mg, infusion: 15 min}")
                .warnings());
    }

    @Test
    void aCumulativeOverloadIsAWarningAfterTheRun() throws ScenarioException {
        Scenario overload = oneArm("rls-iron-deficient", "",
                "iv: {product: fcm, dose: 1000 mg, infusion: 15 min, every: 1 day, count: 5}");
        List<String> warnings = Plausibility.afterRun(new ScenarioRunner().run(overload, java.util.Map.of()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: in arm 'A' total body iron rises above 5000 mg on day "),
                warnings.get(0));
        Scenario usual = oneArm("rls-iron-deficient", "", "iv: {product: fcm, dose: 1000 mg, infusion: 15 min}");
        assertEquals(List.of(), Plausibility.afterRun(new ScenarioRunner().run(usual, java.util.Map.of())),
                "one 1000 mg infusion in iron deficiency is no overload");
    }

    /** A warning says what the model saw and that it is no advice; it never tells anyone what to give. */
    @Test
    void warningsNeverReadAsDosingAdvice() throws ScenarioException {
        Scenario s = oneArm("rls-iron-deficient", "", "iv: {product: fcm, dose: 3000 mg, infusion: 1 h}");
        List<String> all = new java.util.ArrayList<>(s.warnings());
        all.addAll(Plausibility.afterRun(new ScenarioRunner().run(s, java.util.Map.of())));
        assertEquals(2, all.size(), all.toString());
        for (String w : all) {
            assertTrue(w.contains("not dosing advice"), w);
            for (String advice : List.of("should", "recommend", "reduce", "give ", "use ", "instead")) {
                assertFalse(w.toLowerCase(Locale.ROOT).contains(advice), "reads as advice ('" + advice + "'): " + w);
            }
        }
    }

    @Test
    void serumIronExpectationsMayBeInMicrogramsPerDecilitre() throws ScenarioException {
        Scenario s = loader.parse("title: T\npatient: healthy-woman\nduration: 4 weeks\narms:\n  - name: A\n"
                + "expect:\n  - serum iron in \"A\" is above 60 µg/dL at week 2\n"
                + "  - serum iron in \"A\" is above 10.7 µmol/L at week 2\n", "t.yaml", "t");
        Expectation.Level ug = (Expectation.Level) s.expectations().get(0);
        Expectation.Level umol = (Expectation.Level) s.expectations().get(1);
        assertEquals(Observable.SERUM_IRON, ug.subject().output());
        assertEquals(60 / 5.5845, ug.value(), 1e-12, "60 µg/dL is 10.74 µmol/L");
        assertEquals(10.7, umol.value(), 1e-12);
    }

    /** The model's number is shown in the unit the sentence uses, µg/dL, and agrees with the µmol/L one. */
    @Test
    void aSerumIronVerdictShowsTheModelInTheUnitWritten() throws ScenarioException {
        Scenario s = loader.parse("title: T\npatient: healthy-woman\nduration: 1 week\narms:\n  - name: A\n"
                + "expect:\n  - serum iron in \"A\" is above 10 µg/dL at day 3\n"
                + "  - serum iron in \"A\" is above 1 µmol/L at day 3\n", "t.yaml", "t");
        List<Verdict> verdicts = new ScenarioRunner().run(s, java.util.Map.of()).verdicts();
        java.util.regex.Matcher ug = java.util.regex.Pattern.compile("\\(model: ([0-9.]+) µg/dL\\)$").matcher(verdicts.get(0).line());
        java.util.regex.Matcher umol = java.util.regex.Pattern.compile("\\(model: ([0-9.]+) µmol/L\\)$").matcher(verdicts.get(1).line());
        assertTrue(ug.find(), verdicts.get(0).line());
        assertTrue(umol.find(), verdicts.get(1).line());
        assertEquals(Double.parseDouble(umol.group(1)) * 5.5845, Double.parseDouble(ug.group(1)), 0.01 * Double.parseDouble(ug.group(1)));
    }
}
