package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterAssignmentTest {

    @Test
    void readsValuesWithOrWithoutTheParameterUnit() throws ScenarioException {
        ParameterAssignment set = ParameterAssignment.parse(
                List.of("rbc.lifespan_d=100", "blood.volume_l=4.5 L", "bbb.upregulation_gain = 0"));
        assertEquals(Map.of("rbc.lifespan_d", 100.0, "blood.volume_l", 4.5, "bbb.upregulation_gain", 0.0), set.values());
        assertEquals(List.of("rbc.lifespan_d", "blood.volume_l", "bbb.upregulation_gain"), List.copyOf(set.values().keySet()));
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void warnsAboutValuesOutsideTheUsualRange() throws ScenarioException {
        ParameterAssignment set = ParameterAssignment.parse(List.of("bbb.upregulation_gain=20"));
        assertEquals(Map.of("bbb.upregulation_gain", 20.0), set.values());
        assertEquals(List.of("--set bbb.upregulation_gain=20: warning: bbb.upregulation_gain = 20 is outside the usual"
                + " range 0 to 10 (allowed, but results are less realistic)"), set.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bbb.gian=3|--set bbb.gian=3: unknown parameter 'bbb.gian'; did you mean 'bbb.upregulation_gain'? (rlsim params lists them all)",
            "qqqq=3|--set qqqq=3: unknown parameter 'qqqq'; rlsim params lists them all",
            "bbb.upregulation_gain=60|--set bbb.upregulation_gain=60: bbb.upregulation_gain = 60 is outside the allowed range 0 to 50; choose a value from 0 to 50",
            "rbc.lifespan_d=10|--set rbc.lifespan_d=10: rbc.lifespan_d = 10 is outside the allowed range 20 to 200 d; choose a value from 20 to 200 d",
            "rbc.lifespan_d=100 mL|--set rbc.lifespan_d=100 mL: rbc.lifespan_d '100 mL' has the unit 'mL', which cannot be converted to d (a duration); write a number in d, such as 120 or 120 d",
            "blood.volume_l=4500 mL L|--set blood.volume_l=4500 mL L: blood.volume_l '4500 mL L' has a unit rlsim does not know, 'mL L'; write a number in L, such as 5 or 5 L",
            "rbc.lifespan_d=|--set rbc.lifespan_d=: rbc.lifespan_d '' does not start with a number; write a number in d, such as 120 or 120 d",
            "rbc.lifespan_d=1e999|--set rbc.lifespan_d=1e999: rbc.lifespan_d '1e999' is too large to compute with; write a number in d, such as 120 or 120 d",
            "rbc.lifespan_d 100|--set rbc.lifespan_d 100: expected name=value; write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)",
            "=100|--set =100: expected name=value; write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)",
    })
    void refusesWithOneLine(String assignment, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterAssignment.parse(List.of(assignment)));
        assertEquals(message, e.getMessage());
        assertEquals("--set " + assignment, e.location());
    }

    @Test
    void refusesTheSameParameterTwice() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ParameterAssignment.parse(List.of("rbc.lifespan_d=100", "rbc.lifespan_d=90")));
        assertEquals("--set rbc.lifespan_d=90: rbc.lifespan_d is set twice; keep only one --set rbc.lifespan_d", e.getMessage());
    }

    @Test
    void warningsQuoteTheArgumentOnOneLine() throws ScenarioException {
        // Found by ParameterAssignmentFuzzTest: trim() drops the control character from the name, but the
        // warning quoted the argument as typed.
        ParameterAssignment set = ParameterAssignment.parse(List.of("bbb.upregulation_gain\u0018= 20"));
        assertEquals(List.of("--set bbb.upregulation_gain<U+0018>= 20: warning: bbb.upregulation_gain = 20 is outside the usual"
                + " range 0 to 10 (allowed, but results are less realistic)"), set.warnings());
    }

    @Test
    void convertsACompatibleUnitToTheParametersOwn() throws ScenarioException {
        ParameterAssignment set = ParameterAssignment.parse(List.of("blood.volume_l=4500 mL", "rbc.hb_target_g_dl=135 g/L",
                "rbc.lifespan_d=16 weeks"));
        assertEquals(Map.of("blood.volume_l", 4.5, "rbc.hb_target_g_dl", 13.5, "rbc.lifespan_d", 112.0), set.values());
    }

    @Test
    void settingTheWeightSaysThatDosesPerKgKeepTheFilesWeight() throws ScenarioException {
        assertEquals(List.of("--set body.weight_kg=80: warning: doses written per kg (such as 20 mg/kg) keep the weight"
                + " the scenario file gives; to change them, put body.weight_kg under the file's parameters:"),
                ParameterAssignment.parse(List.of("body.weight_kg=80")).warnings());
    }
}
