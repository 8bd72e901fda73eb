package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/** The dose strip of the augmentation lesson's kind of scenario, drawn on both slide formats, and the arms' dashes. */
class DoseStripLayoutTest {
    /**
     * Agonist and IV iron in one arm, an infusion repeated after a quarter of the run, an untreated arm (no
     * row): the augmentation lesson's strip on a shorter run.
     */
    private static final String AUGMENTATION_LIKE = """
            title: Agonist and iron
            patient: rls-iron-deficient
            duration: 20 weeks
            output_interval: 12 h
            charts: [symptom_score, brain_iron, serum_ferritin]
            arms:
              - name: Untreated
                regimen: []
              - name: Pramipexole
                regimen:
                  - agonist: {drug: pramipexole, dose: 0.25 mg}
              - name: IV iron
                regimen:
                  - iv: {product: fcm, dose: 1000 mg, infusion: 15 min}
              - name: Both
                regimen:
                  - agonist: {drug: pramipexole, dose: 0.25 mg}
                  - iv: {product: fcm, dose: 1000 mg, infusion: 15 min}
              - name: Both, iron again at week 5
                regimen:
                  - agonist: {drug: pramipexole, dose: 0.25 mg}
                  - iv: {product: fcm, dose: 1000 mg, infusion: 15 min, every: 5 weeks, count: 2}
            """;

    private static final ScenarioResult RESULT = run();

