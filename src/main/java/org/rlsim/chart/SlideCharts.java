package org.rlsim.chart;

import org.rlsim.scenario.Annotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioResult;

/**
 * Every chart of a scenario run, each with the base name of its files (without extension):
 * <ol>
 *   <li>{@code overview}: every charted output, one panel each;</li>
 *   <li>one chart per charted output, named by its short name: {@code serum_ferritin}, {@code tsat}, …;</li>
 *   <li>{@code where-is-the-iron-<arm>} per arm, the arm's name in lower case with every run of
 *       characters other than letters and digits turned into one hyphen
 *       ({@code where-is-the-iron-oral-ferrous-sulfate}); {@code -2}, {@code -3} … is added when two
 *       arms' names would give the same file;</li>
 *   <li>with virtual patients, {@code population-course}, and with a treated arm {@code responders} and
 *       {@code symptom-return} ({@link PopulationCharts});</li>
 *   <li>{@code prevalence}, with virtual patients and a published prevalence in an arm ({@link PrevalenceChart}).</li>
 *   <li>{@code penetrance}, with virtual patients that draw a genotype ({@link PenetranceChart}).</li>
 * </ol>
 * Charts are built only when asked for ({@link NamedChart#build()}), each time anew, so that several
 * threads can draw them at once.
 */
public final class SlideCharts {
    /**
     * The rule by which the charts draw an output with a daily rhythm (TSAT, serum iron, hepcidin, ...) as
     * its mean and range per window instead of its daily swings: in runs longer than {@code beyondH} whose
     * rows are at most {@code maxIntervalH} apart, per day, or per week in runs longer than
     * {@code weeklyBeyondH}. The explorer page draws by the same rule.
     */
    public record RangeRule(Set<Observable> rhythmic, double beyondH, double maxIntervalH, double weeklyBeyondH) {
    }

    /** The rule the slide charts follow. */
    public static final RangeRule RANGE_RULE = new RangeRule(OutputPanel.DAILY_RHYTHM, OutputPanel.DAILY_MEAN_BEYOND_H,
            24.0 / OutputPanel.MIN_ROWS_PER_DAY, TimeScale.WEEKS_BEYOND_H);

    /** A chart and the base name of its files. */
    public record NamedChart(String baseName, Supplier<JFreeChart> chart) {
        public NamedChart {
            Objects.requireNonNull(baseName, "baseName");
            Objects.requireNonNull(chart, "chart");
        }

        /** Builds a new chart object. */
        public JFreeChart build() {
            return chart.get();
        }

        /**
         * Builds the chart once and writes it into each file in turn, in the format its name ends with
         * ({@code .png}, {@code .svg} or {@code .pdf}; see {@link ChartExporter}).
         *
         * @param width  logical width of the slide, px
         * @param height logical height of the slide, px
         */
        public void writeAll(List<Path> files, int width, int height) throws IOException {
            JFreeChart built = build();
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".png")) {
                    ChartExporter.writePng(built, file, width, height);
                } else if (name.endsWith(".svg")) {
                    ChartExporter.writeSvg(built, file, width, height);
                } else if (name.endsWith(".pdf")) {
                    ChartExporter.writePdf(built, file, width, height);
                } else {
                    throw new IllegalArgumentException("a chart is written as .png, .svg or .pdf, not as " + name);
                }
            }
        }
    }

    /** Base name of the multi-panel overview. */
    public static final String OVERVIEW = "overview";
    /** Base-name prefix of the per-arm "where is the iron" charts. */
    public static final String WHERE_IS_THE_IRON = "where-is-the-iron-";

    private SlideCharts() {
    }

    /**
     * The charts of {@code result}, in the order above.
     *
     * The scenario's annotations are pinned to the charts: an annotation for one output goes on the
     * overview panel and the chart of that output; one for no particular output goes on every chart.
     *
     * @param style the slide's style ({@link SlidePreset#style()})
     */
    public static List<NamedChart> all(ScenarioResult result, ChartStyle style) {
        List<Annotation> notes = result.scenario().annotations();
        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart(OVERVIEW, () -> OverviewChart.create(result, style, notes)));
        for (Observable o : result.scenario().charts()) {
            charts.add(new NamedChart(o.shortName(), () -> OverviewChart.forOutput(result, o, style, notes)));
        }
        Set<String> taken = new HashSet<>();
        for (int arm = 0; arm < result.arms().size(); arm++) {
            String base = WHERE_IS_THE_IRON + slug(result.arms().get(arm).arm().name());
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            int index = arm;
            charts.add(new NamedChart(name, () -> StackedIronChart.create(result, index, style, notes)));
        }
        charts.addAll(PopulationCharts.all(result, style));
        if (PrevalenceChart.applies(result)) {
            charts.add(new NamedChart(PrevalenceChart.BASE_NAME, () -> PrevalenceChart.create(result, style)));
        }
        if (PenetranceChart.applies(result)) {
            charts.add(new NamedChart(PenetranceChart.BASE_NAME, () -> PenetranceChart.create(result, style)));
        }
        return charts;
    }


    /** Lower case, every run of characters other than ASCII letters and digits one hyphen, none at the ends. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "arm" : slug;
    }
}
