package org.rlsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Blood;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Readouts;
import org.rlsim.simulation.PiecewiseLinear;
import org.rlsim.simulation.RowSink;

/**
 * Checks a scenario's {@link Expectation}s against its simulated result, watching the rows as they stream
 * by: memory is a day of rows per watched output, whatever the run's length. Values between output rows and
 * daily means are those of {@link PiecewiseLinear}: linear between rows, the value just after an
 * instantaneous dose at its time, a daily mean over the 24 h ending at the time. "Reaches" and "stays"
 * look at every output row in their span and at its ends.
 *
 * <p>Use: {@link #watch} before the run, one {@link Watch#arm} sink per arm in the run, {@link Watch#verdicts}
 * after every arm's run ended.
 */
public final class Expectations {
    private Expectations() {
    }

    /** A watch of the scenario's expectations, for the arms of one run. */
    public static Watch watch(Scenario scenario) {
        return new Watch(scenario);
    }

    /** What the expectations of one run need to see of its rows, and their verdicts once it has run. */
    public static final class Watch {
        private final List<String> armNames;
        private final List<Map<Series.Key, Series>> series = new ArrayList<>();
        private final List<Supplier<Verdict>> verdicts = new ArrayList<>();
        /** The arms' virtual patients, known once they have run. */
        private List<CohortResult> cohorts = List.of();

        private Watch(Scenario scenario) {
            armNames = scenario.arms().stream().map(Arm::name).toList();
            for (int i = 0; i < armNames.size(); i++) {
                series.add(new LinkedHashMap<>());
            }
            for (Expectation e : scenario.expectations()) {
                if (!e.overRuns()) { // those are checked against the runs of the scenario's sweeps and tornado
                    verdicts.add(register(e));
                }
            }
        }

        /** The sink of arm {@code index} (scenario order), for its run. */
        public RowSink arm(int index) {
            List<Series> watched = List.copyOf(series.get(index).values());
            return new RowSink() {
                private Physiology model;

                @Override
                public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
                    model = physiology;
                    for (Series s : watched) {
                        s.begin();
                    }
                }

                @Override
                public void row(double timeH, ModelState state) {
                    for (Series s : watched) {
                        s.row(timeH, s.output.value(timeH, state, model));
                    }
                }

                @Override
                public void end() {
                    for (Series s : watched) {
                        s.end();
                    }
                }
            };
        }

        /**
         * One verdict per expectation about the arms' courses, in file order (after every arm's run ended); the
         * expectations {@linkplain Expectation#overRuns() over many runs} are not among them.
         */
        public List<Verdict> verdicts() {
            return verdicts(List.of());
        }

        /**
         * One verdict per expectation, in file order, after every arm's run ended and its virtual patients were
         * run ({@code cohorts}, in arm order; empty without {@code population:}).
         */
        public List<Verdict> verdicts(List<CohortResult> cohorts) {
            this.cohorts = List.copyOf(cohorts);
            return verdicts.stream().map(Supplier::get).toList();
        }

        private Series series(String arm, Expectation.Subject s) {
            int index = armNames.indexOf(arm);
            if (index < 0) {
                throw new IllegalArgumentException("the scenario has no arm \"" + arm + "\"");
            }
            return series.get(index).computeIfAbsent(new Series.Key(s.output(), s.dailyMean()),
                    key -> new Series(key.output(), key.dailyMean()));
        }

