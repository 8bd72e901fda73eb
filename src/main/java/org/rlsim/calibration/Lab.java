package org.rlsim.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.Compartment;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * The measuring instruments of the calibration experiments: running a calibration scenario (with its virtual
 * patients when it has {@code population:}), a patient's steady state, and what a study would measure (absorbed supplement iron, turnover rates).
 * Results are cached: every experiment is deterministic, and several targets read the same run.
 */
final class Lab {
    /** Folder of the calibration scenarios, relative to the project root (the working directory). */
    static final Path SCENARIOS = Path.of("scenarios", "calibration");

    private static final Map<String, ScenarioResult> RUNS = new ConcurrentHashMap<>();
    private static final Map<String, Baseline> BASELINES = new ConcurrentHashMap<>();

    private Lab() {
    }

    /** A patient at its steady state: the model and a view of the state. */
    record Baseline(Patient patient, Physiology model, ModelState state) {
        double value(Observable o) {
            return o.value(0, state, model);
        }

        double amount(Compartment c) {
            return state.amount(c);
        }

        /** Rate at which iron leaves a compartment through all its flows, mg/day (no treatment, 00:00). */
        double outflowPerDay(Compartment c) {
            Flows flows = new Flows();
            model.derivatives(0, state, new Inputs(), flows.reset(new double[StateLayout.SIZE]));
            return 24 * flows.outflow(c);
        }
    }

    /** The steady state of a patient archetype. */
    static Baseline baseline(String patientId) {
        return BASELINES.computeIfAbsent(patientId, id -> {
            Patient patient = Patient.find(id).orElseThrow(() -> new IllegalArgumentException("no patient " + id));
            Physiology model = new Physiology(patient.parameterSet());
            double[] y = SteadyState.of(model, new Simulator());
            return new Baseline(patient, model, new ModelState(y));
        });
    }

    /** Runs (once) the calibration scenario {@code scenarios/calibration/<name>.yaml}. */
    static ScenarioResult scenario(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            try {
                return new ScenarioRunner().run(new ScenarioLoader().load(SCENARIOS.resolve(n + ".yaml")), Map.of());
            } catch (ScenarioException e) {
                throw new IllegalStateException("calibration scenario " + n + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The virtual patients of one arm of a calibration scenario with {@code population:}: the same run as
     * {@link #scenario}, whose result carries each arm's cohort.
     */
    static CohortResult cohort(String scenario, String armName) {
        return scenario(scenario).cohort(armName);
    }

    /** The trial readouts of one arm of a population scenario at a time after 00:00 of day 0, h. */
    static Readouts.Arm readout(String scenario, String armName, double atH) {
        return Readouts.of(cohort(scenario, armName), atH);
    }

    /** The trajectory of one arm, by its name. */
    static Trajectory arm(String scenario, String armName) {
        return scenario(scenario).arms().stream().filter(a -> a.arm().name().equals(armName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(scenario + " has no arm " + armName)).trajectory();
    }

    /**
     * Supplement iron absorbed up to a time, mg: what was swallowed minus what passed unabsorbed or is
     * still in the lumen. This is what stable-isotope studies measure (the label of the dose, not
     * dietary iron).
     */
    static double absorbedFromDoses(Trajectory t, double timeH) {
        int row = t.rowAt(timeH);
        double swallowed = 0;
        for (DoseEvent e : t.events()) {
            if (e instanceof OralDose d && d.startH() <= t.timeH(row)) {
                swallowed += d.elementalMg();
            }
        }
        return swallowed - t.amount(Compartment.UNABSORBED, row) - t.amount(Compartment.GUT_LUMEN, row);
    }

    /** Start times of the oral doses of a run, h. */
    static List<Double> oralDoseTimes(Trajectory t) {
        return t.events().stream().filter(e -> e instanceof OralDose).map(DoseEvent::startH).toList();
    }
}
