package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.Patient;
import org.rlsim.model.TimeUnits;
import org.rlsim.scenario.Annotation;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Lesson;
import org.rlsim.scenario.Quantity;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim describe}: a scenario's teaching note, arms and expectations, for a teacher preparing a class. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        header = "Print what a scenario teaches, without running it.",
        description = {"Prints its title, hypothesis, sources, the question"
                + " to predict and what to observe, the patient(s), each arm's treatment in words, the expectations"
                + " the run is checked against, and the charts."},
        footer = {"%nExamples:", "  rlsim describe oral-vs-iv", "  rlsim describe my-scenarios/test.yaml",
            "  rlsim describe test --in my-scenarios"})
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A lesson's name (as rlsim list shows it, with or without .yaml)"
            + " or the path of a scenario file.")
    String name;

    @Option(names = "--in", paramLabel = "DIR",
            description = "Folder in which to look up NAME (default: the bundled lessons).")
    Path folder;

    @Override
    public Integer call() throws UserError {
        Path file = find();
        Scenario s = ScenarioFiles.load(new ScenarioLoader(), file);
        PrintWriter out = TerminalWriter.around(spec.commandLine().getOut());
        out.println(s.name() + ": " + s.title());
        out.println("Teaching model, not for clinical decisions.");
        Lesson lesson = s.lesson();
        section(out, "Hypothesis", lesson.hypothesis().isEmpty() ? "" : LessonText.wrap(lesson.hypothesis(), "  "));
        section(out, "Sources", String.join("\n", lesson.sources().stream().map(c -> "  - " + c).toList()));
        section(out, "Predict (ask before running)", lesson.predict().isEmpty() ? "" : LessonText.wrap(lesson.predict(), "  "));
        section(out, "Observe (after running)", lesson.observe().isEmpty() ? "" : LessonText.wrap(lesson.observe(), "  "));
        List<Patient> patients = s.patients();
        section(out, patients.size() == 1 ? "Patient" : "Patients", String.join("\n", patients.stream()
                .map(p -> "  " + p.id() + ": " + p.title()).toList()));
        section(out, "Simulated", "  " + s.durationWritten() + ", a row every "
                + Quantity.describe(s.outputIntervalH()));
        StringBuilder arms = new StringBuilder();
        for (Arm arm : s.arms()) {
            arms.append("  ").append(arm.name()).append(patients.size() == 1 ? "" : " (patient " + arm.patient().id() + ")")
                    .append(":\n");
            if (arm.regimen().items().isEmpty()) {
                arms.append("    no treatment\n");
            }
            for (RegimenItem item : arm.regimen().items()) {
                arms.append("    - ").append(LessonText.item(item)).append('\n');
            }
            arm.parameters().forEach((k, v) -> arms.append("    parameter ").append(k).append(" = ")
                    .append(Quantity.format(v)).append('\n'));
        }
        section(out, "Arms", arms.toString().stripTrailing());
        section(out, "Expectations (rlsim run reports each as met or NOT met)", String.join("\n",
                s.expectations().stream().map(e -> "  - " + e.subject().sentence()).toList()));
        section(out, "Charts", String.join("\n", s.charts().stream().map(o -> "  " + o.shortName()
                + ": " + o.label() + " (" + o.unit() + ")").toList()));
        section(out, "Annotations", String.join("\n", s.annotations().stream().map(DescribeCommand::annotation).toList()));
        out.println();
        out.println("Slides: " + s.slide().key() + ". Run it: rlsim run "
                + (BundledLessons.isBundled(file) ? s.name() : file.toString()));
        out.flush();
        return ExitCode.OK;
    }

    private static String annotation(Annotation a) {
        return "  day " + Quantity.format(Math.round(a.atH() / TimeUnits.DAY_H * 10) / 10.0) + ": " + a.text()
                + a.chart().map(o -> " (on " + o.shortName() + ")").orElse("");
    }

    /** A section: heading and body; left out when the body is empty. */
    private static void section(PrintWriter out, String heading, String body) {
        if (!body.isBlank()) {
            out.println();
            out.println(heading);
            out.println(body);
        }
    }

    private Path find() throws UserError {
        return ScenarioFiles.find(name, folder);
    }
}
