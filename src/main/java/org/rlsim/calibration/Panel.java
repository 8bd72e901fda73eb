package org.rlsim.calibration;

import java.util.List;
import java.util.Objects;

/**
 * One panel of a time-course chart: model curves of one quantity, the published values drawn on
 * them, and published times drawn as bands along the time axis.
 *
 * @param quantity  the y quantity, for people
 * @param unit      its unit
 * @param curves    the model curves, one colour each
 * @param points    published values at a time: drawn as an error bar (the tolerance) at {@link Point#x()}
 * @param timeBands published times (a {@link Comparison} whose unit is a time): drawn as a shaded band
 *                  along the time axis, the model's time as a line
 * @param otherSources published times from sources that contradict the target's (a known miss), drawn as an
 *                  outlined band beside it so the contradiction shows; never scored
 */
public record Panel(String quantity, String unit, List<Curve> curves, List<Point> points, List<TimeBand> timeBands,
                    List<OtherSource> otherSources) {
    public Panel {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        curves = List.copyOf(curves);
        points = List.copyOf(points);
        timeBands = List.copyOf(timeBands);
        otherSources = List.copyOf(otherSources);
        for (Point p : points) {
            if (p.curve() >= curves.size()) {
                throw new IllegalArgumentException(quantity + ": point for curve " + p.curve() + " of " + curves.size());
            }
        }
    }

    /** A panel without other sources' times. */
    public Panel(String quantity, String unit, List<Curve> curves, List<Point> points, List<TimeBand> timeBands) {
        this(quantity, unit, curves, points, timeBands, List.of());
    }

    /**
     * A comparison drawn at one x of the panel.
     *
     * @param x          where, in the time course's x unit
     * @param comparison the published value and band, in the panel's unit
     * @param curve      index of the curve (in {@link #curves()}) the comparison belongs to; it takes that curve's colour
     */
    public record Point(double x, Comparison comparison, int curve) {
        public Point {
            Objects.requireNonNull(comparison, "comparison");
            if (curve < 0) {
                throw new IllegalArgumentException("curve index must be 0 or more, got " + curve);
            }
        }
    }

    /**
     * A comparison of a time, drawn along the x axis.
     *
     * @param comparison  the published time band and the model's time, in the comparison's unit
     * @param xPerUnit    x-axis units per unit of the comparison (e.g. 4.348 weeks per month)
     */
    public record TimeBand(Comparison comparison, double xPerUnit) {
        public TimeBand {
            Objects.requireNonNull(comparison, "comparison");
            if (!(xPerUnit > 0)) {
                throw new IllegalArgumentException("xPerUnit must be positive, got " + xPerUnit);
            }
        }
    }

    /**
     * A published time range from a source that contradicts the target's, drawn for comparison, not scored.
     *
     * @param label what was measured and by whom, e.g. "Pottgiesser 2008: all of the lost Hb mass back"
     * @param fromX start of the range, in the time course's x unit
     * @param toX   end of the range, in the same unit
     */
    public record OtherSource(String label, double fromX, double toX) {
        public OtherSource {
            Objects.requireNonNull(label, "label");
            if (!(fromX <= toX)) {
                throw new IllegalArgumentException(label + ": the range must run forwards, got " + fromX + " to " + toX);
            }
        }
    }
}
