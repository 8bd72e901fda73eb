package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.SimulationException;

/**
 * Checks that a patient's untreated steady state is a body that could be alive, so that parameter values
 * that are each allowed but together (or at an extreme) settle into an impossible patient — tonnes of
 * tissue iron when nothing is shed, a body without iron when the diet has none — are refused with the
 * parameter to blame instead of simulated as if they meant something.
 *
 * <p>The bounds are outer limits of living adults, far outside the normal values in the model card (total
 * body iron about 3 g, 35–45 mg/kg, Cook 1973; haemoglobin 12–17 g/dL): every bundled patient, including
 * iron-deficient and anaemic ones, lies well inside them. They are deliberately generous: the check is
 * against nonsense, not against unusual patients.
 */
final class PossiblePatient {
    /** One checked output of the steady state and the values a living adult can have, in its unit. */
    private record Bound(Observable output, double min, double max, String range) {
    }

    private static final List<Bound> BOUNDS = List.of(
            // Severe iron-deficiency anaemia still leaves a few hundred mg; iron overload reaches tens of grams.
            new Bound(Observable.TOTAL_BODY_IRON, 300, 50_000, "0.3 to 50 g in a living adult"),
            // Below about 3 g/dL or above about 25 g/dL (chronically) a person does not survive.
            new Bound(Observable.HB, 3, 25, "3 to 25 g/dL in a living adult"),
            // Serum ferritin below the assays' floor, or beyond the highest values in iron overload.
            new Bound(Observable.SERUM_FERRITIN, 0.5, 50_000, "0.5 to 50,000 ng/mL"),
            // Transferrin cannot carry more iron than it has binding sites for.
            new Bound(Observable.TSAT, 0, 100, "0 to 100 %"));

    private PossiblePatient() {
    }

    /**
     * Refuses an impossible steady state.
     *
     * @param own         the patient archetype's own parameters (with its variants): the reference for blame
     * @param used        the parameters the arm runs with (the scenario's, the arm's and {@code --set} applied)
     * @param steadyState the untreated steady state of {@code used}
     * @param settle      the steady state of other parameters, to find which change is to blame
     * @throws SimulationException naming the output, its value, the possible range and the parameter(s) to blame
     */
    static void check(String armName, ParameterSet own, ParameterSet used, double[] steadyState,
            Function<ParameterSet, double[]> settle) {
        Optional<String> problem = problem(used, steadyState);
        if (problem.isEmpty()) {
            return;
        }
        String message = "arm '" + armName + "': the patient's untreated state is not a possible human body ("
                + problem.get() + "); " + blame(own, used, settle);
        throw new SimulationException(message, message, 0, null);
    }

    /** What is impossible about a steady state, e.g. "total body iron 23.7 t, possible 0.3 to 50 g ...", or empty. */
    static Optional<String> problem(ParameterSet parameters, double[] steadyState) {
        Physiology model = new Physiology(parameters);
        ModelState state = new ModelState(steadyState);
        for (Bound b : BOUNDS) {
            double value = b.output().value(0, state, model);
            if (!(value >= b.min() && value <= b.max())) {
                return Optional.of(b.output().label().toLowerCase(Locale.ROOT) + " " + describe(b.output(), value)
                        + ", possible " + b.range());
            }
        }
        return Optional.empty();
    }

    /**
     * Which of the parameters changed from the patient's own values is to blame: the one whose own value
     * alone gives a possible patient again, else every changed one.
     */
    private static String blame(ParameterSet own, ParameterSet used, Function<ParameterSet, double[]> settle) {
        List<Parameter> changed = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (own.get(p) != used.get(p)) {
                changed.add(p);
            }
        }
        if (changed.isEmpty()) {
            return "it comes from the patient's own parameters; choose another patient";
        }
        List<Parameter> culprits = new ArrayList<>();
        if (changed.size() == 1) {
            culprits.add(changed.get(0));
        } else {
            for (Parameter p : changed) {
                ParameterSet reverted = used.with(p, own.get(p));
                try {
                    if (problem(reverted, settle.apply(reverted)).isEmpty()) {
                        culprits.add(p);
                    }
                } catch (SimulationException e) {
                    // reverting this one does not give a settled patient either: not the culprit alone
                }
            }
        }
        if (culprits.isEmpty()) {
            culprits = changed;
        }
        List<String> named = culprits.stream().map(p -> p.name() + " = " + number(used.get(p)) + unit(p)
                + " (the patient's own value: " + number(own.get(p)) + unit(p) + ")").toList();
        return (culprits.size() == 1 ? "the parameter to blame is " : "one of these parameters is to blame: ")
                + String.join(", ", named) + "; choose a value nearer the patient's own";
    }

    private static String unit(Parameter p) {
        return p.unit().equals("1") ? "" : " " + p.unit();
    }

    /** A value for people: iron masses in mg, g, kg or t; other outputs with their unit. */
    private static String describe(Observable output, double value) {
        if (output == Observable.TOTAL_BODY_IRON) {
            double abs = Math.abs(value);
            if (abs >= 1e9) {
                return number(value / 1e9) + " t";
            } else if (abs >= 1e6) {
                return number(value / 1e6) + " kg";
            } else if (abs >= 1e3) {
                return number(value / 1e3) + " g";
            }
            return number(value) + " mg";
        }
        return number(value) + " " + output.unit();
    }

    /** Three significant digits, e.g. 23.7, 0.0026, 2.6e-08. */
    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double abs = Math.abs(v);
        if (abs >= 1e-3 && abs < 1e6) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
