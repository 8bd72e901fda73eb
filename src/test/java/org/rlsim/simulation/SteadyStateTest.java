package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;

class SteadyStateTest {
    static List<Patient> patients() {
        return Patient.all();
    }

    /**
     * Left alone for ten years, a patient at its steady state stays there. Hepcidin has a diurnal
     * rhythm, so the steady state is a daily cycle: the run lasts a whole number of days (3653) and is
     * compared at the same clock time, 00:00. Tolerance 1e-6 relative: Newton converges to 1e-10–1e-12
     * and the integrator adds at most ~1e-9 per step.
     */
    @Tag("slow") // years of every archetype, about a minute: mvn test -Pslow
    @ParameterizedTest
    @MethodSource("patients")
    void untreatedPatientStaysAtSteadyState(Patient patient) {
        Simulator simulator = new Simulator();
        Physiology model = new Physiology(patient.parameterSet());
        double[] start = SteadyState.of(model, simulator);
        double tenYearsH = 3653 * 24.0;
        Trajectory t = simulator.run(model, start, List.of(), tenYearsH, tenYearsH);
        int end = t.size() - 1;
        for (Compartment c : Compartment.values()) {
            if (c.inBody()) {
                double first = t.amount(c, 0);
                assertEquals(first, t.amount(c, end), 1e-6 * Math.max(1, first), c + " drifted");
            }
        }
        assertEquals(t.value(Observable.HEPCIDIN, 0), t.value(Observable.HEPCIDIN, end), 1e-6);
        assertEquals(t.value(Observable.SYMPTOM_SCORE, 0), t.value(Observable.SYMPTOM_SCORE, end), 1e-6);
    }
}
