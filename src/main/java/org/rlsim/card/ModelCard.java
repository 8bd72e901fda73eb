package org.rlsim.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.calibration.CalibrationReport;
import org.rlsim.calibration.KnownMisses;
import org.rlsim.calibration.Scorecard;
import org.rlsim.calibration.Target;
import org.rlsim.model.Observable;
import org.rlsim.model.Parameter;
import org.rlsim.population.Variabilities;
import org.rlsim.population.Variability;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.Patient;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.report.Numbers;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/**
 * The generated parts of the model card ({@code src/site/markdown/model.md}): parameter tables, patient
 * archetypes, the calibration table and the known misses, each made from the code's own metadata and
 * placed between the markers {@code <!-- generated:NAME:start -->} and {@code <!-- generated:NAME:end -->}.
 * Everything outside the markers is written by people and kept as it is.
 *
 * <p>Sections: {@value #PARAMETERS} (one table per parameter group, the part of the name before the
 * first dot, in catalogue order), {@value #PATIENTS}, {@value #CALIBRATION}, {@value #KNOWN_MISSES}.
 */
public final class ModelCard {
    /** Default location of the card, relative to the project folder. */
    public static final String DEFAULT_PATH = "src/site/markdown/model.md";

    static final String PARAMETERS = "parameters";
    static final String PATIENTS = "patients";
    static final String CALIBRATION = "calibration";
    static final String KNOWN_MISSES = "known-misses";
    static final String SCORECARD = "scorecard";
    static final String VARIABILITIES = "variabilities";

    private static final Pattern SECTION = Pattern.compile(
            "(<!-- generated:([a-z-]+):start -->\\n)(.*?)(<!-- generated:\\2:end -->)", Pattern.DOTALL);

    private ModelCard() {
    }

