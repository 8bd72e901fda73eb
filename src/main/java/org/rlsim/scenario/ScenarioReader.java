package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.DopamineHypothesis;
import org.rlsim.model.Genotype;
import org.rlsim.model.HypoxiaHypothesis;
import org.rlsim.model.Inflammation;
import org.rlsim.model.ModelVariant;
import org.rlsim.model.Blood;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.model.Parameter;
import org.rlsim.model.Patient;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Inclusion;
import org.rlsim.population.Locus;
import org.rlsim.population.Population;

/**
 * Turns the YAML tree of one scenario file into a validated {@link Scenario}. The file format is
 * described in {@link ScenarioLoader} and {@code docs/scenario-format.md}. One reader per file.
 */
final class ScenarioReader {
    /** Longest simulation accepted, h (100 Julian years). */
    static final double MAX_DURATION_H = 100 * TimeUnits.YEAR_H;
    /** Shortest output interval accepted, h (1 min). */
    static final double MIN_OUTPUT_INTERVAL_H = 1.0 / 60;
    /** Most output rows per arm: about 300 MB of CSV, more than any chart can show. */
    static final double MAX_ROWS = 2_000_000;
    /** Most arms in one scenario: beyond this no chart tells them apart (seven colours, a dash pattern each). */
    static final int MAX_ARMS = 20;
    /** Most dose events in one arm (every course together): about a minute of simulation, 27 years of hourly doses × 4. */
    static final int MAX_DOSES_PER_ARM = 1_000_000;
    /** Output interval when none is given, h (the duration itself if that is shorter). */
    static final double DEFAULT_OUTPUT_INTERVAL_H = 1;
    /** Charts when none are given, in panel order. */
    static final List<Observable> DEFAULT_CHARTS = List.of(Observable.SERUM_FERRITIN, Observable.BRAIN_IRON,
            Observable.SYMPTOM_SCORE, Observable.HB, Observable.TSAT, Observable.HEPCIDIN);

    private static final List<String> SCENARIO_KEYS = List.of("title", "hypothesis", "sources", "teaching_note", "patient",
            "parameters", "genotype", "model", "duration", "output_interval", "charts", "arms", "expect", "annotations", "slide",
            "population", "include", "sweep", "sensitivity");
    private static final List<String> POPULATION_KEYS = List.of("size", "seed", "readouts");
    private static final List<String> SWEEP_KEYS = List.of("vary", "steps", "log", "metrics");
    private static final List<String> SENSITIVITY_KEYS = List.of("metrics", "parameters", "global", "samples");
    /** Base points of a Sobol design when a scenario file gives none: a power of two, which balances the sequence. */
    static final int DEFAULT_SAMPLES = 256;
    /** Most base points of a Sobol design in a scenario file (each is k + 2 runs). */
    static final int MAX_SAMPLES = 8192;
    private static final List<String> ARM_KEYS = List.of("name", "patient", "parameters", "genotype", "model", "regimen",
            "published");
    /** The value of a locus under {@code genotype:} whose risk alleles each virtual patient draws. */
    private static final String DRAWN = "drawn";
    /** A percentage as written under {@code published:}, e.g. {@code 24 %} or {@code 2.7%}. */
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final List<String> NOTE_KEYS = List.of("predict", "observe");
    private static final List<String> ANNOTATION_KEYS = List.of("at", "text", "chart");
    private static final List<String> MODEL_KEYS = List.of(ModelVariants.BBB_KEY, ModelVariants.DOPAMINE_KEY,
            ModelVariants.INFLAMMATION_KEY, ModelVariants.HYPOXIA_KEY);

    private final List<String> warnings = new ArrayList<>();

