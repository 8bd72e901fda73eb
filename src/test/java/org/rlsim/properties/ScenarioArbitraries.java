package org.rlsim.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;

/**
 * Arbitraries of valid scenarios, built only from primitive arbitraries (numbers, enums, list
 * sizes) so jqwik can shrink a failing scenario: items go away, counts go to 1, doses to their
 * smallest value, dose times to the start of the run, parameter changes back to the archetype's value.
 *
 * <p>Ranges:
 * <ul>
 *   <li>patient: any {@link Patient#all()} archetype; 0–3 parameters moved within their usual range
 *       ({@link Parameter#usualMin()} to {@link Parameter#usualMax()});</li>
 *   <li>regimen: 0–4 items: oral courses (10–200 mg elemental, every 12–72 h, 1–240 doses, any intake),
 *       IV courses (any product, 100–1000 mg, bolus or 0–4 h infusion, 1–4 infusions 1–14 days apart),
 *       blood losses (50–500 mL, at once or over 1–7 days, 1–4 times 1–30 days apart);</li>
 *   <li>duration 1–120 days; output interval 1–24 h.</li>
 * </ul>
 * Course starts are drawn as a fraction of the duration, so they fall inside the run and off the grid.
 */
public final class ScenarioArbitraries {
    private ScenarioArbitraries() {
    }

    /** A random valid scenario. */
    public static Arbitrary<RandomScenario> scenarios() {
        return Combinators.combine(patients(), parameterMoves(), items(), durationsH(), outputIntervalsH())
                .as((patient, moves, items, durationH, intervalH) -> new RandomScenario(patient,
                        changes(patient, moves), new Regimen(items.stream().map(i -> i.apply(durationH)).toList()),
                        durationH, intervalH));
    }

    public static Arbitrary<Patient> patients() {
        return Arbitraries.of(Patient.all());
    }

    /** Simulated time, h: 1–120 days to the hundredth of a day (so the end is usually off the grid). */
    public static Arbitrary<Double> durationsH() {
        return Arbitraries.doubles().between(1, 120).ofScale(2).map(days -> days * 24);
    }

    public static Arbitrary<Double> outputIntervalsH() {
        return Arbitraries.doubles().between(1, 24).ofScale(1);
    }

    /** A fraction of the run, [0, 1), at which something starts. */
    public static Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, true, 1, false).ofScale(4);
    }

    /** A parameter and where to put it in its usual range: −1 = usual minimum, 0 = unchanged, 1 = usual maximum. */
    record Move(Parameter parameter, double position) {
    }

    static Arbitrary<List<Move>> parameterMoves() {
        return Combinators.combine(Arbitraries.of(ParameterCatalog.all()), Arbitraries.doubles().between(-1, 1).ofScale(3))
                .as(Move::new).list().ofMaxSize(3).uniqueElements(Move::parameter);
    }

    private static Map<String, Double> changes(Patient patient, List<Move> moves) {
        ParameterSet base = patient.parameterSet();
        Map<String, Double> changes = new LinkedHashMap<>();
        for (Move m : moves) {
            Parameter p = m.parameter();
            double own = base.get(p);
            double value = m.position() >= 0 ? own + m.position() * (p.usualMax() - own)
                    : own + m.position() * (own - p.usualMin());
            changes.put(p.name(), Math.min(p.usualMax(), Math.max(p.usualMin(), value)));
        }
        return changes;
    }

    /** 0–4 regimen items, each still waiting for the run's duration to place its start. */
    static Arbitrary<List<DoubleFunction<RegimenItem>>> items() {
        return Arbitraries.oneOf(oralCourses(), ivCourses(), bleeds()).list().ofMaxSize(4);
    }

    static Arbitrary<DoubleFunction<RegimenItem>> oralCourses() {
        return Combinators.combine(fractions(), Arbitraries.doubles().between(10, 200).ofScale(1),
                        Arbitraries.doubles().between(12, 72).ofScale(1), Arbitraries.integers().between(1, 240),
                        Arbitraries.of(IntakeCondition.class))
                .as((start, mg, everyH, count, intake) -> durationH -> new RegimenItem.Oral("oral iron", mg, intake,
                        new Schedule(start * durationH, everyH, count)));
    }

    /** Infusion durations: a bolus (0 h) a quarter of the time, else 0–4 h. */
    static Arbitrary<Double> infusionDurationsH() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(3, Arbitraries.doubles().between(0, 4).ofScale(2)));
    }

    static Arbitrary<DoubleFunction<RegimenItem>> ivCourses() {
        return Combinators.combine(fractions(), Arbitraries.of(IvProduct.class),
                        Arbitraries.doubles().between(100, 1000).ofScale(0), infusionDurationsH(),
                        Arbitraries.doubles().between(24, 14 * 24).ofScale(1), Arbitraries.integers().between(1, 4))
                .as((start, product, mg, lastsH, everyH, count) -> durationH -> new RegimenItem.Iv(product, mg, lastsH,
                        new Schedule(start * durationH, everyH, count)));
    }

    /** Bleed durations: instantaneous (a donation) a third of the time, else spread over 1–7 days. */
    static Arbitrary<Double> bleedDurationsH() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(2, Arbitraries.doubles().between(24, 7 * 24).ofScale(1)));
    }

    static Arbitrary<DoubleFunction<RegimenItem>> bleeds() {
        return Combinators.combine(fractions(), Arbitraries.doubles().between(50, 500).ofScale(0), bleedDurationsH(),
                        Arbitraries.doubles().between(24, 30 * 24).ofScale(1), Arbitraries.integers().between(1, 4))
                .as((start, ml, lastsH, everyH, count) -> durationH -> new RegimenItem.Bleed("blood loss", ml, lastsH,
                        new Schedule(start * durationH, everyH, count)));
    }

    /** One IV dose (any product, 100–1000 mg, bolus or 0–4 h) somewhere in the run. */
    public static Arbitrary<DoubleFunction<RegimenItem>> singleIvDoses() {
        return Combinators.combine(fractions(), Arbitraries.of(IvProduct.class),
                        Arbitraries.doubles().between(100, 1000).ofScale(0), infusionDurationsH())
                .as((start, product, mg, lastsH) -> durationH -> new RegimenItem.Iv(product, mg, lastsH,
                        Schedule.once(start * durationH)));
    }

    /** One blood loss (50–500 mL, at once or over 1–7 days) somewhere in the run. */
    public static Arbitrary<DoubleFunction<RegimenItem>> singleBloodLosses() {
        return Combinators.combine(fractions(), Arbitraries.doubles().between(50, 500).ofScale(0), bleedDurationsH())
                .as((start, ml, lastsH) -> durationH -> new RegimenItem.Bleed("extra blood loss", ml, lastsH,
                        Schedule.once(start * durationH)));
    }
}
