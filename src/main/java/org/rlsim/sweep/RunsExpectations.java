package org.rlsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Expectation;
import org.rlsim.scenario.Expectations;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Verdict;

/**
 * Checks a scenario's expectations over many runs ({@link Expectation#overRuns()}) against the results of its
 * sweeps and its tornado: {@link Expectation.Trend} over the sweep that varies its variation and gives its
 * metric, {@link Expectation.Ranking} over the tornado.
 */
public final class RunsExpectations {
    private RunsExpectations() {
    }

    /**
     * One verdict per expectation over many runs, in file order.
     *
     * @param sweeps  the results of the scenario's sweeps, in file order
     * @param tornado the result of its tornado, if it has one
     */
    public static List<Verdict> check(Scenario scenario, List<SweepResult> sweeps, Optional<Tornado.Result> tornado) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            if (e instanceof Expectation.Trend t) {
                verdicts.add(trend(t, sweeps));
            } else if (e instanceof Expectation.Ranking r) {
                verdicts.add(ranking(r, tornado.orElseThrow(() -> new IllegalArgumentException("no tornado for " + r))));
            }
        }
        return verdicts;
    }

    private static Verdict trend(Expectation.Trend e, List<SweepResult> sweeps) {
        for (SweepResult result : sweeps) {
            List<Axis> axes = result.sweep().axes();
            List<Metric> metrics = result.sweep().metrics();
            for (int a = 0; a < axes.size(); a++) {
                if (!axes.get(a).variation().name().equals(e.variation())) {
                    continue;
                }
                for (int m = 0; m < metrics.size(); m++) {
                    if (metrics.get(m).readsTheSameAs(e.metric())) {
                        return trend(e, result, a, m);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no sweep of " + e.variation() + " gives " + e.metric().text());
    }

    /** Along every line of the grid in the direction of axis {@code a}. */
    private static Verdict trend(Expectation.Trend e, SweepResult result, int a, int m) {
        Sweep sweep = result.sweep();
        Axis axis = sweep.axes().get(a);
        int lines = sweep.points() / axis.size();
        boolean met = true;
        String shown = "";
        for (int line = 0; line < lines; line++) {
            double[] v = new double[axis.size()];
            for (int i = 0; i < axis.size(); i++) {
                int p = a == 0 ? line * axis.size() + i : i * sweep.axes().get(0).size() + line;
                v[i] = result.value(p, m);
            }
            double[] x = axis.values();
            boolean lineMet = true;
            double firstSlope = Double.NaN;
            double previousSlope = Double.NaN;
            double lastSlope = Double.NaN;
            for (int i = 1; i < v.length; i++) {
                double step = v[i] - v[i - 1];
                double slope = Math.abs(step / (x[i] - x[i - 1]));
                lineMet &= e.rises() ? step > 0 : step < 0;
                if (e.levelsOff() && i > 1) {
                    lineMet &= slope < previousSlope;
                }
                firstSlope = i == 1 ? slope : firstSlope;
                previousSlope = slope;
                lastSlope = slope;
            }
            if (line == 0 || (met && !lineMet)) {
                String unit = e.metric().unit();
                String per = unit.isEmpty() ? "" : " " + unit;
                String axisUnit = axis.variation().unit().isEmpty() ? "" : " " + axis.variation().unit();
                shown = Expectations.number(v[0], unit) + " at " + SweepRunner.shown(axis.variation(), x[0]) + axisUnit + " → "
                        + Expectations.number(v[v.length - 1], unit) + " at " + SweepRunner.shown(axis.variation(), x[x.length - 1]) + axisUnit
                        + (e.levelsOff() ? "; slope " + Expectations.number(firstSlope, "") + " → " + Expectations.number(lastSlope, "")
                        + per + " per" + (axisUnit.isEmpty() ? " unit" : axisUnit) : "");
            }
            met &= lineMet;
        }
        return new Verdict(e, met, shown);
    }

    private static Verdict ranking(Expectation.Ranking e, Tornado.Result tornado) {
        int m = 0;
        while (!tornado.metrics().get(m).readsTheSameAs(e.metric())) {
            m++;
        }
        int metric = m;
        String unit = e.metric().unit();
        List<Tornado.Bar> sorted = tornado.sortedBy(m);
        Tornado.Bar mine = bar(tornado, e.parameter());
        if (e.other() == null) {
            String shown = "largest effects: " + String.join(", ", sorted.stream().limit(3)
                    .map(b -> b.parameter().name() + " " + Expectations.number(b.effect(metric), unit)).toList());
            return new Verdict(e, sorted.get(0).equals(mine), shown);
        }
        Tornado.Bar other = bar(tornado, e.other());
        return new Verdict(e, mine.effect(m) > other.effect(m), e.parameter() + " " + Expectations.number(mine.effect(m), unit)
                + " vs " + e.other() + " " + Expectations.number(other.effect(m), unit));
    }

    private static Tornado.Bar bar(Tornado.Result tornado, String parameter) {
        return tornado.bars().stream().filter(b -> b.parameter().name().equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the tornado has no " + parameter));
    }
}
