package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.TimeUnits;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;

/**
 * The strip of dose markers above a chart's panels: one row per arm shown that has doses, in the arm's
 * colour. An oral dose is a thin tick (daily doses form a comb or a band, not a wall of lines across the
 * panels), an IV infusion a downward triangle labelled with its amount, a blood loss a diamond, and a
 * course of a dopamine agonist a thin bar over the days it is taken, in the lower part of the row,
 * labelled with drug and dose above it. Texts are laid out by {@link StripLabels}, clear of each other
 * and of every mark.
 */
final class DoseStrip {
    /** Height of the strip per row, relative to the panels' weights in {@link OverviewChart}. */
    static final int WEIGHT_PER_ROW = 3;
    /** The largest share of the plot's height the strip takes, however many rows it has. */
    static final double MAX_SHARE = 0.3;
    /** Where markers and texts sit in a row, in rows from its centre (negative: up). */
    static final double MARK_Y = -0.18;
    /** Where an agonist course's bar sits in a row, in rows from its centre: below the texts. */
    static final double BAR_Y = 0.3;
    /** Half the thickness of an agonist course's bar, in rows (a row is 1). */
    private static final double BAR_HALF_HEIGHT = 0.07;

    /** Kinds of dose, each with its own mark. */
    enum DoseKind {
        ORAL("oral dose"), IV("IV infusion"), BLOOD_LOSS("blood loss"), AGONIST("dopamine agonist course");

        final String legend;

        DoseKind(String legend) {
            this.legend = legend;
        }

        boolean matches(DoseEvent e) {
            return switch (this) {
                case ORAL -> e instanceof OralDose;
                case IV -> e instanceof IvInfusion;
                case BLOOD_LOSS -> e instanceof BloodLoss;
                case AGONIST -> e instanceof AgonistDose;
            };
        }

        /** Marker shape centred on the dose (for an agonist course, the legend's sample of its bar), px. */
        Shape shape(ChartStyle style) {
            double s = style.tickSize(); // markers as tall as a line of small text
            return switch (this) {
                case ORAL -> new Rectangle2D.Double(-0.75, -s * 0.45, 1.5, s * 0.9);
                case IV -> triangleDown(ivRadius(style));
                case BLOOD_LOSS -> Charts.diamond(s * 0.4);
                case AGONIST -> new Rectangle2D.Double(-s * 0.6, -s * 0.15, s * 1.2, s * 0.3);
            };
        }

