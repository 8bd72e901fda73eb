package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Trajectory;
import org.rlsim.testing.Examples;

class StackedIronChartTest {
    @Test
    void oneChartPerArmWhoseStackAddsUpToTotalBodyIronOnOneSharedScale() {
        ScenarioResult result = Examples.oralVersusIv();
        List<XYPlot> panels = new ArrayList<>();
        for (int arm = 0; arm < result.arms().size(); arm++) {
            JFreeChart chart = StackedIronChart.create(result, arm, ChartStyle.SLIDES, List.of());
            assertEquals("Where is the iron? " + result.arms().get(arm).arm().name(), chart.getTitle().getText());
            List<XYPlot> subplots = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
            assertEquals(3, subplots.size(), "the arm's dose strip over the stack over the small pools");
            List<String> small = new ArrayList<>();
            for (int k = 0; k < subplots.get(2).getDataset().getSeriesCount(); k++) {
                small.add(subplots.get(2).getDataset().getSeriesKey(k).toString());
            }
            List<String> legend = new ArrayList<>();
            var items = chart.getLegend().getSources()[0].getLegendItems();
            for (int k = 0; k < items.getItemCount(); k++) {
                legend.add(items.get(k).getLabel());
            }
            boolean iv = arm == 1;
            assertEquals(iv ? List.of("Plasma (transferrin)", "Brain", "IV iron complex") : List.of("Plasma (transferrin)", "Brain"),
                    small, "the small pools the arm uses, on their own scale");
            assertEquals(iv, legend.contains("IV iron complex"), "only the compartments the arm uses: " + legend);
            XYPlot strip = subplots.get(0);
            assertEquals(1, strip.getDataset().getSeriesCount(), "only this arm's doses");
            assertEquals(result.arms().get(arm).trajectory().events().size(), strip.getDataset().getItemCount(0));
            assertEquals(ChartStyle.OKABE_ITO.get(arm), strip.getRenderer().getSeriesPaint(0), "in the arm's colour");
            panels.add(subplots.get(1));
        }
        for (int arm = 0; arm < panels.size(); arm++) {
            XYPlot panel = panels.get(arm);
            assertEquals(panels.get(0).getRangeAxis().getUpperBound(), panel.getRangeAxis().getUpperBound(), 0);
            XYDataset data = panel.getDataset();
            int top = data.getSeriesCount() - 1;
            Trajectory t = result.arms().get(arm).trajectory();
            for (int row = 0; row < t.size(); row += 100) {
                // The running sum is over the same amounts as total body iron, in another order: rounding only.
                assertEquals(t.value(Observable.TOTAL_BODY_IRON, row), data.getYValue(top, row), 1e-9, "row " + row);
            }
        }
    }
}
