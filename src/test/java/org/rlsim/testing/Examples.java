package org.rlsim.testing;

import java.util.List;
import java.util.Map;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/** Real simulation results shared by the output tests; each is computed once per test JVM. */
public final class Examples {
    /** The patient of the oral and IV arms. */
    public static final Patient RLS_ID = Patient.find("rls-iron-deficient").orElseThrow();
    /** Oral ferrous sulfate, 65 mg elemental iron daily at 08:00 for 26 weeks. */
    public static final Arm ORAL = new Arm("Oral ferrous sulfate", RLS_ID, new Regimen(List.of(new RegimenItem.Oral(
            "ferrous sulfate 325 mg", 65, IntakeCondition.FASTING, new Schedule(8, 24, 182)))), Map.of());
    /** One 1000 mg infusion of ferric carboxymaltose over 15 minutes at 08:00 on day 0. */
    public static final Arm IV = new Arm("IV ferric carboxymaltose", RLS_ID, new Regimen(List.of(new RegimenItem.Iv(
            IvProduct.FERRIC_CARBOXYMALTOSE, 1000, 0.25, Schedule.once(8)))), Map.of());

    private Examples() {
    }

    /** The oral-versus-IV teaching scenario: 26 weeks, output every 2 h, six charted observables. */
    public static ScenarioResult oralVersusIv() {
        return OralVersusIv.RESULT;
    }

    /** A short run whose single arm has a comma and quotes in its name (CSV quoting). */
    public static ScenarioResult awkwardArmName() {
        return AwkwardName.RESULT;
    }

    /** A healthy man without treatment for one week, haemoglobin charted (daily rows). */
    public static ScenarioResult healthyManWithHb() {
        return HealthyMan.RESULT;
    }

    private static final class HealthyMan {
        static final ScenarioResult RESULT = new ScenarioRunner().run(new Scenario("healthy-man",
                "Healthy man", Map.of(), 7 * 24, 24,
                List.of(new Arm("No treatment", Patient.find("healthy-man").orElseThrow(), new Regimen(List.of()), Map.of())),
                List.of(Observable.HB)), Map.of());
    }

    private static final class OralVersusIv {
        static final ScenarioResult RESULT = new ScenarioRunner().run(new Scenario("oral-vs-iv",
                "Oral versus IV iron", Map.of(), 26 * 7 * 24, 2, List.of(ORAL, IV),
                List.of(Observable.SERUM_FERRITIN, Observable.BRAIN_IRON, Observable.SYMPTOM_SCORE,
                        Observable.HB, Observable.TSAT, Observable.HEPCIDIN)), Map.of());
    }

    private static final class AwkwardName {
        static final ScenarioResult RESULT = new ScenarioRunner().run(new Scenario("awkward",
                "Awkward name", Map.of(), 7 * 24, 24,
                List.of(new Arm("Oral, \"fasting\"", Patient.find("healthy-woman").orElseThrow(), ORAL.regimen(), Map.of())),
                List.of(Observable.SERUM_FERRITIN)), Map.of());
    }
}
