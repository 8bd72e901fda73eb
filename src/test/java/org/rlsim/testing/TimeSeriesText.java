package org.rlsim.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.rlsim.report.TimeSeriesCsv;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.RunControl;

/** The {@code timeseries.csv} of a scenario, as {@code rlsim run} writes it (streamed from the run), as text. */
public final class TimeSeriesText {
    private TimeSeriesText() {
    }

    /** Runs the scenario with {@code runner} and returns its table: the header, then every arm's rows in order. */
    public static String of(ScenarioRunner runner, Scenario scenario) {
        StringWriter[] arms = new StringWriter[scenario.arms().size()];
        runner.run(scenario, Map.of(), new RunControl(), arm -> TimeSeriesCsv.rows(scenario.arms().get(arm).name(),
                arms[arm] = new StringWriter()));
        StringWriter table = new StringWriter();
        try {
            TimeSeriesCsv.writeHeader(table);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        for (StringWriter arm : arms) {
            table.append(arm.toString());
        }
        return table.toString();
    }
}