    /**
     * @param root the file's top-level mapping
     * @param name the scenario's short name (for output folders)
     */
    Scenario read(Node.Mapping root, String name) throws ScenarioException {
        Fields top = Fields.of(root, "the scenario", SCENARIO_KEYS);
        String title = Fields.prose(top.require("title", "add e.g. 'title: Oral versus IV iron'"),
                "write e.g. 'title: Oral versus IV iron'", TextLimits.TITLE);
        Lesson lesson = lesson(top);
        Node.Entry patientEntry = top.get("patient");
        Patient patient = patientEntry == null ? null : patient(patientEntry);
        Node.Entry parametersEntry = top.get("parameters");
        boolean hasPopulation = top.get("population") != null;
        GenotypeEntry genotype = genotype(top.get("genotype"),
                parametersEntry == null ? Map.of() : parameters(parametersEntry), hasPopulation);
        Map<String, Double> parameters = genotype.parameters();
        ModelVariants.Choice model = model(top.get("model"));
        Node.Entry durationEntry = top.require("duration", "add e.g. 'duration: 26 weeks'");
        double durationH = Fields.positive(durationEntry, Quantity.Dimension.DURATION, MAX_DURATION_H,
                "simulate 100 years at most");
        double outputIntervalH = outputInterval(top.get("output_interval"), durationH);
        Node.Entry chartsEntry = top.get("charts");
        List<Observable> charts = chartsEntry == null ? DEFAULT_CHARTS : charts(chartsEntry);
        List<Arm> arms = arms(top.require("arms", "add 'arms:' with at least one '- name: ...' below it"), durationH, patient,
                parameters, genotype.drawn(), hasPopulation);
        List<String> armNames = arms.stream().map(Arm::name).toList();
        Optional<Population> population = population(top.get("population"), top.get("include"),
                new ExpectationReader(armNames, durationH, false));
        ExpectationReader metrics = new ExpectationReader(arms, durationH, population.isPresent(), Analyses.NONE);
        Analyses analyses = new Analyses(sweeps(top.get("sweep"), arms, metrics), sensitivity(top.get("sensitivity"), metrics));
        ExpectationReader expectations = new ExpectationReader(arms, durationH, population.isPresent(), analyses);
        Node.Entry expectEntry = top.get("expect");
        Node.Entry annotationsEntry = top.get("annotations");
        Node.Entry slideEntry = top.get("slide");
        if (population.isEmpty()) {
            for (Arm arm : arms) {
                if (arm.regimen().items().stream().anyMatch(item -> item instanceof RegimenItem.Placebo)) {
                    warnings.add("arm '" + arm.name() + "': a placebo changes nothing in one archetype's course; the placebo"
                            + " response shows in virtual patients (add e.g. 'population: {size: 200, seed: 1}')");
                }
                if (arm.hasPublished()) {
                    warnings.add("arm '" + arm.name() + "': 'published' is charted beside the share of virtual patients with"
                            + " symptoms, and the scenario has none (add e.g. 'population: {size: 400, seed: 1}')");
                }
            }
        }
        return new Scenario(name, title, lesson, parameters, model, durationH, Fields.written(durationEntry),
                outputIntervalH, arms, charts,
                expectEntry == null ? List.of() : expectations.read(expectEntry),
                annotationsEntry == null ? List.of() : annotations(annotationsEntry, expectations, charts),
                slideEntry == null ? SlideFormat.WIDE : slide(slideEntry), warnings, population, analyses);
    }

