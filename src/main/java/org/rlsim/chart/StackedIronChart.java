package org.rlsim.chart;

import org.rlsim.scenario.Annotation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Trajectory;

/**
 * "Where is the iron": for one arm, the body's iron stacked by compartment over time, mg, under the
 * arm's {@link DoseStrip} (when it has doses). The top edge
 * is total body iron, the amount the iron balance checks. Colours here stand for compartments (the
 * same in every arm's chart), and every arm's chart has the same scale. The IV iron–carbohydrate
 * complexes are shown as one layer. Below the stack, the small pools (plasma, brain, IV complex) as
 * lines on their own scale; the legend lists only the compartments the arm uses.
 */
public final class StackedIronChart {
    /** A layer of the stack: a name for people and the compartments it adds up. */
    private record Layer(String name, List<Compartment> compartments, Color colour) {
    }

    /** Bottom to top; large, slow pools at the bottom so the small, fast ones are seen moving on top. */
    private static final List<Layer> LAYERS = List.of(
            new Layer("Red cells (haemoglobin)", List.of(Compartment.RED_CELLS), new Color(0xCC79A7)),
            new Layer("Tissue (myoglobin, enzymes)", List.of(Compartment.TISSUE), new Color(0x999999)),
            new Layer("Stores (ferritin)", List.of(Compartment.STORES), new Color(0xE69F00)),
            new Layer("Macrophages", List.of(Compartment.MACROPHAGE, Compartment.MACROPHAGE_STORE), new Color(0x56B4E9)),
            new Layer("Plasma (transferrin)", List.of(Compartment.PLASMA), new Color(0xD55E00)),
            new Layer("Brain", List.of(Compartment.BRAIN), new Color(0x009E73)),
            new Layer("IV iron complex", List.of(Compartment.IV_FERRIC_CARBOXYMALTOSE, Compartment.IV_IRON_SUCROSE,
                    Compartment.IV_FERRIC_GLUCONATE, Compartment.IV_LMW_IRON_DEXTRAN, Compartment.IV_FERUMOXYTOL,
                    Compartment.IV_FERRIC_DERISOMALTOSE), new Color(0x0072B2)));

    static {
        long counted = LAYERS.stream().mapToLong(l -> l.compartments().size()).sum();
        long body = Arrays.stream(Compartment.values()).filter(Compartment::inBody).count();
        if (counted != body) {
            throw new IllegalStateException("the stacked iron chart must show every body compartment exactly once");
        }
    }

    private StackedIronChart() {
    }

