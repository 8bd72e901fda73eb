package org.rlsim.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.rlsim.chart.SlidePreset;
import org.rlsim.scenario.SlideFormat;
import picocli.CommandLine.Option;

/**
 * The output options of the commands that write an output folder of charts over many runs ({@code sweep},
 * {@code sensitivity}), shared as a picocli mixin: where to write, whether to replace what is there, which
 * files, and the slide shape.
 */
final class ChartOutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path outputRoot;

    @Option(names = "--force", description = OutputFolder.FORCE_HELP)
    boolean force;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which files to write: any of ${COMPLETION-CANDIDATES} (default: all).")
    Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);

    @Option(names = "--slide", paramLabel = "SHAPE", converter = RunCommand.SlideConverter.class,
            description = "Shape of the charts: 16:9 or 4:3 (default: the scenario's 'slide:', else 16:9).")
    SlidePreset slide;

    /** The output folder these options describe. */
    OutputFolder folder() {
        return new OutputFolder(outputRoot, formats, force);
    }

    /** The slide shape asked for, else the scenario's {@code slide:}. */
    SlidePreset shape(SlideFormat scenarioSlide) {
        return slide != null ? slide : SlidePreset.of(scenarioSlide);
    }
}
