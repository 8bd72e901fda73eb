package org.rlsim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.explore.ExplorationReader;
import org.rlsim.explore.ScenarioYaml;
import org.rlsim.explore.Tablets;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.scenario.Annotation;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;

/**
 * A loaded lesson in the explorer's neutral form (docs/explorer-format.md): what the page edits and what
 * {@link ExplorationReader} reads back, with the lesson's teaching note and annotations for the page.
 * Scenario-wide parameters and model variants are folded into each arm, in the order {@code rlsim run}
 * applies them, so the page's numbers are {@code rlsim run}'s.
 */
public final class LessonForm {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LessonForm() {
    }

    /** The lesson as the page's starting state. */
    public static ObjectNode of(Scenario s) {
        ObjectNode root = JSON.objectNode();
        root.put("name", s.name());
        root.put("title", s.title());
        root.put("durationH", s.durationH());
        root.put("outputIntervalH", s.outputIntervalH());
        ArrayNode charts = root.putArray("charts");
        for (Observable o : s.charts()) {
            charts.addObject().put("output", o.column());
        }
        ObjectNode lesson = root.putObject("lesson");
        lesson.put("hypothesis", s.lesson().hypothesis());
        lesson.put("predict", s.lesson().predict().strip());
        lesson.put("observe", s.lesson().observe().strip());
        ArrayNode sources = lesson.putArray("sources");
        s.lesson().sources().forEach(sources::add);
        ArrayNode annotations = root.putArray("annotations");
        for (Annotation a : s.annotations()) {
            ObjectNode note = annotations.addObject().put("atH", a.atH()).put("text", a.text());
            a.chart().ifPresent(o -> note.put("output", o.column()));
        }
        ArrayNode arms = root.putArray("arms");
        for (Arm arm : s.arms()) {
            arms.add(arm(s, arm));
        }
        return root;
    }

    private static ObjectNode arm(Scenario s, Arm arm) {
        ObjectNode node = JSON.objectNode();
        node.put("name", arm.name());
        node.put("patient", arm.patient().id());
        Map<String, Double> parameters = new LinkedHashMap<>(s.parameters());
        parameters.putAll(arm.parameters());
        ObjectNode values = node.putObject("parameters");
        parameters.forEach(values::put);
        ModelVariants.Choice chosen = arm.model().over(s.model());
        ObjectNode model = node.putObject("model");
        if (chosen.bbb() != null) {
            model.put(ModelVariants.BBB_KEY, chosen.bbb().id());
        }
        if (chosen.dopamine() != null) {
            model.put(ModelVariants.DOPAMINE_KEY, chosen.dopamine().id());
        }
        if (chosen.inflammation() != null) {
            model.put(ModelVariants.INFLAMMATION_KEY, chosen.inflammation().id());
        }
        if (chosen.hypoxia() != null) {
            model.put(ModelVariants.HYPOXIA_KEY, chosen.hypoxia().id());
        }
        ArrayNode regimen = node.putArray("regimen");
        for (RegimenItem item : arm.regimen().items()) {
            // A placebo changes nothing in the one patient the explorer simulates: it has no form there.
            if (!(item instanceof RegimenItem.Placebo)) {
                regimen.add(item(item, s.durationH()));
            }
        }
        return node;
    }

    private static ObjectNode item(RegimenItem item, double durationH) {
        ObjectNode node = JSON.objectNode();
        Schedule schedule;
        if (item instanceof RegimenItem.Oral oral) {
            node.put("kind", "oral");
            Tablets.of(oral).ifPresentOrElse(t -> node.put("product", t.product().displayName()).put("tablets", t.count()),
                    () -> node.put("doseMg", oral.elementalMg()));
            node.put("taken", oral.intake().key());
            schedule = oral.schedule();
        } else if (item instanceof RegimenItem.Iv iv) {
            node.put("kind", "iv").put("product", iv.product().key()).put("doseMg", iv.doseMg()).put("durationH", iv.durationH());
            schedule = iv.schedule();
        } else if (item instanceof RegimenItem.Bleed bleed) {
            boolean donation = bleed.durationH() == 0 && bleed.label().equals(ScenarioYaml.DONATION_LABEL);
            node.put("kind", donation ? "donation" : "bleed").put("volumeMl", bleed.volumeMl());
            if (!donation) {
                node.put("durationH", bleed.durationH()).put("label", bleed.label());
            }
            schedule = bleed.schedule();
        } else if (item instanceof RegimenItem.Pregnancy pregnancy) {
            node.put("kind", "pregnancy").put("volumeMl", pregnancy.deliveryLossMl());
            schedule = pregnancy.schedule();
        } else {
            RegimenItem.Agonist agonist = (RegimenItem.Agonist) item;
            node.put("kind", "agonist").put("drug", agonist.drug().displayName()).put("doseMg", agonist.doseMg());
            schedule = agonist.schedule();
        }
        node.put("firstH", schedule.firstH());
        boolean once = schedule.count() == 1 && !(item instanceof RegimenItem.Agonist);
        if (!once) {
            node.put("intervalH", schedule.intervalH());
            if (schedule.count() < ExplorationReader.countToTheEnd(schedule.firstH(), schedule.intervalH(), durationH)) {
                node.put("count", schedule.count());
            }
        }
        return node;
    }
}
