package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * The steady-state oracle of {@code bbb: upregulation-failure}. Under that hypothesis the barrier has
 * no up-regulation, so brain iron B obeys a linear equation driven by transferrin saturation s alone:
 * <pre>
 *   dB/dt = κ · V0 · g(s) − B/τ,   V0 = B_ref/τ,   g(s) = s/(k + s) · (k + s_ref)/s_ref
 * </pre>
 * (κ {@code bbb.capacity}, k {@code bbb.tsat_half_saturation_pct}, s_ref {@code blood.reference_tsat_pct},
 * τ {@code brain.turnover_d}). Setting dB/dt = 0 gives the closed form
 * <pre>
 *   brain iron (% of healthy) = 100 · B/B_ref = 100 · κ · g(s)
 * </pre>
 * independent of τ and of everything else in the model. With hepcidin's daily rhythm the steady state
 * is a daily cycle; integrating the equation over one day (B returns to itself) gives the same form
 * for the daily means, exactly: ⟨B⟩/B_ref = κ · ⟨g(s)⟩. The tests compare these with the steady state
 * that {@link SteadyState} computes, over every archetype and a range of κ and k.
 */
class BloodBrainBarrierTest {
    private static final Simulator SIMULATOR = new Simulator();
    /** Output step for the daily means, h: the trapezoid rule over a smooth periodic day is then exact to ~1e-12. */
    private static final double STEP_H = 0.05;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Patient patient : Patient.all()) {
            for (double capacity : new double[] {0.5, 0.7, 1, 1.4}) {
                for (double halfSaturationPct : new double[] {10, 30, 80}) {
                    cases.add(Arguments.of(patient.id(), capacity, halfSaturationPct));
                }
            }
        }
        return cases;
    }

    private static ParameterSet upregulationFailure(String patient, double capacity, double halfSaturationPct) {
        ParameterSet archetype = Patient.find(patient).orElseThrow().parameterSet();
        return archetype.with(archetype.variants().with(BbbHypothesis.UPREGULATION_FAILURE))
                .with(BloodBrainBarrier.CAPACITY, capacity).with(BloodBrainBarrier.TSAT_HALF, halfSaturationPct);
    }

    /** g(s) for a saturation in %, from the parameters, written out here rather than taken from the model. */
    private static double g(ParameterSet p, double tsatPct) {
        double s = tsatPct / 100;
        double k = p.get(BloodBrainBarrier.TSAT_HALF) / 100;
        double reference = p.get(Blood.REFERENCE_TSAT) / 100;
        return s / (k + s) * (k + reference) / reference;
    }

    /**
     * Without the daily rhythm the steady state is a fixed point: brain iron equals 100·κ·g(TSAT) there.
     * Tolerance 1e-8 relative: the steady state's Newton iteration converges to 1e-10–1e-12.
     */
    @ParameterizedTest(name = "{0}, capacity {1}, half-saturation {2} %")
    @MethodSource("cases")
    void brainIronAtTheFixedPointIsCapacityTimesTheSaturationResponse(String patient, double capacity, double halfSaturationPct) {
        ParameterSet p = upregulationFailure(patient, capacity, halfSaturationPct).with(Hepcidin.DIURNAL_AMPLITUDE, 0);
        Physiology model = new Physiology(p);
        Trajectory day = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), List.of(), 24, 24);
        double expected = 100 * capacity * g(p, day.value(Observable.TSAT, 0));
        assertEquals(expected, day.value(Observable.BRAIN_IRON, 0), 1e-8 * expected);
    }

    /**
     * With the daily rhythm, the daily mean of brain iron equals 100·κ·(daily mean of g(TSAT)). Tolerance
     * 1e-7 relative: the cycle found by the steady state closes to about 1e-9, the integrator adds
     * ~1e-9 per step, and the trapezoid rule at {@value #STEP_H} h is far more accurate than that.
     */
    @ParameterizedTest(name = "{0}, capacity {1}, half-saturation {2} %")
    @MethodSource("cases")
    void dailyMeanBrainIronIsCapacityTimesTheDailyMeanSaturationResponse(String patient, double capacity,
            double halfSaturationPct) {
        ParameterSet p = upregulationFailure(patient, capacity, halfSaturationPct);
        Physiology model = new Physiology(p);
        Trajectory day = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), List.of(), 24, STEP_H);
        double brain = 0;
        double response = 0;
        for (int row = 1; row < day.size(); row++) {
            double dt = day.timeH(row) - day.timeH(row - 1);
            brain += dt / 2 * (day.value(Observable.BRAIN_IRON, row) + day.value(Observable.BRAIN_IRON, row - 1));
            response += dt / 2 * (g(p, day.value(Observable.TSAT, row)) + g(p, day.value(Observable.TSAT, row - 1)));
        }
        double expected = 100 * capacity * response / 24;
        assertEquals(expected, brain / 24, 1e-7 * expected);
    }
}
