package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.rlsim.calibration.CalibrationReport;
import org.rlsim.calibration.Comparison;
import org.rlsim.calibration.Curve;
import org.rlsim.calibration.Outcome;
import org.rlsim.calibration.Panel;
import org.rlsim.calibration.Target;
import org.rlsim.calibration.TimeCourse;

/** A known miss's contradicting study is drawn beside the target's band, with its words, and never as the target. */
class CalibrationChartTest {
    private static CalibrationReport.Row rowWith(List<Panel.OtherSource> others) {
        Comparison recovery = new Comparison("time to recover", "weeks", Double.NaN, 8, 24, 6.7);
        Panel panel = new Panel("Haemoglobin", "g/dL", List.of(new Curve("Donation", new double[] {0, 10, 40},
                new double[] {15, 14.8, 15})), List.of(), List.of(new Panel.TimeBand(recovery, 1)), others);
        Outcome outcome = new Outcome("80% at week 6.7", List.of(recovery),
                Optional.of(new TimeCourse("Weeks after the donation", List.of(panel))));
        return new CalibrationReport.Row(new Target("T99", "a donation", "8–24 weeks", "as stated", "a review"), outcome);
    }

    private static List<IntervalMarker> ranges(JFreeChart chart) {
        XYPlot panel = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        return panel.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> (IntervalMarker) m).toList();
    }

    @Test
    void aContradictingStudysRangeIsDrawnBesideTheTargetsBandWithItsLabel() {
        JFreeChart chart = CalibrationChart.create(rowWith(List.of(
                new Panel.OtherSource("Pottgiesser 2008: all of the lost Hb mass back", 25 / 7.0, 47 / 7.0))),
                SlidePreset.WIDE.style());
        List<IntervalMarker> ranges = ranges(chart);
        assertEquals(2, ranges.size(), "the target's band and the other study's range");
        assertEquals("published 8–24 weeks", ranges.get(0).getLabel());
        assertEquals("Pottgiesser 2008: all of the lost Hb mass back", ranges.get(1).getLabel());
        assertEquals(25 / 7.0, ranges.get(1).getStartValue(), 1e-12);
        assertEquals(47 / 7.0, ranges.get(1).getEndValue(), 1e-12);
        assertEquals(1, ranges(CalibrationChart.create(rowWith(List.of()), SlidePreset.WIDE.style())).size());
    }

    @Test
    void aRangeThatRunsBackwardsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Panel.OtherSource("backwards", 5, 3));
    }
}
