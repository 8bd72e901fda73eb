package org.rlsim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;

/**
 * Fuzzes the {@code --set NAME=VALUE} options ({@link ParameterAssignment#parse}). The input is split at
 * NUL bytes into up to 8 arguments (a real command line cannot hold NUL, so every other character,
 * line breaks included, can appear inside an argument).
 *
 * <p>{@code parse} checks parsing alone, fast. {@code parseAndRun} also simulates a short scenario with
 * the values that were accepted, so that extreme but allowed parameter values must either simulate or
 * fail with one clear line naming the arm.
 */
class ParameterAssignmentFuzzTest {
    private static final int MAX_ARGUMENTS = 8;

    /** Ten days: oral iron daily, an IV infusion on day 2, a donation on day 5 (every kind of input the model has). */
    private static final Scenario SHORT = new Scenario("fuzz-set", "--set fuzzing", Map.of(), 10 * 24, 6,
            List.of(new Arm("Oral and IV", Patient.find("rls-iron-deficient").orElseThrow(), new Regimen(List.of(
                            new RegimenItem.Oral("65 mg", 65, IntakeCondition.FASTING, new Schedule(8, 24, 10)),
                            new RegimenItem.Iv(IvProduct.FERRIC_CARBOXYMALTOSE, 1000, 0.25, Schedule.once(56)),
                            new RegimenItem.Bleed("donation", 500, 0, Schedule.once(128)))), Map.of())),
            List.of(Observable.SERUM_FERRITIN));

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "set.dict")
    void parse(byte[] input) {
        try {
            check(ParameterAssignment.parse(arguments(input)));
        } catch (ScenarioException e) {
            FuzzContract.assertGoodSetError(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "set.dict")
    void parseAndRun(byte[] input) {
        ParameterAssignment set;
        try {
            set = ParameterAssignment.parse(arguments(input));
        } catch (ScenarioException e) {
            FuzzContract.assertGoodSetError(e);
            return;
        }
        check(set);
        if (!set.values().isEmpty()) {
            FuzzContract.runBriefly(SHORT, set.values());
        }
    }

    private static List<String> arguments(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> all = Arrays.asList(text.split("\0", -1));
        return all.subList(0, Math.min(MAX_ARGUMENTS, all.size()));
    }

    private static void check(ParameterAssignment set) {
        for (String warning : set.warnings()) {
            FuzzContract.assertPlainLine(warning, "warning");
        }
        set.values().forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new AssertionError("--set accepted a value that is not finite: " + name + "=" + value);
            }
        });
    }
}
