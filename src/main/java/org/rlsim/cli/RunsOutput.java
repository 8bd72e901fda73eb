package org.rlsim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsim.chart.RunsCharts;
import org.rlsim.chart.SlideCharts;
import org.rlsim.chart.SlidePreset;
import org.rlsim.report.RunInfo;
import org.rlsim.simulation.RunControl;
import org.rlsim.sweep.GlobalSensitivity;
import org.rlsim.sweep.RunsCsv;
import org.rlsim.sweep.RunsInfo;
import org.rlsim.sweep.ScenarioAnalyses;
import org.rlsim.sweep.SweepResult;
import org.rlsim.sweep.Tornado;

/**
 * The files of sweeps and sensitivity analyses, for {@code rlsim sweep}, {@code rlsim sensitivity} and a
 * lesson's {@code sweep:} and {@code sensitivity:} blocks under {@code rlsim run}: the CSV files, the charts
 * and what {@value RunInfo#FILE_NAME} says about them.
 *
 * @param sweeps  the sweeps' results, in order
 * @param tornado a tornado's result, if one was run
 * @param sobol   a global analysis's result, if one was run
 */
record RunsOutput(List<SweepResult> sweeps, Optional<Tornado.Result> tornado, Optional<GlobalSensitivity.Result> sobol) {
    /** Nothing besides a scenario's arms. */
    static final RunsOutput NONE = new RunsOutput(List.of(), Optional.empty(), Optional.empty());

    RunsOutput {
        sweeps = List.copyOf(sweeps);
    }

    /** The files of a scenario file's own sweeps and sensitivity analysis. */
    static RunsOutput of(ScenarioAnalyses analyses) {
        return new RunsOutput(analyses.sweeps(), analyses.tornado(), analyses.sobol());
    }

    /** Whether there is nothing to write. */
    boolean isEmpty() {
        return sweeps.isEmpty() && tornado.isEmpty() && sobol.isEmpty();
    }

    /** Adds the CSV files and charts to {@code files}, as {@code --format} asks. */
    void addFiles(OutputFolder folder, List<OutputFolder.OutputFile> files, SlidePreset slide) {
        boolean csv = folder.formats().contains(OutputFormat.csv);
        for (int n = 0; n < sweeps.size(); n++) {
            SweepResult sweep = sweeps.get(n);
            if (csv) {
                files.add(new OutputFolder.OutputFile(RunsCsv.sweepFile(n, sweeps.size()),
                        f -> OutputFolder.writeText(f, w -> RunsCsv.sweep(sweep, w))));
            }
            String prefix = sweeps.size() == 1 ? "sweep-" : "sweep-" + (n + 1) + "-";
            for (SlideCharts.NamedChart chart : RunsCharts.sweep(sweep, prefix, slide.style())) {
                folder.addCharts(files, chart, slide);
            }
        }
        tornado.ifPresent(t -> {
            if (csv) {
                files.add(new OutputFolder.OutputFile(RunsCsv.SENSITIVITY, f -> OutputFolder.writeText(f, w -> RunsCsv.tornado(t, w))));
            }
            RunsCharts.tornado(t, slide.style()).forEach(chart -> folder.addCharts(files, chart, slide));
        });
        sobol.ifPresent(s -> {
            if (csv) {
                files.add(new OutputFolder.OutputFile(RunsCsv.SENSITIVITY, f -> OutputFolder.writeText(f, w -> RunsCsv.sobol(s, w))));
            }
            RunsCharts.sobol(s, slide.style()).forEach(chart -> folder.addCharts(files, chart, slide));
        });
    }

    /** What {@value RunInfo#FILE_NAME} says about the sweeps and analyses. */
    String info() {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < sweeps.size(); n++) {
            out.append(RunsInfo.sweep(sweeps.get(n), RunsCsv.sweepFile(n, sweeps.size())));
        }
        tornado.ifPresent(t -> out.append(RunsInfo.tornado(t)));
        sobol.ifPresent(s -> out.append(RunsInfo.sobol(s)));
        return out.toString();
    }

    /**
     * Writes every file into the staging folder {@code dir}, then {@value RunInfo#FILE_NAME} with {@code header}
     * and the solver of the first result.
     *
     * @return the names written, run-info last
     */
    List<String> writeInto(Path dir, OutputFolder folder, SlidePreset slide, String header,
                           org.rlsim.simulation.SolverSettings solver) throws java.io.IOException {
        List<OutputFolder.OutputFile> files = new ArrayList<>();
        addFiles(folder, files, slide);
        List<String> names = new ArrayList<>(OutputFolder.writeAll(files, dir));
        names.add(RunInfo.FILE_NAME);
        Files.writeString(dir.resolve(RunInfo.FILE_NAME), header + info() + RunsInfo.footer(solver, names), StandardCharsets.UTF_8);
        return names;
    }

    /**
     * A control whose progress (a fraction of {@code steps} runs) moves the bar one step per run done.
     */
    static RunControl control(Progress progress, int steps) {
        int[] shown = {0};
        return RunControl.withProgress(fraction -> {
            synchronized (shown) {
                int done = (int) Math.round(fraction * steps);
                while (shown[0] < done) {
                    shown[0]++;
                    progress.step(shown[0] + " of " + steps);
                }
            }
        });
    }
}