    private static ScenarioResult run() {
        try {
            return new ScenarioRunner().run(new ScenarioLoader().parse(AUGMENTATION_LIKE, "agonist-and-iron.yaml", "agonist-and-iron"),
                    Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static XYPlot strip(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
    }

    private static StripLabels texts(XYPlot strip) {
        for (XYAnnotation a : strip.getAnnotations()) {
            if (a instanceof StripLabels labels) {
                return labels;
            }
        }
        throw new AssertionError("no strip texts");
    }

    private static void draw(JFreeChart chart, SlidePreset slide) {
        BufferedImage image = new BufferedImage(slide.widthPx(), slide.heightPx(), BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new Rectangle2D.Double(0, 0, slide.widthPx(), slide.heightPx()));
    }

    @Test
    void noStripTextOverlapsAnotherOrAnyMarkOnEitherSlide() {
        for (SlidePreset slide : SlidePreset.values()) {
            JFreeChart chart = OverviewChart.create(RESULT, slide.style(), List.of());
            StripLabels texts = texts(strip(chart));
            draw(chart, slide);
            List<StripLabels.Placed> placed = texts.placed();
            List<String> expected = List.of("Ferric carboxymaltose 1000 mg", "Ferric carboxymaltose 1000 mg",
                    "IV 1000 mg", "IV 1000 mg",
                    "0.25 mg pramipexole", "0.25 mg pramipexole", "0.25 mg pramipexole");
            if (slide == SlidePreset.STANDARD) {
                // On 4:3 a quarter of the run is too short for "IV 1000 mg" beside the first infusion of the
                // repeated course, and one agonist label falls back to the drug's name.
                expected = List.of("Ferric carboxymaltose 1000 mg", "Ferric carboxymaltose 1000 mg", "1000 mg", "1000 mg",
                        "0.25 mg pramipexole", "pramipexole", "0.25 mg pramipexole");
            }
            assertEquals(expected, placed.stream().map(StripLabels.Placed::text).toList(),
                    slide + ": each infusion of the repeated course labelled with its own amount");
            for (int i = 0; i < placed.size(); i++) {
                Rectangle2D text = placed.get(i).bounds();
                assertFalse(placed.get(i).crowded(), slide + ": " + placed.get(i).text() + " found a free place");
                for (Rectangle2D mark : texts.markBounds()) {
                    assertFalse(text.intersects(mark), slide + ": " + placed.get(i).text() + " " + text + " over a mark " + mark);
                }
                for (int j = i + 1; j < placed.size(); j++) {
                    assertFalse(text.intersects(placed.get(j).bounds()), slide + ": " + placed.get(i).text() + text + " over " + placed.get(j).bounds()
                            + placed.get(j).text());
                }
            }
        }
    }

    @Test
    void aRepeatedCourseThatCannotBeLabelledPerInfusionSaysHowOftenInOneLabel() {
        StripLabels texts = texts(strip(OverviewChart.create(RESULT, ChartStyle.SLIDES, List.of())));
        StripLabels.Group repeated = texts.groups().get(2);
        assertEquals(3, repeated.alternatives().size());
        assertEquals(2, repeated.alternatives().get(0).size(), "first choice: one label per infusion");
        StripLabels.Text course = repeated.alternatives().get(2).get(0);
        assertEquals("Ferric carboxymaltose 1000 mg × 2, every 5 weeks", course.text(),
                "then, and last, one label naming the product (never a bare 'IV')");
        assertEquals(5 + 8.0 / 168, course.x(), 1e-9, "beside the last infusion (week 5, 08:00): a course, then its label");
        assertEquals(Optional.of("26 weeks"), DoseStrip.interval(List.of(0.0, 26 * 168.0, 52 * 168.0)));
        assertEquals(Optional.of("day"), DoseStrip.interval(List.of(0.0, 24.0)));
        assertEquals(Optional.empty(), DoseStrip.interval(List.of(0.0, 24.0, 72.0)), "unequal intervals");
    }

    @Test
    void onlyArmsWithDosesGetARowAndTheStripKeepsToItsShareOfTheHeight() {
        JFreeChart chart = OverviewChart.create(RESULT, ChartStyle.SLIDES, List.of());
        XYPlot strip = strip(chart);
        assertEquals(4 - 0.4, strip.getRangeAxis().getUpperBound(), 1e-12, "four rows: the untreated arm has none");
        int total = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().stream().mapToInt(XYPlot::getWeight).sum();
        assertTrue(strip.getWeight() <= DoseStrip.MAX_SHARE * total, strip.getWeight() + " of " + total);
        // One output under four rows: the rows' weight alone would take a third of the chart.
        JFreeChart single = OverviewChart.forOutput(RESULT, RESULT.scenario().charts().get(0), ChartStyle.SLIDES, List.of());
        XYPlot thin = strip(single);
        int singleTotal = ((CombinedDomainXYPlot) single.getXYPlot()).getSubplots().stream().mapToInt(XYPlot::getWeight).sum();
        assertTrue(thin.getWeight() <= DoseStrip.MAX_SHARE * singleTotal, thin.getWeight() + " of " + singleTotal);
    }

    @Test
    void eachArmHasTheSameDistinctDashInEveryPanelAndTheLegendAndLaterArmsAreDrawnOnTop() {
        JFreeChart chart = OverviewChart.create(RESULT, ChartStyle.SLIDES, List.of());
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
        LegendItemCollection legend = chart.getLegend().getSources()[0].getLegendItems();
        List<String> dashes = new ArrayList<>();
        for (int arm = 0; arm < RESULT.arms().size(); arm++) {
            BasicStroke stroke = Charts.curveStroke(ChartStyle.SLIDES, arm);
            dashes.add(java.util.Arrays.toString(stroke.getDashArray()));
            assertEquals(stroke, legend.get(arm).getLineStroke(), "legend of arm " + arm);
            for (XYPlot panel : panels.subList(1, panels.size())) {
                assertEquals(stroke, panel.getRenderer().getSeriesStroke(arm), "arm " + arm);
                assertEquals(SeriesRenderingOrder.FORWARD, panel.getSeriesRenderingOrder(), "arm 0 at the bottom");
            }
        }
        assertEquals(dashes.size(), dashes.stream().distinct().count(), "no two arms share a dash pattern: " + dashes);
        assertNotNull(Charts.curveStroke(ChartStyle.SLIDES, 1).getDashArray());
    }
}
