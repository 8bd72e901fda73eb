package org.rlsim.chart;

import org.rlsim.scenario.Annotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

class OverviewChartTest {
    private static final ScenarioResult RESULT = Examples.oralVersusIv();
    private static final JFreeChart CHART = OverviewChart.create(RESULT, ChartStyle.SLIDES, List.of());

    private static List<XYPlot> panels() {
        return ((CombinedDomainXYPlot) CHART.getXYPlot()).getSubplots();
    }

    @Test
    void styleFontIsInstalledSoJavaDoesNotSubstituteAnother() {
        // new Font() never fails: a missing family silently becomes "Dialog".
        assertEquals("DejaVu Sans", ChartStyle.SLIDES.font(Font.PLAIN, 20).getFamily());
        assertEquals("DejaVu Sans", CHART.getTitle().getFont().getFamily());
    }

    @Test
    void titleFooterAndTimeAxisInWeeksForA26WeekRun() {
        assertEquals("Oral versus IV iron", CHART.getTitle().getText());
        String footer = ((TextTitle) CHART.getSubtitle(1)).getText();
        assertTrue(footer.startsWith("Patient: RLS with iron deficiency") && footer.contains("oral-vs-iv.yaml") && footer.contains("Teaching model — not for clinical decisions"), footer);
        assertEquals("Time (weeks)", CHART.getXYPlot().getDomainAxis().getLabel());
        // Short runs are shown in days.
        JFreeChart week = OverviewChart.create(Examples.awkwardArmName(), ChartStyle.SLIDES, List.of());
        assertEquals("Time (days)", week.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void doseStripThenOnePanelPerChartedObservableEachArmInItsOwnColourEverywhere() {
        List<XYPlot> panels = panels();
        assertEquals(1 + RESULT.scenario().charts().size(), panels.size());
        for (int p = 1; p < panels.size(); p++) {
            XYPlot panel = panels.get(p);
            assertEquals(RESULT.scenario().charts().get(p - 1).label(), panel.getRangeAxis().getLabel());
            assertEquals(RESULT.arms().size(), panel.getDataset().getSeriesCount());
            for (int arm = 0; arm < RESULT.arms().size(); arm++) {
                assertEquals(ChartStyle.ARM_COLOURS.get(arm), panel.getRenderer().getSeriesPaint(arm), "panel " + p + " arm " + arm);
                Observable o = RESULT.scenario().charts().get(p - 1);
                // 26 weeks: rhythmic outputs one point a week, the others the start and one point a day.
                int points = OutputPanel.showsDailyMeans(o, RESULT) ? 26 : 1 + 182;
                assertEquals(points, panel.getDataset().getItemCount(arm), o + ": one point a week, or a day");
            }
        }
        // Dose strip: 182 oral ticks for the oral arm, one IV triangle for the IV arm, in the arms' colours.
        XYPlot strip = panels.get(0);
        assertEquals(2, strip.getDataset().getSeriesCount());
        assertEquals(182, strip.getDataset().getItemCount(0));
        assertEquals(1, strip.getDataset().getItemCount(1));
        assertEquals(ChartStyle.ARM_COLOURS.get(1), strip.getRenderer().getSeriesPaint(1));
    }

    @Test
    void legendNamesEachArmOnceAndTheDoseMarkers() {
        LegendItemCollection items = CHART.getLegend().getSources()[0].getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertEquals(List.of("Oral ferrous sulfate", "IV ferric carboxymaltose", "oral dose", "IV infusion",
                OutputPanel.WEEKLY_RANGE_LEGEND), labels);
        assertEquals(ChartStyle.ARM_COLOURS.get(0), items.get(0).getLinePaint());
    }

    private static XYPlot panelOf(Observable o) {
        return panels().get(1 + RESULT.scenario().charts().indexOf(o));
    }

    @Test
    void ferritinOnALogAxisWithTheTeachingReferenceAndTheSymptomScoreOnItsFullScale() {
        XYPlot ferritin = panelOf(Observable.SERUM_FERRITIN);
        assertTrue(ferritin.getRangeAxis() instanceof FerritinAxis, "log axis");
        // The oral arm starts near 20 ng/mL, the IV arm peaks above 1000: both ends in view, bottom on a tick.
        assertEquals(10, ferritin.getRangeAxis().getLowerBound());
        assertTrue(ferritin.getRangeAxis().getUpperBound() > 1000);
        ValueMarker target = (ValueMarker) ferritin.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(75, target.getValue());
        assertEquals(List.of("75 ng/mL"), ((BandLabelAxis) ferritin.getRangeAxis(1)).names(), "value at the right edge");
        assertEquals(List.of("teaching reference, not advice"), labels(ferritin), "meaning beside the line");

        XYPlot symptoms = panelOf(Observable.SYMPTOM_SCORE);
        assertEquals(0, symptoms.getRangeAxis().getLowerBound());
        assertEquals(40, symptoms.getRangeAxis().getUpperBound());
        assertEquals(4, symptoms.getRangeMarkers(Layer.BACKGROUND).size(), "four IRLS severity bands");
    }

    @Test
    void normalSaturationBandAndTheWomensAnaemiaThreshold() {
        IntervalMarker band = (IntervalMarker) panelOf(Observable.TSAT).getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(20, band.getStartValue());
        assertEquals(45, band.getEndValue());
        ValueMarker hb = (ValueMarker) panelOf(Observable.HB).getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(12, hb.getValue());
        assertEquals(1, panelOf(Observable.HB).getRangeMarkers(Layer.FOREGROUND).size(), "a woman: the women's threshold only");
        assertEquals(List.of("anaemia threshold, women (WHO)"), labels(panelOf(Observable.HB)));
        assertTrue(panelOf(Observable.HB).getRangeAxis().getLowerBound() < 12, "threshold in view");
        // A man (the healthy-man archetype has the default haemoglobin set point) gets the men's threshold, 13 g/dL.
        ScenarioResult man = Examples.healthyManWithHb();
        XYPlot manHb = ((CombinedDomainXYPlot) OverviewChart.forOutput(man, Observable.HB, ChartStyle.SLIDES, List.of())
                .getXYPlot()).getSubplots().get(0);
        assertEquals(List.of(13.0), manHb.getRangeMarkers(Layer.FOREGROUND).stream().map(m -> ((ValueMarker) m).getValue()).toList());
        assertEquals(List.of("anaemia threshold, men (WHO)"), labels(manHb));
        assertEquals(List.of("13 g/dL"), ((BandLabelAxis) manHb.getRangeAxis(1)).names());
    }

    @Test
    void outputsWithADailyRhythmAreDailyMeansOverTheDailyRange() {
        for (Observable o : List.of(Observable.TSAT, Observable.HEPCIDIN)) {
            XYPlot panel = panelOf(o);
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) panel.getDataset();
            assertTrue(panel.getRenderer() instanceof DeviationRenderer, o + ": line over band");
            for (int arm = 0; arm < RESULT.arms().size(); arm++) {
                assertEquals(26, data.getItemCount(arm), o + ": one point per week of 26 weeks");
                for (int day = 0; day < 26; day++) {
                    assertTrue(data.getStartYValue(arm, day) <= data.getYValue(arm, day)
                            && data.getYValue(arm, day) <= data.getEndYValue(arm, day), o + " day " + day);
                }
                assertEquals(ChartStyle.ARM_COLOURS.get(arm), panel.getRenderer().getSeriesPaint(arm));
            }
        }
        SVGGraphics2D drawn = new SVGGraphics2D(ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        CHART.draw(drawn, new Rectangle(ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT));
        // The drawn texts in order, wrapped lines joined again.
        String texts = String.join(" ", Pattern.compile(">([^<]*)</text>").matcher(drawn.getSVGElement()).results()
                .map(m -> m.group(1)).toList()).replaceAll("\\s+", " ");
        for (Observable o : List.of(Observable.TSAT, Observable.HEPCIDIN)) {
            assertTrue(texts.contains(o.label() + " " + o.unit() + ", weekly mean"), o + ": the unit line says weekly mean in " + texts);
        }
        // Ferritin has no daily rhythm of its own: its start, then daily means without the tablets' ripple.
        XYDataset ferritin = panelOf(Observable.SERUM_FERRITIN).getDataset();
        assertEquals(1 + 182, ferritin.getItemCount(0));
        assertEquals(RESULT.arms().get(0).trajectory().series(Observable.SERUM_FERRITIN)[0], ferritin.getYValue(0, 0), 1e-12);
        assertEquals(0.5 / 7, ferritin.getXValue(0, 1), 1e-9, "the mean of day 0 at its middle, in weeks");
        // A one-week run is short enough to show the rhythm itself.
        assertFalse(OutputPanel.showsDailyMeans(Observable.TSAT, Examples.awkwardArmName()));
    }

    @Test
    void annotationsForAnOutputAreDrawnInItsPanelOnlyOthersAcrossEveryPanel() {
        Annotation onSymptoms = new Annotation(6 * 7 * 24, "IV arm: symptoms lowest", Optional.of(Observable.SYMPTOM_SCORE));
        Annotation general = new Annotation(12 * 7 * 24, "week 12", Optional.empty());
        Annotation onUrge = new Annotation(24, "not charted here", Optional.of(Observable.URGE));
        JFreeChart chart = OverviewChart.create(RESULT, ChartStyle.SLIDES, List.of(onSymptoms, general, onUrge));
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
        int ferritin = 1 + RESULT.scenario().charts().indexOf(Observable.SERUM_FERRITIN);
        int symptoms = 1 + RESULT.scenario().charts().indexOf(Observable.SYMPTOM_SCORE);
        List<String> labelsPerPanel = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            Collection<?> lines = panels.get(p).getDomainMarkers(Layer.FOREGROUND);
            assertEquals(p == symptoms ? 3 : 2, lines.size(), "panel " + p + ": the symptom annotation only in its panel");
            List<String> texts = new ArrayList<>(labels(panels.get(p)));
            texts.remove("teaching reference, not advice"); // the reference line's own label
            labelsPerPanel.add(String.join(";", texts));
        }
        assertEquals("not charted here;week 12", labelsPerPanel.get(ferritin), "first panel: those without a charted output");
        assertEquals("IV arm: symptoms lowest", labelsPerPanel.get(symptoms));
        assertEquals("", labelsPerPanel.get(0), "no text in the dose strip");
        assertTrue(panels.get(symptoms).getDomainMarkers(Layer.FOREGROUND).stream()
                .anyMatch(line -> Math.abs(((ValueMarker) line).getValue() - 6.0) < 1e-12), "at week 6 on the week axis");

        // The chart of one output shows its own annotations and those for none.
        JFreeChart single = OverviewChart.forOutput(RESULT, Observable.HB, ChartStyle.SLIDES, List.of(onSymptoms, general, onUrge));
        XYPlot hb = ((CombinedDomainXYPlot) single.getXYPlot()).getSubplots().get(1);
        assertEquals(1, hb.getDomainMarkers(Layer.FOREGROUND).size());
    }

    @Test
    void timeAxisEndsAtTheEndOfTheRun() {
        assertEquals(26, CHART.getXYPlot().getDomainAxis().getUpperBound(), 1e-12, "a 26-week run");
    }

    /** The texts of a panel's labels placed in free space (reference lines' meanings, annotations), in order. */
    static List<String> labels(XYPlot panel) {
        List<String> texts = new ArrayList<>();
        for (Object a : panel.getAnnotations()) {
            if (a instanceof FreeSpotLabel label) {
                texts.add(label.text());
            }
        }
        return texts;
    }
}
