package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.rlsim.population.Locus;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.scenario.Verdict;
import org.rlsim.testing.Examples;

/**
 * The penetrance chart and the genotype readouts: genotypes drawn per arm ({@code genotype: {meis1: drawn}}), one
 * panel per drawn locus, one line per drawing arm, each point the share with symptoms among that genotype.
 */
class PenetranceChartTest {
    private static final String SCENARIO = """
            title: Penetrance
            duration: 2 days
            population: {size: 40, seed: 3}
            genotype: {meis1: drawn}
            arms:
              - name: Anaemia
                patient: iron-deficient-anaemic-woman
              - name: Women
                patient: healthy-woman
              - name: Fixed
                patient: healthy-woman
                genotype: {meis1: 2}
            expect:
              - patients with symptoms in "Anaemia" with 0 MEIS1 risk alleles are between 0 % and 100 % at day 2
              - patients with symptoms in "Anaemia" with 1 MEIS1 risk allele are below 0 % at day 2
            """;

    @Test
    void pointsAreTheShareWithSymptomsAmongEachGenotypeOfTheDrawingArms() throws ScenarioException {
        ScenarioResult result = new ScenarioRunner().run(new ScenarioLoader().parse(SCENARIO, "p.yaml", "p"), Map.of());
        assertEquals(List.of(Locus.MEIS1), result.scenario().arms().get(0).drawnLoci());
        assertEquals(List.of(), result.scenario().arms().get(2).drawnLoci(), "an arm's fixed count overrides the scenario's draw");
        assertTrue(result.cohort("Fixed").patients().stream().allMatch(p -> p.riskAlleles(Locus.MEIS1) == 2));
        assertTrue(PenetranceChart.applies(result));
        JFreeChart chart = PenetranceChart.create(result, ChartStyle.SLIDES);
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots();
        assertEquals(1, panels.size(), "one panel per drawn locus");
        IntervalXYDataset lines = (IntervalXYDataset) panels.get(0).getDataset();
        assertEquals(2, lines.getSeriesCount(), "the arms that draw, not the fixed one");
        for (int s = 0; s < 2; s++) {
            String arm = lines.getSeriesKey(s).toString();
            List<Readouts.Penetrance> expected = Readouts.penetrance(result.cohort(arm), Locus.MEIS1, result.scenario().durationH());
            assertEquals(expected.size(), lines.getItemCount(s));
            int patients = 0;
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).symptomatic().value(), lines.getYValue(s, i), 0);
                assertEquals(expected.get(i).symptomatic().low(), lines.getStartYValue(s, i), 0);
                assertEquals(expected.get(i).riskAlleles(), lines.getXValue(s, i), 0.2);
                patients += expected.get(i).patients();
            }
            assertEquals(40, patients, arm + ": every patient in one genotype");
        }
        assertTrue(SlideCharts.all(result, ChartStyle.SLIDES).stream().anyMatch(c -> c.baseName().equals(PenetranceChart.BASE_NAME)));

        List<Verdict> verdicts = result.verdicts();
        assertTrue(verdicts.get(0).met(), verdicts.get(0).model());
        assertTrue(verdicts.get(0).model().contains(" of 40 patients of the arm"), verdicts.get(0).model());
        assertFalse(verdicts.get(1).met(), "a share is never below 0 %");
    }

    @Test
    void notMadeWithoutDrawnGenotypes() {
        assertFalse(PenetranceChart.applies(Examples.oralVersusIv()));
    }
}
