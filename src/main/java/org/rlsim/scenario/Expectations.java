package org.rlsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rlsim.model.Blood;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;
import org.rlsim.simulation.PiecewiseLinear;
import org.rlsim.simulation.Trajectory;

/**
 * Checks a scenario's {@link Expectation}s against its simulated result. Values between output rows and
 * daily means are those of {@link PiecewiseLinear}: linear between rows, the value just after an
 * instantaneous dose at its time, a daily mean over the 24 h ending at the time. "Reaches" and "stays"
 * look at every output row in their span and at its ends.
 */
public final class Expectations {
    private Expectations() {
    }

    /**
     * One verdict per expectation of the result's scenario about its arms' courses, in file order; the
     * expectations {@linkplain Expectation#overRuns() over many runs} are checked against those runs instead.
     */
    public static List<Verdict> check(ScenarioResult result) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Expectation e : result.scenario().expectations()) {
            if (!e.overRuns()) {
                verdicts.add(check(e, result));
            }
        }
        return verdicts;
    }

    static Verdict check(Expectation expectation, ScenarioResult result) {
        Expectation.Subject s = expectation.subject();
        Series series = series(result, s.arm(), s);
        Shown unit = Shown.of(s);
        if (expectation instanceof Expectation.Level e) {
            double v = series.at(e.atH());
            return new Verdict(e, e.above() ? v > e.value() : v < e.value(), number(v, unit));
        }
        if (expectation instanceof Expectation.Versus e) {
            double v = series.at(e.atH());
            double other = series(result, e.otherArm(), s).at(e.atH());
            return new Verdict(e, e.higher() ? v > other : v < other, number(v, unit) + " vs " + number(other, unit));
        }
        if (expectation instanceof Expectation.Change e) {
            double from = series.at(e.fromH());
            double to = series.at(e.toH());
            double change = e.rises() ? to - from : from - to;
            return new Verdict(e, change >= e.amount(), number(from, unit) + " → " + number(to, unit)
                    + " (" + (to >= from ? "+" : "−") + number(Math.abs(to - from), unit) + ")");
        }
        if (expectation instanceof Expectation.Reaches e) {
            return reaches(e, series, unit);
        }
        // The interface is sealed: Stays is the last form about one run (the others are checked over many runs).
        return stays((Expectation.Stays) expectation, series, unit);
    }

    /**
     * The unit the model's numbers are shown in: the output's own, or µg/dL for serum iron when the sentence
     * gives its value in µg/dL (the value itself is read into µmol/L).
     */
    private record Shown(String unit, double perInternalUnit) {
        private static final Pattern MICROGRAMS_PER_DL = Pattern.compile("(?i)(µ|u|mc)g\\s*/\\s*dL");

        static Shown of(Expectation.Subject s) {
            if (s.output() == Observable.SERUM_IRON && MICROGRAMS_PER_DL.matcher(s.sentence()).find()) {
                return new Shown("µg/dL", Blood.UG_DL_PER_UMOL_L);
            }
            return new Shown(ExpectationReader.unit(s.output()), 1);
        }
    }

    private static String number(double value, Shown unit) {
        return number(value * unit.perInternalUnit(), unit.unit());
    }

    private static Verdict reaches(Expectation.Reaches e, Series series, Shown unit) {
        double startH = series.firstH();
        double start = series.at(startH);
        boolean rising = start < e.value();
        double previousH = startH;
        double previous = start;
        double best = start;
        for (double h : series.times(startH, e.byH())) {
            double v = series.at(h);
            if (rising ? v >= e.value() : v <= e.value()) {
                double crossH = previous == v ? h : previousH + (h - previousH) * (e.value() - previous) / (v - previous);
                return new Verdict(e, true, "from " + number(start, unit) + ", reached on " + day(crossH));
            }
            best = rising ? Math.max(best, v) : Math.min(best, v);
            previousH = h;
            previous = v;
        }
        return new Verdict(e, false, "from " + number(start, unit) + ", " + (rising ? "highest " : "lowest ")
                + number(best, unit) + " by then");
    }

    private static Verdict stays(Expectation.Stays e, Series series, Shown unit) {
        double worstH = e.fromH();
        double worst = series.at(worstH);
        for (double h : series.times(e.fromH(), e.toH())) {
            double v = series.at(h);
            if (e.above() ? v < worst : v > worst) {
                worst = v;
                worstH = h;
            }
        }
        boolean met = e.above() ? worst > e.value() : worst < e.value();
        return new Verdict(e, met, (e.above() ? "lowest " : "highest ") + number(worst, unit) + " on " + day(worstH));
    }

    private static Series series(ScenarioResult result, String arm, Expectation.Subject s) {
        ArmResult found = result.arms().stream().filter(a -> a.arm().name().equals(arm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the result has no arm \"" + arm + "\""));
        return new Series(found.trajectory(), s.output(), s.dailyMean());
    }

    /** A value for people: three significant digits, whole numbers from 100 on, with its unit. */
    public static String number(double value, String unit) {
        BigDecimal rounded = Math.abs(value) >= 100 ? BigDecimal.valueOf(Math.round(value))
                : new BigDecimal(value).round(new MathContext(3));
        String text = rounded.stripTrailingZeros().toPlainString();
        return unit.isEmpty() ? text : text + " " + unit;
    }

    /** A time for people: {@code day 12.3}. */
    static String day(double h) {
        return "day " + number(h / TimeUnits.DAY_H, "");
    }

    /** One output of one arm as a function of time (see {@link PiecewiseLinear} for interpolation and daily means). */
    private static final class Series {
        private final double[] timeH;
        private final PiecewiseLinear curve;
        private final boolean dailyMean;

        Series(Trajectory trajectory, Observable output, boolean dailyMean) {
            this.timeH = trajectory.timeH();
            this.curve = new PiecewiseLinear(timeH, trajectory.series(output));
            this.dailyMean = dailyMean;
        }

        /** The first time the series has a value: 0, or 24 h for a daily mean. */
        double firstH() {
            return dailyMean ? TimeUnits.DAY_H : 0;
        }

        /** The value (or daily mean) at {@code h}. */
        double at(double h) {
            return dailyMean ? curve.dailyMeanAt(h) : curve.valueAt(h);
        }

        /** The output-row times strictly between {@code fromH} and {@code toH}, then {@code toH}. */
        List<Double> times(double fromH, double toH) {
            List<Double> times = new ArrayList<>();
            for (double t : timeH) {
                if (t > fromH && t < toH && (times.isEmpty() || times.get(times.size() - 1) != t)) {
                    times.add(t);
                }
            }
            times.add(toH);
            return times;
        }
    }
}