        /** Registers what the expectation needs to see; the verdict is read from it after the run. */
        private Supplier<Verdict> register(Expectation expectation) {
            if (expectation instanceof Expectation.Readout r) {
                return () -> readout(r, cohorts);
            }
            Expectation.Subject s = expectation.subject();
            Series series = series(s.arm(), s);
            Shown unit = Shown.of(s);
            if (expectation instanceof Expectation.Level e) {
                Point at = series.point(e.atH());
                return () -> new Verdict(e, e.above() ? at.value > e.value() : at.value < e.value(), number(at.value, unit));
            }
            if (expectation instanceof Expectation.Versus e) {
                Point at = series.point(e.atH());
                Point other = series(e.otherArm(), s).point(e.atH());
                return () -> new Verdict(e, e.higher() ? at.value > other.value : at.value < other.value,
                        number(at.value, unit) + " vs " + number(other.value, unit));
            }
            if (expectation instanceof Expectation.Change e) {
                Point from = series.point(e.fromH());
                Point to = series.point(e.toH());
                return () -> {
                    double change = e.rises() ? to.value - from.value : from.value - to.value;
                    return new Verdict(e, change >= e.amount(), number(from.value, unit) + " → " + number(to.value, unit)
                            + " (" + (to.value >= from.value ? "+" : "−") + number(Math.abs(to.value - from.value), unit) + ")");
                };
            }
            if (expectation instanceof Expectation.Reaches e) {
                Reaching scan = new Reaching(e.value());
                series.scan(scan, series.firstH(), e.byH());
                return () -> scan.verdict(e, unit);
            }
            // The interface is sealed: Stays is the last form about one run (Trend and Ranking are not registered).
            Expectation.Stays e = (Expectation.Stays) expectation;
            Staying scan = new Staying(e.above());
            series.scan(scan, e.fromH(), e.toH());
            return () -> scan.verdict(e, unit);
        }
    }

    /** A trial readout of the arm's virtual patients, with its 95 % interval and the number of patients. */
    private static Verdict readout(Expectation.Readout r, List<CohortResult> cohorts) {
        Readouts.Arm arm = Readouts.of(cohort(cohorts, r.subject().arm()), r.atH());
        Readouts.Estimate e = Metric.Readout.estimate(r.metric(), arm,
                r.reference() == null ? null : Readouts.of(cohort(cohorts, r.reference()), r.atH()));
        String unit = r.metric().unit();
        return new Verdict(r, r.bound().holds(e.value()), number(e.value(), unit) + " (95% CI " + number(e.low(), unit)
                + " to " + number(e.high(), unit) + "), " + arm.patients() + " patients per arm");
    }

    private static CohortResult cohort(List<CohortResult> cohorts, String arm) {
        return cohorts.stream().filter(c -> c.arm().equals(arm)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no virtual patients were run for arm \"" + arm + "\""));
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

    /** A value the series had at a time, known once the run has passed it. */
    private static final class Point {
        final double timeH;
        double value = Double.NaN;
        boolean known;

        Point(double timeH) {
            this.timeH = timeH;
        }
    }

    /**
     * A walk along a series: its value at the start of a span, then at every output-row time strictly inside
     * the span (each time once) and at the span's end, in time order.
     */
    private abstract static class Scan {
        double startH;
        double endH;
        boolean started;
        boolean ended;

        abstract void start(double value);

        abstract void step(double h, double value);
    }

    /** "Reaches": the first crossing of a level, from the side the series starts on. */
    private static final class Reaching extends Scan {
        private final double level;
        private boolean rising;
        private double previousH;
        private double previous;
        private double start;
        private double best;
        private double crossH = Double.NaN;

        Reaching(double level) {
            this.level = level;
        }

        @Override
        void start(double value) {
            start = value;
            rising = value < level;
            previousH = startH;
            previous = value;
            best = value;
        }

        @Override
        void step(double h, double v) {
            if (!Double.isNaN(crossH)) {
                return;
            }
            if (rising ? v >= level : v <= level) {
                crossH = previous == v ? h : previousH + (h - previousH) * (level - previous) / (v - previous);
                return;
            }
            best = rising ? Math.max(best, v) : Math.min(best, v);
            previousH = h;
            previous = v;
        }

        Verdict verdict(Expectation.Reaches e, Shown unit) {
            if (!Double.isNaN(crossH)) {
                return new Verdict(e, true, "from " + number(start, unit) + ", reached on " + day(crossH));
            }
            return new Verdict(e, false, "from " + number(start, unit) + ", " + (rising ? "highest " : "lowest ")
                    + number(best, unit) + " by then");
        }
    }

    /** "Stays": the worst value over a span (the lowest for "above", the highest for "below") and when. */
    private static final class Staying extends Scan {
        private final boolean above;
        private double worst;
        private double worstH;

        Staying(boolean above) {
            this.above = above;
        }

        @Override
        void start(double value) {
            worst = value;
            worstH = startH;
        }

        @Override
        void step(double h, double v) {
            if (above ? v < worst : v > worst) {
                worst = v;
                worstH = h;
            }
        }

        Verdict verdict(Expectation.Stays e, Shown unit) {
            boolean met = above ? worst > e.value() : worst < e.value();
            return new Verdict(e, met, (above ? "lowest " : "highest ") + number(worst, unit) + " on " + day(worstH));
        }
    }

    /**
     * One output of one arm as a function of time (see {@link PiecewiseLinear} for interpolation and daily
     * means), fed row by row: a value at a time is taken once the first row after that time has arrived (or
     * the run has ended), with a day of rows kept, so it is the value the whole run's rows give.
     */
    private static final class Series {
        record Key(Observable output, boolean dailyMean) {
        }

        final Observable output;
        private final boolean dailyMean;
        private final List<Point> points = new ArrayList<>();
        private final List<Scan> scans = new ArrayList<>();
        private PiecewiseLinear curve;
        private double lastH;

        Series(Observable output, boolean dailyMean) {
            this.output = output;
            this.dailyMean = dailyMean;
        }

        /** The first time the series has a value: 0, or 24 h for a daily mean. */
        double firstH() {
            return dailyMean ? TimeUnits.DAY_H : 0;
        }

        Point point(double h) {
            for (Point p : points) {
                if (p.timeH == h) {
                    return p;
                }
            }
            Point p = new Point(h);
            points.add(p);
            return p;
        }

        void scan(Scan scan, double fromH, double toH) {
            scan.startH = fromH;
            scan.endH = toH;
            scans.add(scan);
        }

        void begin() {
            curve = PiecewiseLinear.growing();
            for (Point p : points) {
                p.known = false;
            }
            for (Scan s : scans) {
                s.started = false;
                s.ended = false;
            }
        }

        void row(double h, double value) {
            boolean first = curve.isEmpty();
            boolean later = !first && h > lastH;
            double before = lastH;
            curve.add(h, value);
            if (first || later) {
                passed(h);
                if (later) {
                    inside(before);
                }
                taken(h);
            }
            lastH = h;
            curve.forgetBefore(h - TimeUnits.DAY_H);
        }

        void end() {
            passed(Double.POSITIVE_INFINITY);
            inside(lastH);
            taken(Double.POSITIVE_INFINITY);
        }

        /** Starts the scans whose start lies before {@code h}: every row up to it has arrived. */
        private void passed(double h) {
            for (Scan s : scans) {
                if (!s.started && s.startH < h) {
                    s.started = true;
                    s.start(at(s.startH));
                }
            }
        }

        /** The rows at {@code h} are all in: a step for the scans with {@code h} strictly inside their span. */
        private void inside(double h) {
            for (Scan s : scans) {
                if (!s.ended && h > s.startH && h < s.endH) {
                    s.step(h, at(h));
                }
            }
        }

        /** Takes the points and the scans' ends before {@code h}. */
        private void taken(double h) {
            for (Point p : points) {
                if (!p.known && p.timeH < h) {
                    p.value = at(p.timeH);
                    p.known = true;
                }
            }
            for (Scan s : scans) {
                if (!s.ended && s.endH < h) {
                    s.step(s.endH, at(s.endH));
                    s.ended = true;
                }
            }
        }

        /** The value (or daily mean) at {@code h}. */
        private double at(double h) {
            return dailyMean ? curve.dailyMeanAt(h) : curve.valueAt(h);
        }
    }
}
