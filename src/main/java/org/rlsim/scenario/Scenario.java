package org.rlsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.population.Locus;
import org.rlsim.population.Population;

/**
 * A validated scenario: arms to compare (each with its patient), how long to simulate, what to chart,
 * and, for teaching, what it illustrates and what the model must show.
 * All times are in hours; parameter values are in each parameter's declared unit.
 *
 * @param name            short name used for the output folder (the file name without .yaml)
 * @param title           title for people and charts
 * @param lesson          hypothesis, sources and teaching note ({@link Lesson#NONE} when the file gives none)
 * @param parameters      parameter values for every arm, applied over each arm's patient's, by name
  * @param model           model variants for every arm, applied over each arm's patient's ({@code model:}; may choose nothing)
 * @param durationH       simulated time after day 0, h
 * @param durationWritten the duration as the file wrote it, e.g. {@code 26 weeks}, for people
 * @param outputIntervalH spacing of the output rows, h
 * @param arms            the arms, at least one, with distinct names
 * @param charts          observables to chart, in panel order
 * @param expectations    claims the simulated course must keep, in file order (may be empty)
 * @param annotations     notes to draw on the charts, in file order (may be empty)
 * @param slide           the slide shape the charts are made for
 * @param warnings        one line per thing that is allowed but unusual (e.g. a parameter outside its
 *                        usual range), for people; empty when nothing is unusual
 * @param population      virtual patients for every arm ({@code population:} and {@code include:}); empty: each arm
 *                        is its archetype alone
 * @param analyses        sweeps and sensitivity analyses to run besides the arms ({@link Analyses#NONE}: none)
 */
public record Scenario(String name, String title, Lesson lesson, Map<String, Double> parameters,
                       ModelVariants.Choice model, double durationH, String durationWritten, double outputIntervalH,
                       List<Arm> arms, List<Observable> charts, List<Expectation> expectations,
                       List<Annotation> annotations, SlideFormat slide, List<String> warnings,
                       Optional<Population> population, Analyses analyses) {
    public Scenario {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(durationWritten, "durationWritten");
        parameters = Map.copyOf(parameters);
        arms = List.copyOf(arms);
        charts = List.copyOf(charts);
        expectations = List.copyOf(expectations);
        annotations = List.copyOf(annotations);
        warnings = List.copyOf(warnings);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one arm");
        }
    }

    /** A scenario of archetypes only, without a population, sweeps or sensitivity analyses. */
    public Scenario(String name, String title, Lesson lesson, Map<String, Double> parameters,
                    ModelVariants.Choice model, double durationH, String durationWritten, double outputIntervalH,
                    List<Arm> arms, List<Observable> charts, List<Expectation> expectations,
                    List<Annotation> annotations, SlideFormat slide, List<String> warnings) {
        this(name, title, lesson, parameters, model, durationH, durationWritten, outputIntervalH, arms, charts, expectations,
                annotations, slide, warnings, Optional.empty(), Analyses.NONE);
    }

    /** This scenario with other arms (and everything else the same). */
    public Scenario withArms(List<Arm> newArms) {
        return new Scenario(name, title, lesson, parameters, model, durationH, durationWritten, outputIntervalH, newArms, charts,
                expectations, annotations, slide, warnings, population, analyses);
    }

    /** This scenario with other model variants for every arm (and everything else the same). */
    public Scenario withModel(ModelVariants.Choice newModel) {
        return new Scenario(name, title, lesson, parameters, newModel, durationH, durationWritten, outputIntervalH, arms, charts,
                expectations, annotations, slide, warnings, population, analyses);
    }

    /** A scenario without lesson, expectations, annotations or warnings, for 16:9 slides. */
    public Scenario(String name, String title, Map<String, Double> parameters, double durationH,
                    double outputIntervalH, List<Arm> arms, List<Observable> charts) {
        this(name, title, Lesson.NONE, parameters, ModelVariants.Choice.NONE, durationH, Quantity.describe(durationH),
                outputIntervalH, arms, charts, List.of(), List.of(), SlideFormat.WIDE, List.of());
    }

    /** The arms' patients, each once, in arm order. */
    public List<Patient> patients() {
        return arms.stream().map(Arm::patient).distinct().toList();
    }

    /** The loci whose risk alleles the virtual patients of some arm draw, in {@link Locus} order. */
    public List<Locus> drawnLoci() {
        return Arrays.stream(Locus.values()).filter(l -> arms.stream().anyMatch(a -> a.drawnLoci().contains(l))).toList();
    }
}
