package org.rlsim.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * Runs explorations as {@code rlsim run} runs a scenario: each arm from its patient's steady state, with
 * the same simulator and solver settings. Steady states are kept for the last
 * {@value #STEADY_STATES_KEPT} parameter sets, so that dragging a dose slider (which changes only the
 * regimen) never settles the patient again. Safe to share between threads (the explore server's
 * requests): runs are independent and the kept steady states are guarded.
 */
public final class ExplorerRun {
    /** Parameter sets whose steady state is kept: three arms, each with a few recent settings. */
    static final int STEADY_STATES_KEPT = 12;

    private final Simulator simulator = new Simulator();
    private final Map<ParameterSet, double[]> steadyStates = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ParameterSet, double[]> eldest) {
            return size() > STEADY_STATES_KEPT;
        }
    });

    /**
     * Keeps a steady state computed elsewhere (the page hands back those of earlier runs, so that a fresh
     * worker, started after a stale run was cancelled, need not settle the patient again).
     *
     * @param arm   the arm whose parameter set the state belongs to
     * @param state the steady state, as {@link #steadyState} returned it (copied)
     */
    public void remember(ExplorationArm arm, double[] state) {
        steadyStates.put(arm.parameterSet(), state.clone());
    }

    /** The steady state an arm started from, once it has run (a copy); empty before. */
    public Optional<double[]> steadyState(ExplorationArm arm) {
        return Optional.ofNullable(steadyStates.get(arm.parameterSet())).map(double[]::clone);
    }

    /** Runs every arm to the end; see {@link #run(Exploration, RunControl)}. */
    public List<Trajectory> run(Exploration exploration) {
        return run(exploration, new RunControl());
    }

    /**
     * Runs every arm.
     *
     * @param control cancels the run (a newer request from the same page has made it stale)
     * @return one trajectory per arm, in arm order
     * @throws SimulationException   if an arm cannot be simulated; the message names the arm
     * @throws RunCancelledException if {@code control} was cancelled
     */
    public List<Trajectory> run(Exploration exploration, RunControl control) {
        List<Trajectory> results = new ArrayList<>();
        for (ExplorationArm arm : exploration.arms()) {
            ParameterSet parameters = arm.parameterSet();
            Physiology model = new Physiology(parameters);
            double[] initial = steadyStates.get(parameters);
            try {
                if (initial == null) {
                    initial = SteadyState.of(model, simulator);
                    steadyStates.put(parameters, initial);
                }
                results.add(simulator.run(model, initial, arm.regimen().events(), exploration.durationH(),
                        exploration.outputIntervalH(), control));
            } catch (SimulationException e) {
                throw new SimulationException(e.problem(), "arm '" + arm.name() + "': " + e.getMessage(), e.reachedH(), e);
            }
        }
        return results;
    }
}
