package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

class SlideChartsTest {
    @Test
    void overviewThenOneChartPerOutputThenWhereIsTheIronPerArm() {
        List<String> names = SlideCharts.all(Examples.oralVersusIv(), ChartStyle.SLIDES).stream()
                .map(SlideCharts.NamedChart::baseName).toList();
        assertEquals(List.of("overview", "serum_ferritin", "brain_iron", "symptom_score", "hb", "tsat", "hepcidin",
                "where-is-the-iron-oral-ferrous-sulfate", "where-is-the-iron-iv-ferric-carboxymaltose"), names);
    }

    @Test
    void armNamesBecomeFileNamesOfLettersDigitsAndHyphens() {
        assertEquals("oral-fasting", SlideCharts.slug("Oral, \"fasting\""));
        assertEquals("iv-200-mg-x-5-week-1", SlideCharts.slug("IV 200 mg x 5 (week 1)."));
        assertEquals("arm", SlideCharts.slug("+++"));
        // Arm names that differ only in punctuation still get files of their own (charts are built only when
        // asked for, so one simulated arm can stand in for both).
        ScenarioResult one = Examples.awkwardArmName();
        ArmResult simulated = one.arms().get(0);
        List<Arm> arms = List.of(new Arm("Oral fasting", simulated.arm().patient(), simulated.arm().regimen(), Map.of()),
                new Arm("Oral, fasting", simulated.arm().patient(), simulated.arm().regimen(), Map.of()));
        Scenario s = one.scenario();
        ScenarioResult two = new ScenarioResult(new Scenario(s.name(), s.title(), s.parameters(),
                s.durationH(), s.outputIntervalH(), arms, s.charts()),
                arms.stream().map(a -> new ArmResult(a, simulated.parameters(), simulated.trajectory(), simulated.summary())).toList(),
                List.of(), one.modelVersion(), one.solver());
        assertEquals(List.of("where-is-the-iron-oral-fasting", "where-is-the-iron-oral-fasting-2"),
                SlideCharts.all(two, ChartStyle.SLIDES).stream().map(SlideCharts.NamedChart::baseName)
                        .filter(n -> n.startsWith(SlideCharts.WHERE_IS_THE_IRON)).toList());
    }
}
