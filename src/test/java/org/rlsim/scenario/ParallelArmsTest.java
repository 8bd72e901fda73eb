package org.rlsim.scenario;

import org.rlsim.testing.TimeSeriesText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsim.report.SummaryCsv;
import org.rlsim.report.TimeSeriesCsv;
import org.rlsim.simulation.Simulator;

/** Arms run in parallel give the same CSV files as arms run one after the other, byte for byte. */
class ParallelArmsTest {
    @ParameterizedTest
    @ValueSource(strings = {"oral-vs-iv", "absorption-inhibitors"})
    void parallelAndSerialRunsWriteIdenticalCsv(String lesson) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", lesson + ".yaml"));
        Simulator simulator = new Simulator();
        assertEquals(TimeSeriesText.of(ScenarioRunner.serial(simulator), scenario),
                TimeSeriesText.of(new ScenarioRunner(simulator), scenario));
        assertEquals(summary(ScenarioRunner.serial(simulator).run(scenario, Map.of())),
                summary(new ScenarioRunner(simulator).run(scenario, Map.of())));
    }

    private static String summary(ScenarioResult result) throws IOException {
        StringWriter out = new StringWriter();
        SummaryCsv.write(result, out);
        return out.toString();
    }
}