        private static Shape triangleDown(double r) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(-r, -r * 0.8);
            p.lineTo(r, -r * 0.8);
            p.lineTo(0, r);
            p.closePath();
            return p;
        }
    }

    private DoseStrip() {
    }

    /** Width of the white edge of the IV triangles, px. */
    private static final float IV_EDGE_PX = 2f;

    /** Half the width of the IV triangle, px. */
    private static double ivRadius(ChartStyle style) {
        return style.tickSize() * 0.5;
    }

    /**
     * Adds the strip of those arms among {@code arms} (indices in scenario order) that have doses, one
     * row each, top to bottom, on top of {@code plot}, and its entries to {@code legend}; when every such
     * arm gets the very same doses at the same times (arms that differ in what the tablet is taken with,
     * or in the patient), one row for all of them, in the neutral colour of the legend's dose marks. Its
     * weight is {@link #WEIGHT_PER_ROW} per row, but at most {@link #MAX_SHARE} of the plot's height.
     *
     * @param panelsWeight the sum of the weights of the panels that will be added below the strip
     * @return the strip, or {@code null} when none of the arms has a dose
     */
    static XYPlot addTo(CombinedDomainXYPlot plot, LegendItemCollection legend, ScenarioResult result, List<Integer> arms,
                        int panelsWeight, TimeScale scale, ChartStyle style) {
        List<Integer> dosed = arms.stream().filter(a -> !result.arms().get(a).trajectory().events().isEmpty()).toList();
        if (dosed.isEmpty()) {
            return null;
        }
        boolean shared = dosed.size() > 1 && dosed.stream().allMatch(a -> sameDoses(result.arms().get(a), result.arms().get(dosed.get(0))));
        List<Integer> rows = shared ? List.of(dosed.get(0)) : dosed;
        XYPlot strip = create(result, rows, shared ? Optional.of(style.muted()) : Optional.empty(), scale, style);
        int cap = (int) Math.floor(MAX_SHARE / (1 - MAX_SHARE) * panelsWeight);
        plot.add(strip, Math.max(1, Math.min(WEIGHT_PER_ROW * rows.size(), cap)));
        for (DoseKind kind : DoseKind.values()) {
            if (dosed.stream().anyMatch(a -> result.arms().get(a).trajectory().events().stream().anyMatch(kind::matches))) {
                legend.add(new LegendItem(kind.legend, null, null, null, kind.shape(style), style.muted()));
            }
        }
        return strip;
    }

    /** The strip: arm {@code arms.get(row)} on row {@code row}; one series per arm and kind of dose marker. */
    /** Whether two arms get the same doses at the same times: what the strip draws of them is the same. */
    private static boolean sameDoses(ArmResult a, ArmResult b) {
        return signature(a).equals(signature(b));
    }

    /** What the strip draws of an arm's doses: kind, time and what its labels name, dose by dose. */
    private static List<String> signature(ArmResult arm) {
        return arm.trajectory().events().stream().map(e -> e.getClass().getSimpleName() + "@" + e.startH() + ":" + what(e))
                .toList();
    }

    private static String what(DoseEvent e) {
        if (e instanceof IvInfusion iv) {
            return iv.amountMg() + " " + iv.product();
        }
        if (e instanceof OralDose oral) {
            return String.valueOf(oral.elementalMg());
        }
        if (e instanceof AgonistDose agonist) {
            return agonist.doseMg() + " " + agonist.drug();
        }
        return e instanceof BloodLoss loss ? loss.volumeMl() + " " + loss.label() : "";
    }

    /**
     * @param rowColour the colour of every row (one row shared by all arms), or empty for each arm's own
     */
    private static XYPlot create(ScenarioResult result, List<Integer> arms, Optional<Color> rowColour, TimeScale scale,
                                 ChartStyle style) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(true);
        XYPlot strip = new XYPlot();
        List<StripLabels.Group> ivLabels = new ArrayList<>();
        List<StripLabels.Group> courseLabels = new ArrayList<>();
        List<StripLabels.Mark> marks = new ArrayList<>();
        List<StripLabels.Bar> bars = new ArrayList<>();
        double durationH = result.scenario().durationH();
        int series = 0;
        for (int row = 0; row < arms.size(); row++) {
            int arm = arms.get(row);
            Color colour = rowColour.orElse(style.armColour(arm));
            ArmResult armResult = result.arms().get(arm);
            List<DoseEvent> events = armResult.trajectory().events();
            for (DoseKind kind : DoseKind.values()) {
                List<DoseEvent> ofKind = events.stream().filter(kind::matches).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                if (kind == DoseKind.AGONIST) {
                    addCourses(strip, armResult, row, colour, scale, durationH, bars, courseLabels);
                    continue;
                }
                double[][] xy = new double[2][ofKind.size()];
                for (int i = 0; i < ofKind.size(); i++) {
                    xy[0][i] = scale.fromHours(ofKind.get(i).startH());
                    xy[1][i] = row + MARK_Y;
                    marks.add(new StripLabels.Mark(xy[0][i], xy[1][i], kind.shape(style)));
                }
                data.addSeries(armResult.arm().name() + " / " + kind.legend, xy);
                renderer.setSeriesShape(series, kind.shape(style));
                renderer.setSeriesPaint(series, colour);
                renderer.setSeriesOutlinePaint(series, colour);
                if (kind == DoseKind.IV) {
                    // Edged in white: the infusions of a course days apart overlap on a chart of months, and
                    // each stays a triangle of its own instead of a blob.
                    renderer.setSeriesOutlinePaint(series, Color.WHITE);
                    renderer.setSeriesOutlineStroke(series, new BasicStroke(IV_EDGE_PX));
                    ivLabels.add(ivLabels(ofKind, row, colour, scale, style));
                }
                series++;
            }
        }
        List<StripLabels.Group> groups = new ArrayList<>(ivLabels);
        groups.addAll(courseLabels);
        strip.addAnnotation(new StripLabels(groups, marks, bars, style.font(Font.BOLD, style.noteSize())));
        NumberAxis rows = Charts.panelAxis("Doses", "", style);
        rows.setInverted(true);
        rows.setRange(-0.6, arms.size() - 0.4);
        rows.setTickLabelsVisible(false);
        rows.setTickMarksVisible(false);
        rows.setAxisLineVisible(false);
        strip.setDataset(data);
        strip.setRangeAxis(rows);
        strip.setRenderer(renderer);
        Charts.stylePanel(strip, style);
        strip.setRangeGridlinesVisible(false);
        strip.setDomainGridlinesVisible(false);
        return strip;
    }

    /**
     * One bar per agonist item of the arm's regimen, from its first dose to the end of the last dosing
     * interval (or the end of the run), in the lower part of the row, labelled with dose and drug above
     * its start (or wherever is free nearest to the right of it; with the drug alone when dose and drug
     * find no room).
     */
    private static void addCourses(XYPlot strip, ArmResult arm, int row, Color colour, TimeScale scale, double durationH,
                                   List<StripLabels.Bar> bars, List<StripLabels.Group> labels) {
        for (RegimenItem item : arm.arm().regimen().items()) {
            if (!(item instanceof RegimenItem.Agonist course)) {
                continue;
            }
            List<DoseEvent> given = course.events().stream().filter(e -> e.startH() < durationH).toList();
            if (given.isEmpty()) {
                continue;
            }
            double startH = given.get(0).startH();
            double lastIntervalH = course.schedule().count() > 1 ? course.schedule().intervalH()
                    : Math.max(given.get(0).endH() - startH, 24);
            double endH = Math.min(durationH, given.get(given.size() - 1).startH() + lastIntervalH);
            double start = scale.fromHours(startH);
            double end = scale.fromHours(endH);
            // y0 > y1: the row axis is inverted, and the box is drawn from y1's pixel down to y0's.
            StripLabels.Bar bar = new StripLabels.Bar(start, end, row + BAR_Y + BAR_HALF_HEIGHT, row + BAR_Y - BAR_HALF_HEIGHT);
            strip.addAnnotation(new XYBoxAnnotation(bar.x0(), bar.y0(), bar.x1(), bar.y1(), null, null, colour));
            bars.add(bar);
            double y = row + MARK_Y;
            labels.add(new StripLabels.Group(colour, List.of(
                    List.of(new StripLabels.Text(given.get(0).describe(), start, y, 0, true)),
                    List.of(new StripLabels.Text(course.drug().displayName(), start, y, 0, true)))));
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The labels of an arm's infusions, best first: when all are equal and there is room, one beside each
     * triangle, "IV 1000 mg" or else "1000 mg"; otherwise one label that names the product: "Ferric
     * carboxymaltose 1000 mg" beside the triangle of a single infusion, "Iron sucrose 200 mg × 5, every 3 days"
     * for equal ones at equal intervals and "Iron sucrose 5 × 200 mg" for equal ones otherwise, beside the
     * last triangle (a course days apart is one group of triangles on a chart of months), "Iron sucrose: 3
     * infusions, 1000 mg in total" for unequal ones ("IV: …" when the products differ). IV labels never move
     * away from their triangle, where they could be read as another infusion's.
     */
    private static StripLabels.Group ivLabels(List<DoseEvent> infusions, int row, Color colour, TimeScale scale, ChartStyle style) {
        List<Double> amounts = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (DoseEvent e : infusions) {
            amounts.add(((IvInfusion) e).amountMg());
            times.add(e.startH());
        }
        double total = amounts.stream().mapToDouble(Double::doubleValue).sum();
        boolean equal = amounts.stream().distinct().count() == 1;
        double r = ivRadius(style);
        double y = row + MARK_Y;
        double first = scale.fromHours(times.get(0));
        double last = scale.fromHours(times.get(times.size() - 1));
        boolean oneProduct = infusions.stream().map(e -> ((IvInfusion) e).product()).distinct().count() == 1;
        String product = oneProduct ? capitalised(((IvInfusion) infusions.get(0)).product().displayName()) : "IV";
        List<List<StripLabels.Text>> alternatives = new ArrayList<>();
        if (amounts.size() == 1) {
            alternatives.add(List.of(new StripLabels.Text(product + " " + mg(total), first, y, r, false)));
        } else if (equal) {
            for (String each : List.of("IV " + mg(amounts.get(0)), mg(amounts.get(0)))) {
                alternatives.add(times.stream().map(t -> new StripLabels.Text(each, scale.fromHours(t), y, r, false)).toList());
            }
            String course = interval(times).map(e -> product + " " + mg(amounts.get(0)) + " × " + amounts.size() + ", every " + e)
                    .orElse(product + " " + amounts.size() + " × " + mg(amounts.get(0)));
            alternatives.add(List.of(new StripLabels.Text(course, last, y, r, false)));
        } else {
            alternatives.add(List.of(new StripLabels.Text(product + ": " + amounts.size() + " infusions, " + mg(total)
                    + " in total", last, y, r, false)));
        }
        return new StripLabels.Group(colour, alternatives);
    }

    /** "26 weeks", "day" or "12 h" when the times (h, ascending, at least two) are equally spaced, else empty. */
    static Optional<String> interval(List<Double> timesH) {
        double stepH = timesH.get(1) - timesH.get(0);
        for (int i = 2; i < timesH.size(); i++) {
            if (Math.abs(timesH.get(i) - timesH.get(i - 1) - stepH) > 1e-6) {
                return Optional.empty();
            }
        }
        if (isWhole(stepH / TimeUnits.WEEK_H)) {
            return Optional.of(count(stepH / TimeUnits.WEEK_H, "week"));
        }
        if (isWhole(stepH / TimeUnits.DAY_H)) {
            return Optional.of(count(stepH / TimeUnits.DAY_H, "day"));
        }
        return Optional.of(String.format(Locale.ROOT, "%.3g h", stepH));
    }

    private static boolean isWhole(double n) {
        return Math.abs(n - Math.rint(n)) < 1e-6;
    }

    /** "week" for 1, "26 weeks" for 26. */
    private static String count(double n, String unit) {
        return Math.rint(n) == 1 ? unit : String.format(Locale.ROOT, "%.0f %ss", n, unit);
    }

    private static String mg(double amount) {
        return String.format(Locale.ROOT, "%.0f mg", amount);
    }
}
