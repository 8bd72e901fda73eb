package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rlsim.chart.ChartExporter;
import org.rlsim.chart.SlidePreset;
import org.rlsim.scenario.Quantity;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help texts read well at picocli's 80 columns (no sentence cut by a hand-made line break), and
 * the help, the README and the behaviour agree on what they both state.
 */
class HelpTextTest {
    private static final int WIDTH = 80;
    private final CommandLine rlsim = Main.commandLine(new Main(), new String[0]);

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private List<CommandSpec> everyCommand() {
        List<CommandSpec> specs = new ArrayList<>(List.of(rlsim.getCommandSpec()));
        rlsim.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
        return specs;
    }

    /**
     * A description line is either a whole paragraph, which picocli wraps at the width, or a table row
     * (it starts with spaces), which must fit the width so that picocli never wraps it. A paragraph that
     * does not end a sentence was broken by hand and would be cut mid-sentence.
     */
    @Test
    void everyParagraphEndsASentenceAndEveryTableRowFits() {
        for (CommandSpec spec : everyCommand()) {
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            lines.addAll(List.of(spec.usageMessage().footer()));
            for (String line : lines) {
                String text = line.replace("%n", "");
                if (text.isBlank()) {
                    continue;
                }
                if (text.startsWith(" ")) {
                    assertTrue(text.length() <= WIDTH, spec.qualifiedName() + ": a table row wider than " + WIDTH + ": " + text);
                } else {
                    assertTrue(text.matches("(?s).*[.:)]$"), spec.qualifiedName() + ": a paragraph that stops mid-sentence: " + text);
                }
            }
        }
    }

    /**
     * Picocli may break a line after a dot, which would split a name or a number ({@code bbb.} /
     * {@code capacity=1}, {@code 7.} / {@code 5 in}): every such token of the help texts is rendered whole.
     */
    @Test
    void noRenderedLineSplitsAWordAtADot() {
        List<CommandLine> commands = new ArrayList<>(List.of(rlsim));
        commands.addAll(rlsim.getSubcommands().values());
        Pattern dotted = Pattern.compile("[\\w/<>-]*\\w\\.\\w[\\w/<>.=-]*");
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String rendered = command.getUsageMessage(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            spec.options().forEach(o -> texts.addAll(List.of(o.description())));
            spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
            for (String text : texts) {
                Matcher m = dotted.matcher(text);
                while (m.find()) {
                    assertTrue(rendered.contains(m.group()), spec.qualifiedName() + ": '" + m.group()
                            + "' is split across lines in:\n" + rendered);
                }
            }
        }
    }

    /** {@code rlsim --help} lists each command by its header, which must fit on that line whole. */
    @Test
    void everyCommandHasAOneLineSummaryThatFits() {
        for (CommandLine command : rlsim.getSubcommands().values()) {
            String[] header = command.getCommandSpec().usageMessage().header();
            String name = command.getCommandName();
            assertEquals(1, header.length, name + ": one header line");
            assertTrue(header[0].endsWith("."), name + ": " + header[0]);
            assertTrue(header[0].length() + "  calibration  ".length() <= WIDTH, name + ": the summary is wrapped: " + header[0]);
        }
    }

    @Test
    void theReadmeListsEveryCommandAndEveryOptionOfRun() throws IOException {
        String readme = readme();
        Matcher block = Pattern.compile("## Commands\\s+```\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README has a Commands block");
        String commands = block.group(1);
        for (String name : rlsim.getSubcommands().keySet()) {
            assertTrue(commands.contains("rlsim " + name), "the README's Commands block lacks rlsim " + name);
        }
        String runLine = commands.lines().filter(l -> l.startsWith("rlsim run ")).findFirst().orElseThrow();
        for (OptionSpec option : rlsim.getSubcommands().get("run").getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp() || option.longestName().equals("--stacktrace")) {
                continue;
            }
            assertTrue(runLine.contains(option.longestName()), "the README's rlsim run line lacks " + option.longestName());
        }
    }

    /** The chart sizes: computed from the presets, the same in {@code rlsim run --help} and in the README. */
    @Test
    void helpAndReadmeGiveTheChartSizesTheChartsHave() throws IOException {
        String help = rlsim.getSubcommands().get("run").getUsageMessage(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        String readme = readme().replaceAll("\\s+", " ");
        for (SlidePreset preset : SlidePreset.values()) {
            int width = preset.widthPx() * ChartExporter.PNG_SCALE;
            int height = preset.heightPx() * ChartExporter.PNG_SCALE;
            String inches = Quantity.format(Math.round(preset.widthPx() * SlidePreset.PDF_POINTS_PER_PX / 72 * 100) / 100.0)
                    + "x" + Quantity.format(preset.heightPx() * SlidePreset.PDF_POINTS_PER_PX / 72);
            String flat = help.replaceAll("\\s+", " ");
            assertTrue(flat.contains(preset.label() + " (PNG " + width + "x" + height + ", PDF " + inches + " in)"),
                    "rlsim run --help gives the " + preset.label() + " sizes: " + flat);
            assertTrue(readme.contains(preset.label() + "`" + (preset == SlidePreset.WIDE ? " (default; " : " (")
                    + "PNG " + width + "×" + height + ", PDF " + inches.replace('x', '×') + " in"),
                    "the README gives the " + preset.label() + " sizes PNG " + width + "×" + height);
        }
    }

    /** The exit codes: the same numbers in {@code rlsim --help}, in {@link ExitCode} and in the README. */
    @Test
    void helpAndReadmeListTheSameExitCodes() throws IOException {
        Map<String, String> inHelp = rlsim.getCommandSpec().usageMessage().exitCodeList();
        TreeSet<Integer> help = new TreeSet<>(inHelp.keySet().stream().map(String::trim).map(Integer::valueOf).toList());
        TreeSet<Integer> declared = new TreeSet<>();
        for (var field : ExitCode.class.getDeclaredFields()) {
            if (field.getType() == int.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    field.setAccessible(true);
                    declared.add(field.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertEquals(declared, help, "rlsim --help lists every exit code");
        Matcher sentence = Pattern.compile("Exit codes \\(also in `rlsim --help`\\):(.*?)\\. Every error", Pattern.DOTALL)
                .matcher(readme());
        assertTrue(sentence.find(), "the README's exit-code sentence");
        TreeSet<Integer> readme = new TreeSet<>();
        Matcher code = Pattern.compile("(?:^\\s*|, )(\\d+) [a-z]").matcher(sentence.group(1).replaceAll("\\s+", " "));
        while (code.find()) {
            readme.add(Integer.valueOf(code.group(1)));
        }
        assertEquals(help, readme, "the README lists the exit codes of rlsim --help");
    }

    /** The default output folder named in the help is the one the README's first example writes into. */
    @Test
    void theDefaultOutputFolderAgrees() throws IOException {
        OptionSpec out = rlsim.getSubcommands().get("run").getCommandSpec().findOption("--out");
        assertTrue(readme().contains("writes into `" + out.defaultValue() + "/oral-vs-iv/`"),
                "README: It writes into `" + out.defaultValue() + "/oral-vs-iv/`");
    }
}
