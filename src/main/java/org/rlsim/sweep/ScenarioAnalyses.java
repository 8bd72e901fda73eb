package org.rlsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsim.scenario.Analyses;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Verdict;
import org.rlsim.simulation.RunControl;

/**
 * Runs what a scenario file asks besides its arms ({@link Scenario#analyses()}): its sweeps and its
 * sensitivity analysis, and checks its expectations over them ({@link RunsExpectations}).
 *
 * @param sweeps   the sweeps' results, in file order
 * @param tornado  the tornado's result, if the file asks for one
 * @param sobol    the global analysis's result, if the file asks for one
 * @param verdicts one per expectation over many runs, in file order
 */
public record ScenarioAnalyses(List<SweepResult> sweeps, Optional<Tornado.Result> tornado,
                               Optional<GlobalSensitivity.Result> sobol, List<Verdict> verdicts) {
    /** Nothing run. */
    public static final ScenarioAnalyses NONE = new ScenarioAnalyses(List.of(), Optional.empty(), Optional.empty(), List.of());

    public ScenarioAnalyses {
        sweeps = List.copyOf(sweeps);
        verdicts = List.copyOf(verdicts);
    }

    /** Runs per the file: every point of every sweep and every run of the sensitivity analysis. */
    public static int runs(Scenario scenario) {
        Analyses a = scenario.analyses();
        int runs = a.sweeps().stream().mapToInt(p -> p.axes().stream().mapToInt(org.rlsim.scenario.Axis::size).reduce(1, (x, y) -> x * y)).sum();
        return runs + a.sensitivity().map(p -> p.global() ? p.baseSamples() * (p.parameters().size() + 2)
                : 1 + 2 * p.parameters().size()).orElse(0);
    }

    /**
     * Runs the scenario's analyses in parallel (numbers identical to a serial run).
     *
     * @param overrides {@code --set} values every run has
     * @param control   cancels them; progress is not reported
     */
    public static ScenarioAnalyses run(Scenario scenario, Map<String, Double> overrides, RunControl control) {
        Analyses a = scenario.analyses();
        if (a.isEmpty()) {
            return NONE;
        }
        List<SweepResult> sweeps = new ArrayList<>();
        for (Analyses.SweepPlan plan : a.sweeps()) {
            sweeps.add(new SweepRunner().run(new Sweep(scenario, overrides, plan.axes(), plan.metrics()), control));
        }
        Optional<Tornado.Result> tornado = a.sensitivity().filter(p -> !p.global())
                .map(p -> Tornado.run(scenario, overrides, p.metrics(), p.parameters(), control, true));
        Optional<GlobalSensitivity.Result> sobol = a.sensitivity().filter(Analyses.SensitivityPlan::global)
                .map(p -> GlobalSensitivity.run(scenario, overrides, p.metrics(), p.parameters(), p.baseSamples(), control, true));
        return new ScenarioAnalyses(sweeps, tornado, sobol, RunsExpectations.check(scenario, sweeps, tornado));
    }
}