    /** {@code sweep:}, one sweep (a mapping) or several (a list of them); absent: none. */
    private static List<Analyses.SweepPlan> sweeps(Node.Entry entry, List<Arm> arms, ExpectationReader metrics)
            throws ScenarioException {
        if (entry == null) {
            return List.of();
        }
        String fix = "write 'vary:' and 'metrics:' on indented lines below 'sweep:' (see docs/scenario-format.md)";
        List<Node> items = entry.value() instanceof Node.Sequence list ? list.items() : List.of(entry.value());
        List<Analyses.SweepPlan> sweeps = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Node.Mapping mapping)) {
                throw item.at().error("this sweep is " + item.kind() + ", not 'key: value' lines", fix);
            }
            Fields sweep = Fields.of(mapping, "the sweep", SWEEP_KEYS);
            Node.Entry stepsEntry = sweep.get("steps");
            int steps = stepsEntry == null ? VariationReader.DEFAULT_STEPS : Fields.wholeNumber(stepsEntry, 2, VariationReader.MAX_STEPS);
            Node.Entry logEntry = sweep.get("log");
            boolean log = flag(logEntry);
            Node.Entry varyEntry = sweep.require("vary", "add e.g. 'vary: arm \"" + arms.get(0).name() + "\" dose = 250 mg..2000 mg'");
            List<Node> vary = varyEntry.value() instanceof Node.Sequence list ? list.items() : List.of(varyEntry.value());
            if (vary.isEmpty() || vary.size() > 2) {
                throw varyEntry.keyAt().error("a sweep varies one or two things, not " + vary.size(),
                        "give one line (a line chart) or two (a heat map) under 'vary:'");
            }
            VariationReader reader = new VariationReader(arms, "'log: true'");
            List<Axis> axes = new ArrayList<>();
            for (Node v : vary) {
                String text = Fields.text(v, "what the sweep varies", v.at(), "write e.g. bbb.capacity = 0.3..2");
                try {
                    Axis axis = reader.axis(text, steps, log);
                    if (!axes.isEmpty() && axes.get(0).variation().name().equals(axis.variation().name())) {
                        throw v.at().error(axis.variation().name() + " is varied twice", "vary two different things");
                    }
                    axes.add(axis);
                } catch (IllegalArgumentException e) {
                    throw v.at().error(e);
                }
            }
            if (log) {
                try {
                    reader.requireLogScale(axes);
                } catch (IllegalArgumentException e) {
                    throw logEntry.keyAt().error(e);
                }
            }
            sweeps.add(new Analyses.SweepPlan(axes, metricList(sweep.require("metrics",
                    "add 'metrics:' with one metric per line, e.g. - brain iron in \"" + arms.get(0).name() + "\" at week 12"), metrics)));
        }
        return sweeps;
    }

    /** {@code sensitivity:}: a tornado (or Sobol indices with {@code global: true}) of its metrics; absent: none. */
    private static Optional<Analyses.SensitivityPlan> sensitivity(Node.Entry entry, ExpectationReader metrics) throws ScenarioException {
        if (entry == null) {
            return Optional.empty();
        }
        Fields plan = Fields.of(Fields.mapping(entry, "write 'metrics:' (and optionally 'parameters:', 'global:', 'samples:')"
                + " on indented lines below 'sensitivity:'"), "the sensitivity analysis", SENSITIVITY_KEYS);
        List<Metric> list = metricList(plan.require("metrics", "add 'metrics:' with one metric per line"), metrics);
        List<Parameter> parameters = new ArrayList<>();
        Node.Entry parametersEntry = plan.get("parameters");
        if (parametersEntry == null) {
            parameters.addAll(org.rlsim.model.UsualRanges.parameters());
        } else {
            for (Node item : Fields.list(parametersEntry, "write e.g. 'parameters: [bbb.capacity, gut.diet_iron_mg_per_d]'").items()) {
                String name = Fields.text(item, "each parameter", item.at(), "write a parameter name, as rlsim params lists them");
                Parameter p;
                try {
                    p = ParameterAssignment.parameter(name);
                } catch (IllegalArgumentException e) {
                    throw item.at().error(e);
                }
                if (!p.hasUsualRange()) {
                    throw item.at().error(name + " has no usual range to vary it over", "choose a parameter with one (rlsim params"
                            + " shows 'usual'), e.g. " + String.join(", ", org.rlsim.model.UsualRanges.parameters().stream()
                            .limit(3).map(Parameter::name).toList()));
                }
                if (parameters.contains(p)) {
                    throw item.at().error(name + " is listed twice", "list each parameter once");
                }
                parameters.add(p);
            }
        }
        Node.Entry samplesEntry = plan.get("samples");
        int samples = samplesEntry == null ? DEFAULT_SAMPLES : Fields.wholeNumber(samplesEntry, 2, MAX_SAMPLES);
        return Optional.of(new Analyses.SensitivityPlan(list, parameters, flag(plan.get("global")), samples));
    }

    private static List<Metric> metricList(Node.Entry entry, ExpectationReader metrics) throws ScenarioException {
        List<Metric> list = new ArrayList<>();
        for (Node item : Fields.list(entry, "write one metric per line, each starting with '- '").items()) {
            Fields.text(item, "each metric", item.at(), "write it as e.g. - brain iron in \"IV\" at week 12");
            list.add(metrics.metric((Node.Scalar) item));
        }
        if (list.isEmpty()) {
            throw entry.keyAt().error("'metrics' is an empty list", "give at least one metric");
        }
        return list;
    }

    /** {@code true} or {@code false}; absent: false. */
    private static boolean flag(Node.Entry entry) throws ScenarioException {
        if (entry == null) {
            return false;
        }
        String text = Fields.text(entry, "write true or false");
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw entry.value().at().error("'" + entry.key() + "' is '" + text + "', not true or false", "write true or false");
        };
    }

    /**
     * {@code population: {size: 400, seed: 7, readouts: [week 6, week 26]}} and the {@code include:} list of
     * criteria ({@code - ferritin below 75 ng/mL}); empty when the file has no {@code population:}.
     */
    private static Optional<Population> population(Node.Entry entry, Node.Entry includeEntry, ExpectationReader reader)
            throws ScenarioException {
        if (entry == null) {
            if (includeEntry != null) {
                throw includeEntry.keyAt().error("'include:' screens virtual patients, but the scenario has no 'population:'",
                        "add e.g. 'population: {size: 400, seed: 7}', or remove 'include:'");
            }
            return Optional.empty();
        }
        String fix = "write e.g. 'population: {size: 400, seed: 7}' (patients per arm, and the seed that fixes who they are)";
        Fields population = Fields.of(Fields.mapping(entry, fix), "'population'", POPULATION_KEYS);
        int size = Fields.wholeNumber(population.require("size", "add e.g. 'size: 400' (patients per arm)"), 1, Population.MAX_SIZE);
        int seed = Fields.wholeNumber(population.require("seed",
                "add e.g. 'seed: 7' (the same seed gives the same patients; another seed, other patients)"), 0, 999_999_999);
        List<Double> readoutsH = new ArrayList<>();
        Node.Entry readoutsEntry = population.get("readouts");
        if (readoutsEntry != null) {
            for (Node item : Fields.list(readoutsEntry, "write e.g. 'readouts: [week 6, week 26]'").items()) {
                try {
                    readoutsH.add(reader.time("readout", Fields.text(item, "each readout", item.at(), "write a time such as 'week 6'")));
                } catch (IllegalArgumentException e) {
                    throw item.at().error(e);
                }
            }
        }
        List<Inclusion> include = new ArrayList<>();
        if (includeEntry != null) {
            String includeFix = "write one criterion per line, e.g. - ferritin below 75 ng/mL";
            for (Node item : Fields.list(includeEntry, includeFix).items()) {
                Fields.text(item, "each criterion", item.at(), includeFix);
                include.add(reader.inclusion((Node.Scalar) item));
            }
        }
        return Optional.of(new Population(size, seed, include, readoutsH));
    }

    private static Patient patient(Node.Entry entry) throws ScenarioException {
        String id = Fields.text(entry, "write e.g. 'patient: rls-iron-deficient' (" + patientList() + ")");
        return Patient.find(id).orElseThrow(() -> entry.value().at().error("unknown patient '" + id + "'",
                DidYouMean.advice(id, Patient.all().stream().map(Patient::id).toList(), patientList())));
    }

    private static String patientList() {
        return "choose one of: " + String.join(", ", Patient.all().stream().map(Patient::id).toList());
    }

    /** {@code name: value} lines; values in each parameter's unit, checked against its allowed range. */
    private Map<String, Double> parameters(Node.Entry entry) throws ScenarioException {
        Node.Mapping mapping = Fields.mapping(entry, "write one 'name: value' line per parameter, indented below 'parameters:'");
        Map<String, Double> values = new LinkedHashMap<>();
        for (Node.Entry e : mapping.entries()) {
            Parameter parameter;
            try {
                parameter = ParameterAssignment.parameter(e.key());
            } catch (IllegalArgumentException ex) {
                throw e.keyAt().error(ex);
            }
            String text = Fields.text(e, "write a number, optionally followed by " + parameter.unit());
            try {
                double value = ParameterAssignment.value(parameter, text);
                values.put(e.key(), value);
                ParameterAssignment.unusual(parameter, value).ifPresent(w -> warnings.add(e.value().at().warning(w)));
            } catch (IllegalArgumentException ex) {
                throw e.value().at().error(ex);
            }
        }
        return values;
    }

    /** {@code published: 24 %}: a published prevalence to chart beside the arm's virtual patients; NaN when absent. */
    private static double published(Node.Entry entry) throws ScenarioException {
        if (entry == null) {
            return Double.NaN;
        }
        String fix = "write the published share of people with symptoms in %, e.g. 'published: 24 %'";
        String text = Fields.text(entry, fix);
        Matcher m = PERCENT.matcher(text);
        if (!m.matches() || Double.parseDouble(m.group(1)) > 100) {
            throw entry.value().at().error("published '" + text + "' is not a percentage from 0 % to 100 %", fix);
        }
        return Double.parseDouble(m.group(1));
    }

    /**
     * What {@code genotype:} gives: the counts it fixes, added to the {@code parameters:} beside it, and the loci whose
     * risk alleles virtual patients draw.
     */
    private record GenotypeEntry(Map<String, Double> parameters, List<Locus> drawn, List<Locus> fixed) {
    }

    /**
     * {@code genotype:} — {@code btbd9} and {@code meis1}, each optional, each a count of risk alleles (0, 1 or 2),
     * added to the parameters as {@code genotype.btbd9_risk_alleles} and {@code genotype.meis1_risk_alleles}, or
     * {@code drawn}: each virtual patient draws its own ({@link Locus}); {@code genotype: drawn} draws both.
     *
     * @param parameters    the {@code parameters:} given beside it, which must not set the same count
     * @param hasPopulation whether the scenario has virtual patients (a drawn genotype needs them)
     */
    private static GenotypeEntry genotype(Node.Entry entry, Map<String, Double> parameters, boolean hasPopulation)
            throws ScenarioException {
        if (entry == null) {
            return new GenotypeEntry(parameters, List.of(), List.of());
        }
        String fix = "write e.g. 'genotype: {btbd9: 1, meis1: 2}' (risk alleles, 0, 1 or 2) or, with 'population:',"
                + " 'genotype: {meis1: drawn}' or 'genotype: drawn'";
        String needsPopulation = "add e.g. 'population: {size: 400, seed: 1}' at the top level, or give the number of risk"
                + " alleles (0, 1 or 2)";
        if (entry.value() instanceof Node.Scalar scalar && scalar.text().trim().equals(DRAWN)) {
            if (!hasPopulation) {
                throw entry.value().at().error("genotype 'drawn' draws risk alleles for virtual patients, and the scenario"
                        + " has no 'population:'", needsPopulation);
            }
            return new GenotypeEntry(parameters, List.of(Locus.values()), List.of());
        }
        List<String> keys = Arrays.stream(Locus.values()).map(Locus::key).toList();
        Fields genotype = Fields.of(Fields.mapping(entry, fix), "'genotype'", keys);
        Map<String, Double> result = new LinkedHashMap<>(parameters);
        List<Locus> drawn = new ArrayList<>();
        List<Locus> fixed = new ArrayList<>();
        for (Locus locus : Locus.values()) {
            Node.Entry given = genotype.get(locus.key());
            if (given == null) {
                continue;
            }
            String name = locus.riskAlleles().name();
            if (parameters.containsKey(name)) {
                throw given.keyAt().error("the " + locus.key() + " risk alleles are also set under 'parameters' (" + name + ")",
                        "keep only one of them");
            }
            if (given.value() instanceof Node.Scalar scalar && scalar.text().trim().equals(DRAWN)) {
                if (!hasPopulation) {
                    throw given.value().at().error(locus.key() + " 'drawn' draws risk alleles for virtual patients, and the"
                            + " scenario has no 'population:'", needsPopulation);
                }
                drawn.add(locus);
            } else {
                String text = Fields.text(given, fix);
                if (Character.isLetter(text.charAt(0))) {
                    throw given.value().at().error(locus.key() + " '" + text + "' is neither a number of risk alleles nor"
                            + " 'drawn'", "write 0, 1 or 2, or 'drawn' (each virtual patient draws its own)");
                }
                result.put(name, (double) Fields.wholeNumber(given, 0, 2));
                fixed.add(locus);
            }
        }
        return new GenotypeEntry(result, drawn, fixed);
    }

    /**
     * {@code model:} — {@code bbb}, {@code dopamine}, {@code inflammation} and {@code hypoxia}, each optional, each a
     * variant id; absent: nothing chosen.
     */
    private static ModelVariants.Choice model(Node.Entry entry) throws ScenarioException {
        if (entry == null) {
            return ModelVariants.Choice.NONE;
        }
        String fix = "write e.g. 'model: {bbb: reduced-capacity, dopamine: th-circadian, inflammation: chronic}'";
        Fields model = Fields.of(Fields.mapping(entry, fix), "'model'", MODEL_KEYS);
        return new ModelVariants.Choice(variant(model.get(ModelVariants.BBB_KEY), BbbHypothesis.class),
                variant(model.get(ModelVariants.DOPAMINE_KEY), DopamineHypothesis.class),
                variant(model.get(ModelVariants.INFLAMMATION_KEY), Inflammation.class),
                variant(model.get(ModelVariants.HYPOXIA_KEY), HypoxiaHypothesis.class));
    }

    /** The variant an entry names, or null if the entry is absent. */
    private static <V extends Enum<V> & ModelVariant> V variant(Node.Entry entry, Class<V> type) throws ScenarioException {
        if (entry == null) {
            return null;
        }
        List<String> ids = ModelVariant.ids(type);
        String listing = "choose one of: " + String.join(", ", ids);
        String id = Fields.text(entry, "write e.g. '" + entry.key() + ": " + ids.get(ids.size() - 1) + "' (" + listing + ")");
        return ModelVariant.find(type, id).orElseThrow(() -> entry.value().at().error(
                "unknown " + entry.key() + " variant '" + id + "'", DidYouMean.advice(id, ids, listing)));
    }

    private static double outputInterval(Node.Entry entry, double durationH) throws ScenarioException {
        if (entry == null) {
            return Math.min(DEFAULT_OUTPUT_INTERVAL_H, durationH);
        }
        double h = Fields.positive(entry, Quantity.Dimension.DURATION, durationH,
                "make it no longer than the duration");
        String text = Fields.written(entry);
        if (h < MIN_OUTPUT_INTERVAL_H) {
            throw entry.value().at().error("output_interval '" + text + "' is shorter than 1 min", "write 1 min or more");
        }
        double rows = durationH / h + 1;
        if (rows > MAX_ROWS) {
            throw entry.value().at().error("output_interval '" + text + "' gives " + Quantity.format(Math.floor(rows))
                    + " rows per arm, more than 2 million", "choose a longer output_interval");
        }
        return h;
    }

    private static List<Observable> charts(Node.Entry entry) throws ScenarioException {
        Map<String, Observable> byName = new HashMap<>();
        List<String> shortNames = new ArrayList<>();
        for (Observable o : Observable.values()) {
            shortNames.add(o.shortName());
            byName.put(o.shortName(), o);
            byName.put(o.column(), o);
        }
        String listing = "choose from: " + String.join(", ", shortNames);
        Node.Sequence list = Fields.list(entry, "write e.g. 'charts: [serum_ferritin, hb]' or leave 'charts' out for the default");
        if (list.items().isEmpty()) {
            throw list.at().error("'charts' is an empty list", "name at least one chart, or leave 'charts' out for the default");
        }
        List<Observable> charts = new ArrayList<>();
        for (Node item : list.items()) {
            String name = Fields.text(item, "each chart", item.at(), listing);
            Observable o = byName.get(name.toLowerCase(Locale.ROOT));
            if (o == null) {
                throw item.at().error("unknown chart '" + name + "'", DidYouMean.advice(name, shortNames, listing));
            }
            if (charts.contains(o)) {
                throw item.at().error("chart '" + name + "' is listed twice", "list each chart once");
            }
            charts.add(o);
        }
        return charts;
    }

    /**
     * @param patient the scenario's patient, or null when it has none (then every arm needs its own)
     * @param scenarioParameters the scenario's own parameters, for the arms' body weights
     * @param scenarioDrawn      the loci whose risk alleles the scenario's {@code genotype:} draws, for every arm
     *                           that does not fix them
     * @param hasPopulation      whether the scenario has virtual patients
     */
    private List<Arm> arms(Node.Entry entry, double durationH, Patient patient, Map<String, Double> scenarioParameters,
                           List<Locus> scenarioDrawn, boolean hasPopulation) throws ScenarioException {
        String fix = "write each arm as '- name: ...' with its 'regimen:' below it";
        Node.Sequence list = Fields.list(entry, fix);
        if (list.items().isEmpty()) {
            throw list.at().error("'arms' is an empty list", "add at least one arm: " + fix);
        }
        if (list.items().size() > MAX_ARMS) {
            throw list.at().error("'arms' has " + list.items().size() + " arms, more than " + MAX_ARMS
                    + " (no chart can tell more apart)", "split the comparison into several scenarios");
        }
        RegimenReader regimens = new RegimenReader(durationH, warnings);
        Map<String, Position> names = new HashMap<>();
        List<Arm> arms = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Node.Mapping mapping)) {
                throw item.at().error("this arm is " + item.kind() + ", not 'key: value' lines", fix);
            }
            Fields arm = Fields.of(mapping, "this arm", ARM_KEYS);
            Node.Entry nameEntry = arm.require("name", "add e.g. 'name: Oral iron'");
            String name = Fields.text(nameEntry, "write e.g. 'name: Oral iron'");
            try {
                SafeName.check("arm name", name);
            } catch (IllegalArgumentException e) {
                throw nameEntry.value().at().error(e);
            }
            Position first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), nameEntry.value().at());
            if (first != null) {
                throw nameEntry.value().at().error("arm name '" + name + "' is already used on line " + first.line()
                        + " (names must differ, ignoring case, as each arm gets its own output files)", "rename one of the arms");
            }
            Node.Entry patientEntry = arm.get("patient");
            if (patientEntry == null && patient == null) {
                throw mapping.at().error("arm '" + name + "' has no 'patient', and the scenario has none",
                        "add e.g. 'patient: rls-iron-deficient' at the top of the file (for every arm) or to this arm ("
                                + patientList() + ")");
            }
            Patient armPatient = patientEntry == null ? patient : patient(patientEntry);
            Node.Entry parametersEntry = arm.get("parameters");
            GenotypeEntry genotype = genotype(arm.get("genotype"),
                    parametersEntry == null ? Map.of() : parameters(parametersEntry), hasPopulation);
            Map<String, Double> parameters = genotype.parameters();
            List<Locus> drawn = Arrays.stream(Locus.values()).filter(l -> genotype.drawn().contains(l)
                    || scenarioDrawn.contains(l) && !genotype.fixed().contains(l)).toList();
            ModelVariants.Choice model = model(arm.get("model"));
            Node.Entry regimenEntry = arm.get("regimen");
            double weightKg = armPatient.parameterSet().with(scenarioParameters).with(parameters).get(Blood.BODY_WEIGHT);
            Regimen regimen = regimenEntry == null ? Regimen.none() : regimens.regimen(regimenEntry, weightKg);
            int doses = regimen.items().stream().mapToInt(i -> i.events().size()).sum();
            if (doses > MAX_DOSES_PER_ARM) {
                throw regimenEntry.keyAt().error("the regimen of arm '" + name + "' gives " + doses + " doses, more than "
                        + MAX_DOSES_PER_ARM, "give doses less often, or simulate a shorter duration");
            }
            arms.add(new Arm(name, armPatient, regimen, parameters, model, published(arm.get("published")), drawn));
        }
        return arms;
    }

    // Keys for teaching: hypothesis, sources, teaching_note, annotations, slide (expect: ExpectationReader).

    private static Lesson lesson(Fields top) throws ScenarioException {
        Node.Entry hypothesisEntry = top.get("hypothesis");
        String hypothesis = hypothesisEntry == null ? ""
                : Fields.prose(hypothesisEntry, "write the hypothesis in one sentence after 'hypothesis: '", TextLimits.HYPOTHESIS);
        Node.Entry sourcesEntry = top.get("sources");
        List<String> sources = new ArrayList<>();
        if (sourcesEntry != null) {
            String fix = "write one short citation per line, e.g. - Allen RP et al. 2011, Sleep Med 12:906";
            for (Node item : Fields.list(sourcesEntry, fix).items()) {
                if (item instanceof Node.Mapping) {
                    throw item.at().error("this source contains ': ', which YAML reads as a 'key: value' pair",
                            "put the whole citation in double quotes, e.g. - \"Connor JR et al. 2011, Brain 134:959 (autopsy: barrier)\"");
                }
                sources.add(Fields.prose(item, "each source", item.at(), fix, TextLimits.SOURCE));
            }
        }
        Node.Entry noteEntry = top.get("teaching_note");
        if (noteEntry == null) {
            return new Lesson(hypothesis, sources, "", "");
        }
        String fix = "write 'predict:' (the question to ask before running) and 'observe:' (what the run shows)"
                + " on indented lines below 'teaching_note:'";
        Fields note = Fields.of(Fields.mapping(noteEntry, fix), "the teaching note", NOTE_KEYS);
        String predict = Fields.prose(note.require("predict", "add 'predict: |' with the question to ask before running"),
                "write the question after 'predict: |' on indented lines", TextLimits.NOTE);
        String observe = Fields.prose(note.require("observe", "add 'observe: |' with what the run shows"),
                "write what the run shows after 'observe: |' on indented lines", TextLimits.NOTE);
        return new Lesson(hypothesis, sources, predict, observe);
    }

    /** {@code - {at: week 6, text: "...", chart: symptom_score}}; the chart must be one of the scenario's. */
    private static List<Annotation> annotations(Node.Entry entry, ExpectationReader times, List<Observable> charts)
            throws ScenarioException {
        String fix = "write each as '- {at: week 6, text: symptoms return, chart: symptom_score}' ('chart' is optional)";
        List<Annotation> annotations = new ArrayList<>();
        for (Node item : Fields.list(entry, fix).items()) {
            if (!(item instanceof Node.Mapping mapping)) {
                throw item.at().error("this annotation is " + item.kind() + ", not 'key: value' lines", fix);
            }
            Fields annotation = Fields.of(mapping, "this annotation", ANNOTATION_KEYS);
            Node.Entry atEntry = annotation.require("at", "add e.g. 'at: week 6'");
            double atH;
            try {
                atH = times.time("at", Fields.text(atEntry, "write a time such as 'week 6'"));
            } catch (IllegalArgumentException e) {
                throw atEntry.value().at().error(e);
            }
            String text = Fields.prose(annotation.require("text", "add e.g. 'text: symptoms return'"),
                    "write the note after 'text: '", TextLimits.ANNOTATION);
            Node.Entry chartEntry = annotation.get("chart");
            Optional<Observable> chart = Optional.empty();
            if (chartEntry != null) {
                Observable o = charts(new Node.Entry("chart", chartEntry.keyAt(),
                        new Node.Sequence(List.of(chartEntry.value()), chartEntry.value().at()))).get(0);
                if (!charts.contains(o)) {
                    throw chartEntry.value().at().error("chart '" + Fields.text(chartEntry, "") + "' is not among this scenario's charts",
                            "add it to 'charts', or choose one of: " + String.join(", ",
                                    charts.stream().map(Observable::shortName).toList()));
                }
                chart = Optional.of(o);
            }
            annotations.add(new Annotation(atH, text, chart));
        }
        return annotations;
    }

    private static SlideFormat slide(Node.Entry entry) throws ScenarioException {
        String fix = "write 'slide: 16:9' (widescreen, the default) or 'slide: 4:3'";
        String text = Fields.text(entry, fix);
        return SlideFormat.find(text).orElseThrow(() -> entry.value().at().error("unknown slide shape '" + text + "'", fix));
    }
}