    /**
     * The card with every generated section replaced by its content as the code makes it now.
     *
     * @param card the card's text (line ends {@code \n})
     * @throws IllegalArgumentException when a section's markers are missing, naming the marker to add
     */
    public static String regenerate(String card) {
        Map<String, String> sections = sections();
        for (String name : sections.keySet()) {
            if (!card.contains(start(name)) || !card.contains(end(name))) {
                throw new IllegalArgumentException("the model card has no generated section '" + name + "': add the lines "
                        + start(name) + " and " + end(name) + " where it belongs");
            }
        }
        Matcher m = SECTION.matcher(card);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String content = sections.get(m.group(2));
            if (content == null) {
                throw new IllegalArgumentException("the model card has an unknown generated section '" + m.group(2)
                        + "'; known sections: " + String.join(", ", sections.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + content + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String start(String name) {
        return "<!-- generated:" + name + ":start -->";
    }

    private static String end(String name) {
        return "<!-- generated:" + name + ":end -->";
    }

    /** Every generated section's content (Markdown, each line ending in {@code \n}), by section name. */
    static Map<String, String> sections() {
        List<CalibrationReport.Row> rows = CalibrationReport.rows();
        Map<String, String> s = new LinkedHashMap<>();
        s.put(PARAMETERS, parameterTables());
        s.put(PATIENTS, patientTable());
        s.put(CALIBRATION, calibrationTable(rows));
        s.put(KNOWN_MISSES, knownMisses());
        s.put(SCORECARD, scorecard());
        s.put(VARIABILITIES, variabilityTable());
        return s;
    }

    /** The parameters that differ between virtual patients, with distribution, spread, source and grade. */
    static String variabilityTable() {
        StringBuilder b = new StringBuilder("\n");
        b.append(row("Varies", "Parameters (median: the archetype's value)", "Distribution", "σ", "Source", "Grade"));
        b.append(row("---", "---", "---", "---", "---", "---"));
        for (Variability v : Variabilities.all()) {
            b.append(row(v.name(), String.join(", ", v.parameters().stream().map(p -> "`" + p.name() + "`").toList()),
                    v.shape() == Variability.Shape.LOG_NORMAL ? "log-normal" : "logit-normal",
                    Numbers.readable(v.spread()), v.source(), v.grade().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return b.append("\n").toString();
    }

    /** One table per group of parameters (the name up to the first dot), in catalogue order. */
    static String parameterTables() {
        Map<String, List<Parameter>> groups = new LinkedHashMap<>();
        for (Parameter p : ParameterCatalog.all()) {
            groups.computeIfAbsent(p.name().substring(0, Math.max(0, p.name().indexOf('.'))), g -> new ArrayList<>()).add(p);
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Parameter>> g : groups.entrySet()) {
            b.append("\n#### `").append(g.getKey()).append(".*`\n\n");
            b.append("| Parameter | Unit | Default | Allowed range | Usual range | Meaning | Source | Grade |\n");
            b.append("|---|---|---|---|---|---|---|---|\n");
            for (Parameter p : g.getValue()) {
                String usual = p.usualMin() == p.min() && p.usualMax() == p.max() ? "= allowed"
                        : range(p.usualMin(), p.usualMax());
                b.append(row("`" + p.name() + "`", p.unit().equals("1") ? "–" : p.unit(), Numbers.readable(p.defaultValue()),
                        range(p.min(), p.max()), usual, p.meaning(), p.source(), p.grade().name().toLowerCase(Locale.ROOT)));
            }
        }
        b.append('\n');
        return b.toString();
    }

    private static String range(double min, double max) {
        return Numbers.readable(min) + " – " + Numbers.readable(max);
    }

    /** The patient archetypes, their parameters that differ from the defaults, and their steady state. */
    static String patientTable() {
        StringBuilder b = new StringBuilder("\n");
        b.append("| `patient` | Who | Differs from the defaults | Ferritin (ng/mL) | TSAT (%) | Hb (g/dL) | Brain iron (%) |"
                + " Symptom score (0–40) |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        Simulator simulator = new Simulator();
        for (Patient patient : Patient.all()) {
            Physiology model = new Physiology(patient.parameterSet());
            ModelState state = new ModelState(SteadyState.of(model, simulator));
            List<String> changes = new ArrayList<>();
            new TreeMap<>(patient.parameters()).forEach((name, value) -> changes.add("`" + name + "` = " + Numbers.readable(value)));
            b.append(row("`" + patient.id() + "`", patient.title() + ". " + patient.description(),
                    changes.isEmpty() ? "–" : String.join(", ", changes),
                    fixed(Observable.SERUM_FERRITIN.value(0, state, model), 0), fixed(Observable.TSAT.value(0, state, model), 0),
                    fixed(Observable.HB.value(0, state, model), 1), fixed(Observable.BRAIN_IRON.value(0, state, model), 0),
                    fixed(Observable.SYMPTOM_SCORE.value(0, state, model), 0)));
        }
        b.append('\n');
        return b.toString();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The calibration table: one row per target, as {@code rlsim calibration} prints it. */
    static String calibrationTable(List<CalibrationReport.Row> rows) {
        StringBuilder b = new StringBuilder("\n");
        b.append("| Target | Statement | Source | Published | Tolerance | Model | Result |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        long passed = 0;
        for (CalibrationReport.Row r : rows) {
            Target t = r.target();
            b.append(row(t.id(), t.statement(), t.source(), t.published(), t.tolerance(), r.outcome().modelValue(),
                    r.status().label()));
            passed += r.status() == CalibrationReport.Status.PASS ? 1 : 0;
        }
        b.append(String.format(Locale.ROOT, "%n%d of %d targets met.%n%n", passed, rows.size()));
        return b.toString();
    }

    /** The scorecard: other published numbers beside the model's, without pass or fail. */
    static String scorecard() {
        StringBuilder b = new StringBuilder("\n");
        b.append("| Topic | Published fact | Source | Published | Model | Model experiment |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Scorecard.Entry e : Scorecard.entries()) {
            b.append(row(e.topic(), e.fact(), e.source(), e.published(), e.model(), e.experiment()));
        }
        b.append('\n');
        return b.toString();
    }

    /** Every known miss with its reason, as a list. */
    static String knownMisses() {
        StringBuilder b = new StringBuilder("\n");
        KnownMisses.all().entrySet().stream()
                .sorted((x, y) -> targetOrder(x.getKey()).compareTo(targetOrder(y.getKey())))
                .forEach(e -> b.append("- **").append(e.getKey()).append("**: ").append(e.getValue()).append('\n'));
        b.append('\n');
        return b.toString();
    }

    /** "T9" before "T10": the number zero-padded, then the letter. */
    private static String targetOrder(String id) {
        return String.format(Locale.ROOT, "%03d%s", Integer.parseInt(id.replaceAll("\\D", "")), id.replaceAll("^T\\d+", ""));
    }

    /** A Markdown table row; a {@code |} inside a cell is escaped and line breaks become spaces. */
    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        return b.append('\n').toString();
    }
}
