package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.testing.Examples;

/** The prevalence chart: only with virtual patients and a published value; the model's bars are the readout. */
class PrevalenceChartTest {
    private static final String SCENARIO = """
            title: Prevalence
            duration: 2 days
            population: {size: 30, seed: 3}
            arms:
              - name: Anaemia
                patient: iron-deficient-anaemic-woman
                published: 23.9 %
              - name: Men
                patient: healthy-man
            """;

    @Test
    void barsAreTheShareWithSymptomsBesideThePublishedValue() throws ScenarioException {
        ScenarioResult result = new ScenarioRunner().run(new ScenarioLoader().parse(SCENARIO, "p.yaml", "p"), Map.of());
        assertTrue(PrevalenceChart.applies(result));
        JFreeChart chart = PrevalenceChart.create(result, ChartStyle.SLIDES);
        CategoryDataset bars = chart.getCategoryPlot().getDataset();
        for (String arm : new String[] {"Anaemia", "Men"}) {
            Readouts.Estimate symptomatic = Readouts.of(result.cohort(arm), result.scenario().durationH()).symptomatic();
            assertEquals(symptomatic.value(), bars.getValue(0, bars.getColumnIndex(arm)).doubleValue(), 0);
        }
        assertEquals(23.9, bars.getValue(1, bars.getColumnIndex("Anaemia")).doubleValue(), 0);
        assertNull(bars.getValue(1, bars.getColumnIndex("Men")), "no published bar where the arm gives none");
        assertTrue(SlideCharts.all(result, ChartStyle.SLIDES).stream().anyMatch(c -> c.baseName().equals(PrevalenceChart.BASE_NAME)));
    }

    @Test
    void notMadeWithoutVirtualPatients() {
        assertFalse(PrevalenceChart.applies(Examples.oralVersusIv()));
        assertFalse(SlideCharts.all(Examples.oralVersusIv(), ChartStyle.SLIDES).stream()
                .anyMatch(c -> c.baseName().equals(PrevalenceChart.BASE_NAME)));
    }
}
