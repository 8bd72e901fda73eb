package org.rlsim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.util.Locale;
import org.rlsim.chart.ChartStyle;
import org.rlsim.dosing.OralProduct;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.Erythropoiesis;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Parameter;
import org.rlsim.model.Patient;
import org.rlsim.model.ReferenceRanges;

/**
 * What the page's controls offer, taken from the model so the page never lists a product, patient or
 * output of its own: patients, tablets, ways of taking them, IV products, agonists, barrier hypotheses, the
 * barrier-capacity parameter with its ranges, the outputs with their units, and the slide charts'
 * palette and reference lines.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The vocabulary as JSON for the page. */
    public static ObjectNode json() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        ArrayNode patients = root.putArray("patients");
        for (Patient p : Patient.all()) {
            patients.addObject().put("id", p.id()).put("title", p.title()).put("description", p.description())
                    .put("woman", p.parameterSet().get(Erythropoiesis.HB_TARGET) < Erythropoiesis.HB_TARGET.defaultValue())
                    .put("bbb", p.variants().bbb().id())
                    .put("capacity", p.parameterSet().get(BloodBrainBarrier.CAPACITY));
        }
        ArrayNode palette = root.putArray("palette");
        for (Color c : ChartStyle.ARM_COLOURS) {
            palette.add(String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF));
        }
        ArrayNode dashes = root.putArray("dashes");
        for (int i = 0; i < ChartStyle.ARM_DASH_COUNT; i++) {
            ArrayNode pattern = dashes.addArray();
            for (float f : ChartStyle.armDash(i)) {
                pattern.add(f);
            }
        }
        ArrayNode tablets = root.putArray("oralProducts");
        for (OralProduct p : OralProduct.values()) {
            tablets.addObject().put("name", p.displayName()).put("elementalMg", p.elementalMg());
        }
        ArrayNode intake = root.putArray("intake");
        for (IntakeCondition c : IntakeCondition.values()) {
            intake.addObject().put("key", c.key()).put("description", c.description());
        }
        ArrayNode iv = root.putArray("ivProducts");
        for (IvProduct p : IvProduct.values()) {
            iv.addObject().put("key", p.key()).put("name", p.displayName());
        }
        ArrayNode agonists = root.putArray("agonists");
        for (AgonistDrug d : AgonistDrug.values()) {
            agonists.addObject().put("name", d.displayName()).put("patch", d.route() == AgonistDrug.Route.PATCH);
        }
        ArrayNode bbb = root.putArray("bbb");
        for (BbbHypothesis h : BbbHypothesis.values()) {
            bbb.addObject().put("id", h.id()).put("meaning", h.meaning());
        }
        root.set("capacity", parameter(json, BloodBrainBarrier.CAPACITY));
        ArrayNode outputs = root.putArray("outputs");
        for (Observable o : Observable.values()) {
            outputs.addObject().put("column", o.column()).put("label", o.label()).put("unit", o.unit());
        }
        root.putObject("references")
                .put("ferritinNgMl", ReferenceRanges.FERRITIN_TARGET_NG_ML)
                .put("tsatLowPct", ReferenceRanges.TSAT_NORMAL_LOW_PCT).put("tsatHighPct", ReferenceRanges.TSAT_NORMAL_HIGH_PCT)
                .put("hbAnaemiaWomenGDl", ReferenceRanges.HB_ANAEMIA_WOMEN_G_DL)
                .put("hbAnaemiaMenGDl", ReferenceRanges.HB_ANAEMIA_MEN_G_DL);
        return root;
    }

    private static ObjectNode parameter(JsonNodeFactory json, Parameter p) {
        return json.objectNode().put("name", p.name()).put("unit", p.unit()).put("default", p.defaultValue())
                .put("min", p.min()).put("max", p.max()).put("usualMin", p.usualMin()).put("usualMax", p.usualMax())
                .put("meaning", p.meaning());
    }
}
