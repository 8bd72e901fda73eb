package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.TimeUnits;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Expectation;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.Variation;
import org.rlsim.simulation.SolverSettings;
import org.rlsim.sweep.Sweep;
import org.rlsim.sweep.SweepResult;

/**
 * The charts of sweeps on log scales, laid out on a slide, with made-up values (nothing is simulated): tick
 * labels in real units at 1–2–5 steps, heat-map blocks one log step wide that fill the plot, contour lines
 * interpolated in the space the blocks are drawn in.
 */
class SweepChartsTest {
    private static final String IV = "IV ferric carboxymaltose";
    private static final SlidePreset SLIDE = SlidePreset.WIDE;
    private static Scenario scenario;
    private static Metric metric;

    @BeforeAll
    static void load() throws Exception {
        scenario = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        metric = new Metric.At(new Expectation.Subject("brain iron in \"" + IV + "\"", "test", Observable.BRAIN_IRON, false, IV),
                12 * TimeUnits.WEEK_H);
    }

    private static Axis dose(double from, double to, int steps) {
        return Axis.range(new Variation.ArmDose(IV), from, to, steps, true);
    }

    private static Axis capacity(double from, double to, int steps) {
        return Axis.range(new Variation.ParameterValue(ParameterCatalog.find("bbb.capacity").orElseThrow()), from, to, steps, true);
    }

    /** The one chart of a sweep whose point {@code p} has the value {@code value(p)}. */
    private static JFreeChart chart(List<Axis> axes, java.util.function.IntToDoubleFunction value) {
        Sweep sweep = new Sweep(scenario, Map.of(), axes, List.of(metric));
        double[][] values = new double[sweep.points()][];
        for (int p = 0; p < values.length; p++) {
            values[p] = new double[] {value.applyAsDouble(p)};
        }
        SweepResult result = new SweepResult(sweep, values, "test", SolverSettings.DEFAULT);
        return RunsCharts.sweep(result, "sweep-", SLIDE.style()).get(0).chart().get();
    }

    /** Draws the chart on the slide and gives the labelled ticks of an axis of its plot. */
    private static List<NumberTick> ticks(JFreeChart chart, boolean domain) {
        BufferedImage image = new BufferedImage(SLIDE.widthPx(), SLIDE.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, SLIDE.widthPx(), SLIDE.heightPx()), info);
        XYPlot plot = chart.getXYPlot();
        ValueAxis axis = domain ? plot.getDomainAxis() : plot.getRangeAxis();
        List<NumberTick> ticks = new ArrayList<>();
        for (Object t : axis.refreshTicks(g2, new AxisState(), info.getPlotInfo().getDataArea(),
                domain ? RectangleEdge.BOTTOM : RectangleEdge.LEFT)) {
            NumberTick tick = (NumberTick) t;
            if (axis.getRange().contains(tick.getValue()) && !tick.getText().isEmpty()) {
                ticks.add(tick);
            }
        }
        g2.dispose();
        return ticks;
    }

    private static List<String> texts(List<NumberTick> ticks) {
        return ticks.stream().map(NumberTick::getText).toList();
    }

    @Test
    void aLogHeatMapsBlocksAreOneLogStepWideAndFillThePlot() {
        Axis x = dose(250, 2000, 4);
        Axis y = capacity(0.25, 2, 4);
        XYPlot plot = chart(List.of(x, y), p -> p).getXYPlot();
        XYBlockRenderer blocks = (XYBlockRenderer) plot.getRenderer();
        double step = Math.log10(2); // 250, 500, 1000, 2000 and 0.25, 0.5, 1, 2: each twice the one before
        assertEquals(step, blocks.getBlockWidth(), 1e-12);
        assertEquals(step, blocks.getBlockHeight(), 1e-12);
        XYDataset data = plot.getDataset();
        for (int p = 0; p < 16; p++) {
            assertEquals(Math.log10(x.value(p % 4)), data.getXValue(0, p), 1e-12, "block centre, point " + p);
            assertEquals(Math.log10(y.value(p / 4)), data.getYValue(0, p), 1e-12, "block centre, point " + p);
        }
        // Four blocks, one step each, centred on the values: edge to edge from one end of the axis to the other.
        assertEquals(Math.log10(250) - step / 2, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(Math.log10(2000) + step / 2, plot.getDomainAxis().getUpperBound(), 1e-12);
        assertEquals(Math.log10(0.25) - step / 2, plot.getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(Math.log10(2) + step / 2, plot.getRangeAxis().getUpperBound(), 1e-12);
    }

    @Test
    void aLogHeatMapsTicksAreLabelledInRealUnitsAtOneTwoFiveSteps() {
        JFreeChart chart = chart(List.of(dose(250, 2000, 4), capacity(0.25, 2, 4)), p -> p);
        List<NumberTick> x = ticks(chart, true);
        assertEquals(List.of("200", "500", "1,000", "2,000"), texts(x));
        assertEquals(List.of("0.2", "0.5", "1", "2"), texts(ticks(chart, false)));
        assertEquals(Math.log10(500), x.get(1).getValue(), 1e-12, "a tick's label is the real value of where it sits");
        assertTrue(chart.getXYPlot().getDomainAxis().getLabel().endsWith("dose, mg (log scale)"),
                chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void contourLinesAreInterpolatedWhereTheBlocksAreDrawn() {
        Axis x = dose(250, 2000, 4);
        Axis y = capacity(0.25, 2, 4);
        // Linear in log10(dose) + log10(capacity): in the blocks' space each contour is a straight line,
        // log10(dose) + log10(capacity) = level, and interpolating there puts its points exactly on it.
        double low = Math.log10(250) + Math.log10(0.25);
        double high = Math.log10(2000) + Math.log10(2);
        XYPlot plot = chart(List.of(x, y), p -> Math.log10(x.value(p % 4)) + Math.log10(y.value(p / 4))).getXYPlot();
        List<XYAnnotation> annotations = plot.getAnnotations();
        assertFalse(annotations.isEmpty());
        for (XYAnnotation a : annotations) {
            XYLineAnnotation line = (XYLineAnnotation) a;
            double level = line.getX1() + line.getY1();
            int k = (int) Math.round((level - low) / (high - low) * 7);
            assertEquals(low + (high - low) * k / 7, level, 1e-12, "a contour level, in sevenths of the span");
            assertEquals(level, line.getX2() + line.getY2(), 1e-12, "both ends on the same contour");
            for (double cx : new double[] {line.getX1(), line.getX2()}) {
                assertTrue(cx >= Math.log10(250) - 1e-12 && cx <= Math.log10(2000) + 1e-12, "between the block centres: " + cx);
            }
        }
    }

    @Test
    void aLogLineIsLabelledAtOneTwoFiveStepsAndANarrowOneAtItsEnds() {
        JFreeChart wide = chart(List.of(dose(250, 2000, 5)), p -> p);
        assertInstanceOf(LogScaleAxis.class, wide.getXYPlot().getDomainAxis());
        assertEquals(List.of("500", "1,000", "2,000"), texts(ticks(wide, true)), "not JFreeChart's tenths of a decade, 251.189 …");
        JFreeChart narrow = chart(List.of(capacity(0.6, 0.9, 4)), p -> p);
        assertEquals(List.of("0.6", "0.9"), texts(ticks(narrow, true)), "no 1-2-5 step between 0.6 and 0.9");
    }
}
