package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/** The virtual-patient charts: a response is read only in the arms that are given a treatment or a placebo. */
class PopulationChartsTest {
    private static final String UNTREATED = """
            title: Untreated
            duration: 1 day
            patient: healthy-woman
            population: {size: 6, seed: 3}
            arms:
              - name: Women
              - name: Anaemia
                patient: iron-deficient-anaemic-woman
            """;
    private static final String MIXED = """
            title: Mixed
            duration: 2 days
            population: {size: 6, seed: 3}
            patient: iron-deficient-anaemic-woman
            arms:
              - name: Untreated
              - name: Saline
                regimen:
                  - placebo: {label: saline infusion, at: "08:00"}
              - name: FCM
                regimen:
                  - iv: {product: fcm, dose: 500 mg, infusion: 15 min, at: "08:00"}
            """;

    private static ScenarioResult run(String yaml) throws ScenarioException {
        return new ScenarioRunner().run(new ScenarioLoader().parse(yaml, "p.yaml", "p"), Map.of());
    }

    private static List<String> names(ScenarioResult result) {
        return SlideCharts.all(result, ChartStyle.SLIDES).stream().map(SlideCharts.NamedChart::baseName)
                .filter(n -> n.equals(PopulationCharts.COURSE) || n.equals(PopulationCharts.RESPONDERS)
                        || n.equals(PopulationCharts.SYMPTOM_RETURN)).toList();
    }

    @Test
    void anUntreatedPopulationHasNoResponderCharts() throws ScenarioException {
        ScenarioResult result = run(UNTREATED);
        assertEquals(List.of(PopulationCharts.COURSE), names(result));
        assertEquals(List.of(), PopulationCharts.treatedArms(result));
    }

    @Test
    void theResponderChartsShowOnlyTheTreatedArms() throws ScenarioException {
        ScenarioResult result = run(MIXED);
        assertEquals(List.of(PopulationCharts.COURSE, PopulationCharts.RESPONDERS, PopulationCharts.SYMPTOM_RETURN),
                names(result));
        assertEquals(List.of(1, 2), PopulationCharts.treatedArms(result));
        JFreeChart responders = PopulationCharts.responders(result, ChartStyle.SLIDES);
        XYPlot bars = (XYPlot) ((CombinedDomainXYPlot) responders.getXYPlot()).getSubplots().get(0);
        assertEquals(2, bars.getDataset().getItemCount(0), "one responder bar per treated arm");
        JFreeChart km = PopulationCharts.symptomReturn(result, ChartStyle.SLIDES);
        XYPlot curves = (XYPlot) ((CombinedDomainXYPlot) km.getXYPlot()).getSubplots().get(0);
        assertEquals(List.of("Saline", "FCM"), List.of(curves.getDataset().getSeriesKey(0), curves.getDataset().getSeriesKey(1)));
        assertEquals(2, curves.getDataset().getSeriesCount());
    }
}
