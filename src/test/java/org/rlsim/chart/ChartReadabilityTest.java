package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.testing.Examples;

/**
 * What a teacher needs to read a chart on a slide, checked on the JFreeChart objects after laying them
 * out on the slide (drawn once into an image to get each panel's real data area): labelled ticks in
 * every panel, every reference band named, each kind of treatment marked in the dose strip.
 */
class ChartReadabilityTest {
    private static final ScenarioResult ORAL_VS_IV = Examples.oralVersusIv();

    /** A chart laid out on a slide: its panels and their data areas, px. */
    private record LaidOut(List<XYPlot> panels, List<Rectangle2D> dataAreas, Graphics2D g2) {
        List<NumberTick> ticks(int panel, int axis) {
            ValueAxis a = panels.get(panel).getRangeAxis(axis);
            List<NumberTick> ticks = new ArrayList<>();
            for (Object t : a.refreshTicks(g2, new AxisState(), dataAreas.get(panel),
                    axis == 0 ? RectangleEdge.LEFT : RectangleEdge.RIGHT)) {
                NumberTick tick = (NumberTick) t;
                if (a.getRange().contains(tick.getValue()) && !tick.getText().isEmpty()) {
                    ticks.add(tick);
                }
            }
            return ticks;
        }
    }

    private static LaidOut layOut(JFreeChart chart, SlidePreset slide) {
        BufferedImage image = new BufferedImage(slide.widthPx(), slide.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, slide.widthPx(), slide.heightPx()), info);
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
        List<Rectangle2D> areas = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            areas.add(info.getPlotInfo().getSubplotInfo(i).getDataArea());
        }
        return new LaidOut(panels, areas, g2);
    }

    @Test
    void everyOverviewPanelOnA4To3SlideHasAtLeastTwoLabelledTicksThatDoNotOverlap() {
        SlidePreset slide = SlidePreset.STANDARD; // narrower, so the legend wraps and the panels are shortest
        LaidOut chart = layOut(OverviewChart.create(ORAL_VS_IV, slide.style(), List.of()), slide);
        List<Observable> outputs = ORAL_VS_IV.scenario().charts();
        for (int p = 1; p < chart.panels().size(); p++) {
            Observable o = outputs.get(p - 1);
            List<NumberTick> ticks = chart.ticks(p, 0);
            assertTrue(ticks.size() >= 2, o + ": " + ticks.size() + " labelled ticks in a panel "
                    + chart.dataAreas().get(p).getHeight() + " px high");
            ValueAxis axis = chart.panels().get(p).getRangeAxis();
            double fontPx = axis.getTickLabelFont().getSize2D();
            for (int i = 1; i < ticks.size(); i++) {
                double gap = Math.abs(axis.valueToJava2D(ticks.get(i).getValue(), chart.dataAreas().get(p), RectangleEdge.LEFT)
                        - axis.valueToJava2D(ticks.get(i - 1).getValue(), chart.dataAreas().get(p), RectangleEdge.LEFT));
                assertTrue(gap >= fontPx, o + ": ticks " + gap + " px apart, text " + fontPx + " px");
            }
        }
        // The flaw this guards against: JFreeChart's 1-2-5 steps left the saturation panel with 50 alone.
        assertTrue(chart.ticks(1 + outputs.indexOf(Observable.TSAT), 0).size() >= 3);
    }

    @Test
    void tickStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenWithTheDecimalsTheyNeed() {
        assertEquals(25, PanelAxis.tickUnit(23).getSize(), 1e-12);
        assertEquals(20, PanelAxis.tickUnit(20).getSize(), 1e-12);
        assertEquals(0.5, PanelAxis.tickUnit(0.3).getSize(), 1e-12);
        assertEquals(1000, PanelAxis.tickUnit(600).getSize(), 1e-12);
        assertEquals("82.5", PanelAxis.tickUnit(2.2).valueToString(82.5));
        assertEquals("80", PanelAxis.tickUnit(2.2).valueToString(80));
        assertEquals("0.4", PanelAxis.tickUnit(0.15).valueToString(0.4));
        assertEquals("3,400", PanelAxis.tickUnit(150).valueToString(3400));
    }

    @Test
    void severityAndNormalRangeBandsAreNamedAtTheRightEdgeOutsideTheData() {
        SlidePreset slide = SlidePreset.STANDARD;
        LaidOut chart = layOut(OverviewChart.create(ORAL_VS_IV, slide.style(), List.of()), slide);
        List<Observable> outputs = ORAL_VS_IV.scenario().charts();
        int symptoms = 1 + outputs.indexOf(Observable.SYMPTOM_SCORE);
        int tsat = 1 + outputs.indexOf(Observable.TSAT);
        assertEquals(List.of("mild", "moderate", "severe", "very severe"),
                chart.ticks(symptoms, 1).stream().map(NumberTick::getText).toList(), "all four IRLS names in a short panel");
        // The names' axis runs from 0 at the panel's bottom to 1 at its top; the symptom axis from 0 to 40.
        assertEquals(List.of(0.125, 0.375, 0.625, 0.875), chart.ticks(symptoms, 1).stream().map(NumberTick::getValue).toList(),
                "each in the middle of its band");
        List<NumberTick> normal = chart.ticks(tsat, 1);
        assertEquals(1, normal.size());
        assertEquals(OutputPanel.TSAT_NORMAL_NAME, normal.get(0).getText());
        ValueAxis tsatAxis = chart.panels().get(tsat).getRangeAxis();
        double middle = 0.5 * (OutputPanel.TSAT_LOW_PCT + OutputPanel.TSAT_HIGH_PCT);
        assertEquals((middle - tsatAxis.getLowerBound()) / tsatAxis.getRange().getLength(), normal.get(0).getValue(), 1e-9);
        // The band itself carries no label, which the arms' daily-range bands would cover.
        IntervalMarker band = (IntervalMarker) chart.panels().get(tsat).getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertNull(band.getLabel());
        // Only panels with bands get the right-hand names.
        assertNull(chart.panels().get(1 + outputs.indexOf(Observable.BRAIN_IRON)).getRangeAxis(1));
    }

    @Test
    void bandsTooShortForTheirNamesAreNamedEveryOtherOne() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        NumberAxis values = new NumberAxis();
        values.setRange(0, 30);
        BandLabelAxis onRange = new BandLabelAxis(values, List.of(
                new BandLabelAxis.Band(0, 10, "a"), new BandLabelAxis.Band(10, 20, "b"), new BandLabelAxis.Band(20, 30, "c")),
                SlidePreset.WIDE.style().font(Font.ITALIC, 27), Color.GRAY);
        List<String> tall = texts(onRange.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 100, 300), RectangleEdge.RIGHT));
        List<String> squeezed = texts(onRange.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 100, 45), RectangleEdge.RIGHT));
        assertEquals(List.of("a", "b", "c"), tall);
        assertEquals(List.of("a", "c"), squeezed, "15 px bands for 27 px text");
        assertEquals(List.of("a", "b", "c"), onRange.names());
    }

    private static List<String> texts(List<NumberTick> ticks) {
        return ticks.stream().map(NumberTick::getText).toList();
    }

    @Test
    void everyArmHasItsOwnDashPatternAsWellAsColourSoNoTwoArmsLookAlike() {
        ChartStyle style = ChartStyle.SLIDES;
        assertNull(Charts.curveStroke(style, 0).getDashArray(), "the first arm is solid");
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int arm = 0; arm < 42; arm++) {
            float[] dash = Charts.curveStroke(style, arm).getDashArray();
            assertTrue(looks.add(style.armColour(arm) + java.util.Arrays.toString(dash)), "arm " + arm + " looks like another");
            if (arm > 0 && arm < 6) {
                assertTrue(dash != null, "arms 2 to 6 are dashed, each its own way");
            }
        }
    }

    /** Every kind of regimen item on one slide: oral tablets, an infusion, donations, two agonist courses. */
    private static final String EVERY_KIND = """
            title: Every kind of treatment
            patient: rls-iron-deficient
            duration: 16 weeks
            output_interval: 4 h
            charts: [symptom_score, agonist_plasma, agonist_effect, augmentation]
            arms:
              - name: Oral
                regimen:
                  - oral: {product: ferrous sulfate 325 mg, schedule: daily}
              - name: IV then pramipexole
                regimen:
                  - iv: {product: fcm, dose: 1000 mg, infusion: 15 min}
                  - agonist: {drug: pramipexole, dose: 0.25 mg, start: week 4, stop: week 12}
              - name: Donor
                regimen:
                  - donation: {volume: 500 mL, start: day 10, every: 6 weeks}
              - name: Rotigotine
                regimen:
                  - agonist: {drug: rotigotine, dose: 2 mg}
            """;

    private static ScenarioResult everyKind() throws Exception {
        return new ScenarioRunner().run(new ScenarioLoader().parse(EVERY_KIND, "every-kind.yaml", "every-kind"), Map.of());
    }

    @Test
    void theDoseStripMarksEachKindOfTreatmentItsOwnWayInTheArmsColour() throws Exception {
        ScenarioResult result = everyKind();
        ChartStyle style = SlidePreset.STANDARD.style();
        JFreeChart chart = OverviewChart.create(result, style, List.of());
        XYPlot strip = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);

        // Markers: oral ticks (row 0), the IV triangle (row 1), donation diamonds (row 2); agonists are no markers.
        List<String> series = new ArrayList<>();
        for (int s = 0; s < strip.getDataset().getSeriesCount(); s++) {
            series.add(strip.getDataset().getSeriesKey(s) + " x" + strip.getDataset().getItemCount(s));
        }
        assertEquals(List.of("Oral / oral dose x112", "IV then pramipexole / IV infusion x1", "Donor / blood loss x3"), series);
        assertEquals(style.armColour(2), strip.getRenderer().getSeriesPaint(2));
        assertEquals(java.awt.Color.WHITE, strip.getRenderer().getSeriesOutlinePaint(1),
                "IV triangles edged in white: the infusions of a course days apart stay apart where they overlap");

        StripLabels texts = null;
        List<XYBoxAnnotation> bars = new ArrayList<>();
        for (XYAnnotation a : strip.getAnnotations()) {
            if (a instanceof StripLabels labels) {
                texts = labels;
            } else if (a instanceof XYBoxAnnotation bar) {
                bars.add(bar);
            }
        }
        assertEquals(List.of("Ferric carboxymaltose 1000 mg", "0.25 mg pramipexole", "2 mg/24 h rotigotine"),
                texts.groups().stream().map(g -> g.alternatives().get(0).get(0).text()).toList());
        // The IV label keeps a gap from the triangle's edge whatever the slide's width (it touched on 4:3).
        layOut(chart, SlidePreset.STANDARD);
        Rectangle2D iv = texts.placed().get(0).bounds();
        Rectangle2D triangle = texts.markBounds().stream().filter(m -> Math.abs(m.getCenterY() - iv.getCenterY()) < 1
                && m.getWidth() > 10).findFirst().orElseThrow();
        assertTrue(iv.getMinX() >= triangle.getMaxX() + StripLabels.GAP_PX - 1e-9, iv + " beside " + triangle);
        // Agonist courses: a bar from the first dose to the end of the last dosing day, in the arm's colour, low in its row.
        assertEquals(2, bars.size());
        XYBoxAnnotation pramipexole = bars.get(0);
        assertEquals((4 * 7 * 24 + 20) / (24.0 * 7), Math.min(pramipexole.getX0(), pramipexole.getX1()), 1e-9, "first dose at 20:00 of week 4");
        assertEquals(12.0 + 20 / (24.0 * 7), Math.max(pramipexole.getX0(), pramipexole.getX1()), 1e-9,
                "last dose on the day before week 12, taken for its 24 h");
        assertEquals(1 + DoseStrip.BAR_Y, 0.5 * (pramipexole.getY0() + pramipexole.getY1()), 1e-12, "row of arm 1, below its texts");
        assertEquals(style.armColour(1), pramipexole.getFillPaint());
        XYBoxAnnotation rotigotine = bars.get(1);
        assertEquals(16, Math.max(rotigotine.getX0(), rotigotine.getX1()), 1e-9, "to the end of the run");
        assertEquals(3 + DoseStrip.BAR_Y, 0.5 * (rotigotine.getY0() + rotigotine.getY1()), 1e-12);

        LegendItemCollection legend = chart.getLegend().getSources()[0].getLegendItems();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            names.add(legend.get(i).getLabel());
        }
        assertTrue(names.containsAll(List.of("oral dose", "IV infusion", "blood loss", "dopamine agonist course")), names.toString());
    }

    @Test
    void agonistOutputsOnScalesThatDoNotExaggerate() throws Exception {
        ScenarioResult result = everyKind();
        List<XYPlot> panels = ((CombinedDomainXYPlot) OverviewChart.create(result, ChartStyle.SLIDES, List.of()).getXYPlot())
                .getSubplots();
        List<Observable> outputs = result.scenario().charts();
        ValueAxis effect = panels.get(1 + outputs.indexOf(Observable.AGONIST_EFFECT)).getRangeAxis();
        assertEquals(0, effect.getLowerBound());
        assertEquals(100, effect.getUpperBound(), "% of maximum, on its whole scale");
        ValueAxis augmentation = panels.get(1 + outputs.indexOf(Observable.AUGMENTATION)).getRangeAxis();
        assertEquals(0, augmentation.getLowerBound());
        assertEquals(10, augmentation.getUpperBound(), "a few percent after 16 weeks still read as a few percent of 10");
        XYPlot plasma = panels.get(1 + outputs.indexOf(Observable.AGONIST_PLASMA));
        assertEquals(0, plasma.getRangeAxis().getLowerBound());
        assertTrue(OutputPanel.showsDailyMeans(Observable.AGONIST_PLASMA, result), "daily doses: daily mean over daily range");
        assertTrue(plasma.getRangeAxis().getUpperBound() >= plasma.getDataRange(plasma.getRangeAxis()).getUpperBound(),
                "the daily peaks in view");
    }

    @Test
    void whereIsTheIronShowsOnlyItsOwnArmsDosesOrNoStripWithoutDoses() throws Exception {
        ScenarioResult result = everyKind();
        JFreeChart rotigotine = StackedIronChart.create(result, 3, ChartStyle.SLIDES, List.of());
        XYPlot strip = ((CombinedDomainXYPlot) rotigotine.getXYPlot()).getSubplots().get(0);
        assertEquals(0, strip.getDataset().getSeriesCount(), "no iron markers");
        assertEquals(2, strip.getAnnotations().size(), "its agonist bar and the strip's texts");
        assertEquals(-0.6, strip.getRangeAxis().getLowerBound(), 1e-12, "one row");
        assertEquals(0.6, strip.getRangeAxis().getUpperBound(), 1e-12);

        JFreeChart untreated = StackedIronChart.create(Examples.healthyManWithHb(), 0, ChartStyle.SLIDES, List.of());
        assertEquals(2, ((CombinedDomainXYPlot) untreated.getXYPlot()).getSubplots().size(),
                "nothing given: no strip, the stack and the small pools");
        assertFalse(untreated.getLegend().getSources()[0].getLegendItems().getItemCount() == 0);
    }
}
