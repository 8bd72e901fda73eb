package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

class OverviewChartTest {
    private static final ScenarioResult RESULT = Examples.oralVersusIv();
    private static final JFreeChart CHART = OverviewChart.create(RESULT, ChartStyle.SLIDES);

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
        assertTrue(footer.contains("oral-vs-iv.yaml") && footer.contains("Teaching model — not for clinical decisions"), footer);
        assertEquals("Time (weeks)", CHART.getXYPlot().getDomainAxis().getLabel());
        // Short runs are shown in days.
        JFreeChart week = OverviewChart.create(Examples.awkwardArmName(), ChartStyle.SLIDES);
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
                assertEquals(ChartStyle.OKABE_ITO.get(arm), panel.getRenderer().getSeriesPaint(arm), "panel " + p + " arm " + arm);
                assertEquals(RESULT.arms().get(arm).trajectory().size(), panel.getDataset().getItemCount(arm));
            }
        }
        // Dose strip: 182 oral ticks for the oral arm, one IV triangle for the IV arm, in the arms' colours.
        XYPlot strip = panels.get(0);
        assertEquals(2, strip.getDataset().getSeriesCount());
        assertEquals(182, strip.getDataset().getItemCount(0));
        assertEquals(1, strip.getDataset().getItemCount(1));
        assertEquals(ChartStyle.OKABE_ITO.get(1), strip.getRenderer().getSeriesPaint(1));
    }

    @Test
    void legendNamesEachArmOnceAndTheDoseMarkers() {
        LegendItemCollection items = CHART.getLegend().getSources()[0].getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertEquals(List.of("Oral ferrous sulfate", "IV ferric carboxymaltose", "oral dose", "IV infusion"), labels);
        assertEquals(ChartStyle.OKABE_ITO.get(0), items.get(0).getLinePaint());
    }

    @Test
    void ferritinPanelShowsTheGuidelineTargetAndTheSymptomPanelItsFullScale() {
        int ferritin = 1 + RESULT.scenario().charts().indexOf(Observable.SERUM_FERRITIN);
        Collection<?> markers = panels().get(ferritin).getRangeMarkers(Layer.BACKGROUND);
        ValueMarker target = (ValueMarker) markers.iterator().next();
        assertEquals(75, target.getValue());
        assertEquals("75 ng/mL guideline target", target.getLabel());
        assertTrue(panels().get(ferritin).getRangeAxis().getUpperBound() > 75);

        int symptoms = 1 + RESULT.scenario().charts().indexOf(Observable.SYMPTOM_SCORE);
        assertEquals(0, panels().get(symptoms).getRangeAxis().getLowerBound());
        assertEquals(40, panels().get(symptoms).getRangeAxis().getUpperBound());
        assertEquals(4, panels().get(symptoms).getRangeMarkers(Layer.BACKGROUND).size(), "four IRLS severity bands");
    }
}
