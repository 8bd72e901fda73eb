package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Compartment;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/** The steady state is checked against the bounds of a living body, and the parameter to blame is named. */
class PossiblePatientTest {
    private static final Simulator SIMULATOR = new Simulator();

    private static double[] settle(ParameterSet p) {
        return SteadyState.of(new Physiology(p), SIMULATOR);
    }

    @Test
    void everyBundledPatientIsAPossibleBody() {
        for (Patient patient : Patient.all()) {
            ParameterSet p = patient.parameterSet().with(patient.variants());
            assertEquals(Optional.empty(), PossiblePatient.problem(p, settle(p)), patient.id());
        }
    }

    @Test
    void tonnesOfTissueIronAreNotAPossibleBody() {
        ParameterSet p = ParameterSet.defaults();
        double[] state = settle(p);
        state[StateLayout.index(Compartment.TISSUE)] = 2.37e10;
        assertEquals(Optional.of("total body iron 23.7 t, possible 0.3 to 50 g in a living adult"), PossiblePatient.problem(p, state));
    }

    @Test
    void aBodyWithoutIronIsNotAPossibleBody() {
        ParameterSet p = ParameterSet.defaults();
        double[] state = new double[settle(p).length];
        String problem = PossiblePatient.problem(p, state).orElseThrow();
        assertTrue(problem.startsWith("total body iron 0 mg, possible"), problem);
    }

    @Test
    void theOneChangedParameterIsBlamed() {
        Patient patient = Patient.find("rls-iron-deficient").orElseThrow();
        ParameterSet own = patient.parameterSet().with(patient.variants());
        ParameterSet used = own.with(ParameterCatalog.find("tissue.shedding_per_d").orElseThrow(), 0);
        double[] impossible = settle(own);
        impossible[StateLayout.index(Compartment.TISSUE)] = 2.37e10;
        SimulationException e = assertThrows(SimulationException.class,
                () -> PossiblePatient.check("A", own, used, impossible, PossiblePatientTest::settle));
        assertTrue(e.getMessage().startsWith("arm 'A': the patient's untreated state is not a possible human body (total body"
                + " iron 23.7 t, possible 0.3 to 50 g in a living adult); the parameter to blame is tissue.shedding_per_d = 0 1/d"
                + " (the patient's own value: "), e.getMessage());
    }

    @Test
    void ofSeveralChangesTheOneWhoseRevertHelpsIsBlamed() {
        Patient patient = Patient.find("rls-iron-deficient").orElseThrow();
        ParameterSet own = patient.parameterSet().with(patient.variants());
        // A harmless change beside the harmful one: only reverting the diet gives a possible body again.
        ParameterSet used = own.with(ParameterCatalog.find("dopamine.hill").orElseThrow(), 3)
                .with(ParameterCatalog.find("gut.diet_iron_mg_per_d").orElseThrow(), 0);
        double[] impossible = new double[settle(own).length];
        SimulationException e = assertThrows(SimulationException.class, () -> PossiblePatient.check("A", own, used, impossible,
                p -> p.get(ParameterCatalog.find("gut.diet_iron_mg_per_d").orElseThrow()) == 0 ? impossible : settle(p)));
        assertTrue(e.getMessage().contains("; the parameter to blame is gut.diet_iron_mg_per_d = 0 mg/d (the patient's own value: 9"
                + " mg/d); choose a value nearer the patient's own"), e.getMessage());
    }
}
