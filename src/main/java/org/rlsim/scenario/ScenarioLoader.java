package org.rlsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario file (YAML) into a validated {@link Scenario}, converting every quantity to rlsim's
 * internal units (mg, h, mL) and every parameter value to its declared unit.
 *
 * <p>The format, key by key ({@code docs/scenario-format.md} has the same with examples):
 * <dl>
 * <dt>{@code title} (required)</dt><dd>text for people and charts</dd>
 * <dt>{@code hypothesis}</dt><dd>the hypothesis illustrated, one sentence</dd>
 * <dt>{@code sources}</dt><dd>list of short citations</dd>
 * <dt>{@code teaching_note}</dt><dd>for the teacher: {@code predict} (question before running) and {@code observe}
 *     (what the run shows), both required</dd>
 * <dt>{@code patient} (required unless every arm has one)</dt><dd>a patient id from {@link org.rlsim.model.Patient#all()},
 *     e.g. {@code rls-iron-deficient}</dd>
 * <dt>{@code parameters}</dt><dd>{@code name: value} lines applied to every arm; the value is a number in the
 *     parameter's unit, optionally followed by that unit ({@code blood.volume_l: 4.5 L})</dd>
 * <dt>{@code model}</dt><dd>model variants for every arm, over the patient's: {@code bbb}, {@code dopamine},
 *     {@code inflammation}, each optional, each a {@link org.rlsim.model.ModelVariant} id, e.g.
 *     {@code model: {bbb: reduced-capacity}}</dd>
 * <dt>{@code duration} (required)</dt><dd>simulated time after 00:00 of day 0, e.g. {@code 26 weeks}; at most 100 years</dd>
 * <dt>{@code output_interval}</dt><dd>spacing of output rows, default 1 h (or the duration, if shorter); at least 1 min, at most 2 million rows</dd>
 * <dt>{@code charts}</dt><dd>list of outputs to chart, by short name ({@code serum_ferritin}) or column name
 *     ({@code serum_ferritin_ng_ml}); default serum_ferritin, brain_iron, symptom_score, hb, tsat, hepcidin</dd>
 * <dt>{@code expect}</dt><dd>sentences the run must keep, read by {@link ExpectationReader}</dd>
 * <dt>{@code annotations}</dt><dd>list of {@code {at: TIME, text: ..., chart: OUTPUT}} notes for the charts</dd>
 * <dt>{@code slide}</dt><dd>{@code 16:9} (default) or {@code 4:3}</dd>
 * <dt>{@code arms} (required)</dt><dd>list of arms, each with {@code name} (required; a safe file-name fragment,
 *     unique ignoring case), {@code patient} (overrides the scenario's), {@code parameters} and {@code model} (as above, for this arm only) and {@code regimen}: a list of
 *     items {@code oral:}, {@code iv:}, {@code donation:} or {@code bleed:} (missing or {@code []}: no treatment)</dd>
 * </dl>
 * Regimen items: {@code oral} takes {@code product} (an {@link org.rlsim.dosing.OralProduct} name, with
 * optional {@code tablets}) or {@code dose} (elemental iron), and {@code taken} (an
 * {@link org.rlsim.model.IntakeCondition} key, default fasting); {@code iv} takes {@code product} (an
 * {@link org.rlsim.model.IvProduct} name or key), {@code dose} and {@code infusion} (its duration, 0 for an
 * injection); {@code donation} takes {@code volume}; {@code bleed} takes {@code volume}, {@code duration}
 * and an optional {@code label}. Every item may take {@code start} ({@code day N} or whole days such as
 * {@code 3 weeks}, default day 0), {@code at} (clock time, default {@code "08:00"}), {@code every} (an
 * interval) or {@code schedule} ({@code daily}, {@code twice daily}, {@code alternate days}, {@code weekly}),
 * and then at most one of {@code count}, {@code for} (a duration) or {@code until} (a day, not included);
 * with none of them a repeated item continues to the end. Without {@code every} or {@code schedule} the
 * item happens once. Time 0 h is 00:00 of day 0, so day N at 08:00 is 24 N + 8 h.
 *
 * <p>Every mistake is reported as a {@link ScenarioException} with one line for people:
 * {@code file:line:column: what is wrong; how to fix it}. Unusual but allowed values become
 * {@link Scenario#warnings()}.
 */
public final class ScenarioLoader {
    /** Largest scenario accepted: 1 MiB (bytes in a file, characters in a string); hand-written ones are ~2 KB. */
    static final int MAX_CHARS = 1 << 20;

    /**
     * Reads a scenario file.
     *
     * @param file a UTF-8 YAML file; the scenario's name is the file name without {@code .yaml} or {@code .yml}
     * @throws ScenarioException if the file is missing, unreadable, too large, not UTF-8, or not a valid scenario
     */
    public Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(source, "this is a folder, not a scenario file", "give the path of a .yaml file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(source, "no such file",
                    "check the name and the folder (paths are relative to " + Path.of("").toAbsolutePath() + ")");
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
        String unsafe = SafeName.problem(name);
        if (unsafe != null) {
            throw new ScenarioException(source, "the file name gives the scenario name '" + name
                    + "', which cannot be the name of its output folder (" + unsafe + ")", "rename the file: " + SafeName.FIX);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CHARS) {
                throw new ScenarioException(source, "the file is larger than 1 MB, far larger than any scenario",
                        "check that this is the right file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(source, "the file cannot be read (" + e.getMessage() + ")",
                    "check that it exists and that you may read it");
        }
        return parse(utf8(bytes, source), source, name);
    }

    /**
     * Reads a scenario from text.
     *
     * @param yaml       the scenario, as YAML
     * @param sourceName name shown in messages (usually the file's path)
     * @param name       the scenario's short name, used for the output folder: a safe file-name fragment
     * @throws ScenarioException if it is not a valid scenario
     */
    public Scenario parse(String yaml, String sourceName, String name) throws ScenarioException {
        if (yaml.length() > MAX_CHARS) {
            throw new ScenarioException(sourceName, "the text is longer than 1 MB, far longer than any scenario",
                    "check that this is the right text");
        }
        try {
            SafeName.check("the scenario name", name);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(sourceName, e);
        }
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        return new ScenarioReader().read(YamlTree.read(text, sourceName), name);
    }

    /** Decodes UTF-8 strictly, reporting the line and column of the first byte that is not UTF-8. */
    private static String utf8(byte[] bytes, String source) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new Position(source, line, column).error(String.format("byte 0x%02X is not UTF-8 text",
                    bytes[in.position()] & 0xFF), "save the file with the encoding UTF-8 (your editor's Save As dialog offers it)");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