    /**
     * Builds the chart of one arm. Pure: reads the result, changes nothing, uses no global theme.
     *
     * @param result      the run
     * @param armIndex    which arm, 0-based in scenario order
     * @param style       fonts and sizes (its arm colours are not used: colours code compartments)
     * @param annotations those for no particular output are drawn; others are left out
     */
    public static JFreeChart create(ScenarioResult result, int armIndex, ChartStyle style, List<Annotation> annotations) {
        double durationH = result.scenario().durationH();
        TimeScale scale = TimeScale.forDuration(durationH);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.timeAxis(scale, durationH, style));
        // One scale for every arm, so that the charts of different arms compare.
        double top = 0;
        for (ArmResult arm : result.arms()) {
            for (double total : arm.trajectory().series(Observable.TOTAL_BODY_IRON)) {
                top = Math.max(top, total);
            }
        }
        plot.setGap(style.tickSize() * OverviewChart.PANEL_GAP_EM); // as in the overview: room for the tick labels' halves
        ArmResult arm = result.arms().get(armIndex);
        LegendItemCollection legend = new LegendItemCollection();
        for (Layer layer : LAYERS) {
            if (holdsIron(arm, layer)) { // the oral arm's legend has no IV iron complex
                legend.add(new LegendItem(layer.name(), null, null, null,
                        new Rectangle2D.Double(-8, -8, 16, 16), layer.colour()));
            }
        }
        List<XYPlot> panels = new ArrayList<>();
        XYPlot strip = DoseStrip.addTo(plot, legend, result, List.of(armIndex), OverviewChart.SINGLE_PANEL_WEIGHT, scale,
                style);
        if (strip != null) {
            panels.add(strip);
        }
        XYPlot panel = panel(arm, scale, top * 1.05, style);
        plot.add(panel, OverviewChart.SINGLE_PANEL_WEIGHT * 2 / 3);
        panels.add(panel);
        XYPlot small = smallPools(result, arm, scale, style);
        plot.add(small, OverviewChart.SINGLE_PANEL_WEIGHT / 3);
        panels.add(small);
        Charts.annotate(panels, annotations.stream().filter(a -> a.chart().isEmpty()).toList(),
                a -> Optional.empty(), panel, scale, style);
        // The footer names this arm's patient only.
        return Charts.chart("Where is the iron? " + arm.arm().name(), plot, legend,
                Charts.provenance(result, List.of(arm.arm().patient())), style);
    }

    /** Whether any compartment of the layer holds iron at some time of the arm's run. */
    private static boolean holdsIron(ArmResult arm, Layer layer) {
        for (Compartment c : layer.compartments()) {
            for (double mg : arm.trajectory().series(c)) {
                if (mg > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The small pools, drawn as lines on their own scale below the stack: a few mg that the stack's scale hides.
     * Not the IV iron complex: hundreds of mg for days after an infusion, it shows in the stack, and on this
     * scale it would flatten the brain's few mg again.
     */
    private static final List<Layer> SMALL = List.of(LAYERS.get(4), LAYERS.get(5));

    /**
     * The pools of a few mg (plasma, brain) as lines in their layers' colours on their own scale from 0: on the
     * stack's 3000 mg scale the brain's 4 mg, the pool the lessons are about, is a hairline. In long runs
     * their daily means, as the overview draws them. Only the pools the arm uses are drawn.
     */
    private static XYPlot smallPools(ScenarioResult result, ArmResult arm, TimeScale scale, ChartStyle style) {
        // Plasma iron follows the daily rhythm of hepcidin: over months, a hatch of daily swings; its daily mean reads.
        boolean daily = OutputPanel.isLongAndFine(result);
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one path per pool, not an SVG line element per segment
        double[] x = scale.times(arm.trajectory());
        double top = 0;
        for (Layer layer : SMALL) {
            if (!holdsIron(arm, layer)) {
                continue;
            }
            double[] sum = new double[x.length];
            for (Compartment c : layer.compartments()) {
                double[] amount = arm.trajectory().series(c);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += amount[i];
                }
            }
            for (double v : sum) {
                top = Math.max(top, v);
            }
            int series = data.getSeriesCount();
            data.addSeries(layer.name(), daily ? OutputPanel.dailyMeans(arm.trajectory().timeH(), sum, scale)
                    : Decimation.minMax(x, sum));
            renderer.setSeriesPaint(series, layer.colour());
            renderer.setSeriesStroke(series, new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        NumberAxis axis = Charts.panelAxis("Small pools", daily ? "mg, daily mean (same colours)" : "mg (same colours)", style);
        axis.setRange(0, Math.max(1, top * 1.08));
        XYPlot panel = new XYPlot(data, null, axis, renderer);
        Charts.stylePanel(panel, style);
        return panel;
    }

    /**
     * Series k is the running sum of layers 0..k (thinned by {@link Decimation}), drawn as an area down to
     * zero; the plot draws the last series first, so each layer shows as the band between its sum and the
     * one below.
     */
    private static XYPlot panel(ArmResult arm, TimeScale scale, double topMg, ChartStyle style) {
        Trajectory t = arm.trajectory();
        double[] x = scale.times(t);
        double[] sum = new double[x.length];
        DefaultXYDataset data = new DefaultXYDataset();
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        for (int k = 0; k < LAYERS.size(); k++) {
            for (Compartment c : LAYERS.get(k).compartments()) {
                double[] amount = t.series(c);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += amount[i];
                }
            }
            data.addSeries(LAYERS.get(k).name(), Decimation.minMax(x, sum));
            renderer.setSeriesPaint(k, LAYERS.get(k).colour());
        }
        NumberAxis axis = Charts.panelAxis("Iron in the body", "mg; the top edge is the total the iron balance checks", style);
        axis.setRange(0, topMg);
        XYPlot panel = new XYPlot(data, null, axis, renderer);
        Charts.stylePanel(panel, style);
        return panel;
    }
}
