package org.rlsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rlsim.population.CohortResult;
import org.rlsim.simulation.SolverSettings;

/**
 * The result of running every arm of a scenario.
 *
 * @param scenario     what was run
 * @param arms         one result per arm, in the scenario's order
 * @param verdicts     one per expectation of the scenario, in file order, checked against every row of the run
 * @param modelVersion version of rlsim that produced it (provenance)
 * @param solver       the integrator settings every arm ran with (provenance)
 * @param whatIf       the changes made for this run only, as typed ({@code --set bbb.capacity=1}, one per
 *                     element); empty for a run of the scenario as its file says. Charts and run-info.txt
 *                     name them, so a what-if run is never mistaken for the lesson.
 * @param cohorts      the virtual patients of each arm, in the scenario's order, when the scenario has a
 *                     {@code population:}; empty otherwise
 */
public record ScenarioResult(Scenario scenario, List<ArmResult> arms, List<Verdict> verdicts, String modelVersion,
                             SolverSettings solver, List<String> whatIf, List<CohortResult> cohorts) {
    public ScenarioResult {
        arms = List.copyOf(arms);
        verdicts = List.copyOf(verdicts);
        Objects.requireNonNull(solver, "solver");
        whatIf = List.copyOf(whatIf);
        cohorts = List.copyOf(cohorts);
    }

    /** A result without virtual patients. */
    public ScenarioResult(Scenario scenario, List<ArmResult> arms, List<Verdict> verdicts, String modelVersion,
                          SolverSettings solver, List<String> whatIf) {
        this(scenario, arms, verdicts, modelVersion, solver, whatIf, List.of());
    }

    /** The result of a run of the scenario as its file says, without what-if changes. */
    public ScenarioResult(Scenario scenario, List<ArmResult> arms, List<Verdict> verdicts, String modelVersion,
                          SolverSettings solver) {
        this(scenario, arms, verdicts, modelVersion, solver, List.of());
    }

    /** This result, recorded as made with the given what-if changes ({@code --set NAME=VALUE}, as typed). */
    public ScenarioResult withWhatIf(List<String> changes) {
        return new ScenarioResult(scenario, arms, verdicts, modelVersion, solver, changes, cohorts);
    }

    /**
     * The arm a trial compares the others with: the first placebo arm (nothing but placebo items), else the
     * first arm with no regimen; empty if every arm is treated.
     */
    public Optional<String> referenceArm() {
        List<Arm> arms = scenario.arms();
        return arms.stream().filter(a -> a.regimen().isPlaceboOnly()).findFirst()
                .or(() -> arms.stream().filter(a -> a.regimen().items().isEmpty()).findFirst()).map(Arm::name);
    }

    /** The virtual patients of the arm with this name. */
    public CohortResult cohort(String arm) {
        return cohorts.stream().filter(c -> c.arm().equals(arm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the result has no population in arm \"" + arm + "\""));
    }
}
