package org.rlsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rlsim patients}: the patient archetypes with their steady-state baseline values and model variants. */
@Command(name = "patients", mixinStandardHelpOptions = true,
        header = "List the patient archetypes and their baseline values.",
        description = "List the patient archetypes a scenario can start from, with their baseline (steady-state) values "
                + "and model variants.")
final class PatientsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Simulator simulator = new Simulator();
        for (Patient patient : Patient.all()) {
            Physiology model = new Physiology(patient.parameterSet());
            Trajectory baseline = simulator.run(model, SteadyState.of(model, simulator), List.of(), 24, 24);
            out.println(patient.id() + ": " + patient.title());
            out.println("    " + patient.description());
            out.printf(Locale.ROOT, "    ferritin %.0f ng/mL, TSAT %.0f%%, Hb %.1f g/dL, hepcidin %.2f × healthy reference,"
                    + " brain iron %.0f%%, symptom score %.0f/40, body iron %.0f mg%n",
                    baseline.value(Observable.SERUM_FERRITIN, 0), baseline.value(Observable.TSAT, 0),
                    baseline.value(Observable.HB, 0), baseline.value(Observable.HEPCIDIN, 0),
                    baseline.value(Observable.BRAIN_IRON, 0), baseline.value(Observable.SYMPTOM_SCORE, 0),
                    baseline.value(Observable.TOTAL_BODY_IRON, 0));
            out.println("    model: " + patient.variants());
        }
        out.flush();
        return ExitCode.OK;
    }
}
