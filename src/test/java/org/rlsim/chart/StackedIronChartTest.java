package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.model.Compartment;
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
            assertEquals(List.of("Plasma (transferrin)", "Brain"), small, "the small pools, on their own scale");
            double brainMg = result.arms().get(arm).trajectory().amount(Compartment.BRAIN, 0);
            assertTrue(subplots.get(2).getRangeAxis().getUpperBound() < 10 * brainMg,
                    "the brain's few mg fill a good part of their panel (the IV complex's hundreds of mg are in the stack)");
            assertEquals(iv, legend.contains("IV iron complex"), "only the compartments the arm uses: " + legend);
            XYPlot strip = subplots.get(0);
            assertEquals(1, strip.getDataset().getSeriesCount(), "only this arm's doses");
            assertEquals(result.arms().get(arm).trajectory().events().size(), strip.getDataset().getItemCount(0));
            assertEquals(ChartStyle.ARM_COLOURS.get(arm), strip.getRenderer().getSeriesPaint(0), "in the arm's colour");
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

    /**
     * A curve is one SVG path, not a line element per segment with its style and clip reference repeated
     * (which made each where-is-the-iron SVG about 2 MB): the file of the IV arm stays small.
     */
    @Test
    void theSvgDrawsEachCurveAsOnePath(@TempDir Path dir) throws IOException {
        ScenarioResult result = Examples.oralVersusIv();
        Path svg = dir.resolve("where-is-the-iron-iv.svg");
        ChartExporter.writeSvg(StackedIronChart.create(result, 1, ChartStyle.SLIDES, List.of()), svg,
                ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        String text = Files.readString(svg);
        long lines = text.split("<line", -1).length - 1;
        assertTrue(lines < 200, lines + " line elements: grid lines and ticks only");
        assertTrue(text.length() < 400_000, text.length() + " characters");
    }
}
