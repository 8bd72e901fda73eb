package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/**
 * Every chart of every bundled lesson, laid out on both slide shapes, as a teacher would put it on a
 * slide: no label of a reference line or annotation over data, no tick labels that touch (within a
 * panel or across neighbouring panels), title and footer on one line each, and the panels keeping most
 * of the slide's height.
 * In the {@code slow} profile (mvn test -Pslow, run by CI): it draws every chart of every lesson on both slides, about a minute.
 */
@Tag("slow")
class LessonChartLayoutTest {
    /** Least share of the slide's height that the panels (dose strip included) keep for data. */
    static final double MIN_DATA_SHARE = 0.55;

    static Stream<Path> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyChartOfTheLessonKeepsItsTextOffTheDataOnBothSlides(Path file) throws Exception {
        ScenarioResult lesson = new ScenarioRunner().run(new ScenarioLoader().load(file), Map.of());
        // As a what-if run, whose footer is the longest.
        ScenarioResult result = lesson.withWhatIf(List.of("bbb.capacity=1"));
        List<String> problems = new ArrayList<>();
        for (SlidePreset slide : SlidePreset.values()) {
            for (SlideCharts.NamedChart named : SlideCharts.all(result, slide.style())) {
                check(named.baseName() + " " + slide.label(), named.build(), slide, problems);
            }
        }
        assertTrue(problems.isEmpty(), file + ":\n" + String.join("\n", problems));
    }

    private static void check(String where, JFreeChart chart, SlidePreset slide, List<String> problems) {
        BufferedImage image = new BufferedImage(slide.widthPx(), slide.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, slide.widthPx(), slide.heightPx()), info);
        // A bar chart (the prevalence chart) has no panels: only its titles are checked.
        List<XYPlot> panels = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots() : List.of();
        double dataHeight = 0;
        List<Rectangle2D> previousTicks = List.of();
        for (int p = 0; p < panels.size(); p++) {
            XYPlot panel = panels.get(p);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(p).getDataArea();
            dataHeight += area.getHeight();
            for (Object a : panel.getAnnotations()) {
                if (a instanceof FreeSpotLabel label) {
                    if (label.isDrawn() && !label.isFree()) {
                        problems.add(where + ": '" + label.text() + "' crosses data at " + label.placed());
                    }
                    if (label.isRequired() && !label.isDrawn()) {
                        problems.add(where + ": '" + label.text() + "' is not drawn");
                    }
                }
            }
            List<Rectangle2D> ticks = tickLabelBoxes(panel, area, g2);
            for (int i = 0; i + 1 < ticks.size(); i++) {
                if (ticks.get(i).intersects(ticks.get(i + 1))) {
                    problems.add(where + ": tick labels touch in panel " + p);
                }
            }
            for (Rectangle2D above : previousTicks) {
                for (Rectangle2D below : ticks) {
                    if (above.intersects(below)) {
                        problems.add(where + ": tick labels of panels " + (p - 1) + " and " + p + " touch");
                    }
                }
            }
            previousTicks = ticks;
        }
        if (!panels.isEmpty() && dataHeight < MIN_DATA_SHARE * slide.heightPx()) {
            problems.add(where + ": the panels keep only " + Math.round(100 * dataHeight / slide.heightPx())
                    + " % of the slide's height");
        }
        List<Title> titles = new ArrayList<>(List.of(chart.getTitle()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            titles.add(chart.getSubtitle(i));
        }
        for (Title t : titles) {
            if (t instanceof OneLineTitle line) {
                double width = line.getFont().getStringBounds(line.getText(), g2.getFontRenderContext()).getWidth();
                if (width > slide.widthPx() - 40) {
                    problems.add(where + ": '" + line.getText() + "' does not fit on one line");
                }
            }
        }
        g2.dispose();
    }

    /** The boxes of a panel's left tick labels, as drawn: centred on their values, one line of tick text high. */
    private static List<Rectangle2D> tickLabelBoxes(XYPlot panel, Rectangle2D area, Graphics2D g2) {
        ValueAxis axis = panel.getRangeAxis();
        List<Rectangle2D> boxes = new ArrayList<>();
        if (!axis.isTickLabelsVisible()) {
            return boxes;
        }
        Font font = axis.getTickLabelFont();
        // Digits are about 0.73 of the font size tall: the box of the ink, not of the line.
        double inkHeight = 0.73 * font.getSize2D();
        for (Object t : axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT)) {
            NumberTick tick = (NumberTick) t;
            if (tick.getText() == null || tick.getText().isEmpty() || !axis.getRange().contains(tick.getValue())) {
                continue;
            }
            double y = axis.valueToJava2D(tick.getValue(), area, panel.getRangeAxisEdge());
            double width = font.getStringBounds(tick.getText(), g2.getFontRenderContext()).getWidth();
            boxes.add(new Rectangle2D.Double(area.getMinX() - width - 4, y - inkHeight / 2, width, inkHeight));
        }
        boxes.sort((a, b) -> Double.compare(a.getMinY(), b.getMinY()));
        return boxes;
    }
}
