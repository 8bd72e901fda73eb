package org.rlsim.model;

import java.util.List;
import java.util.Map;

/**
 * Where each usual range comes from: the parameters whose usual range is narrower than their allowed one
 * ({@link Parameter#hasUsualRange()}), which {@code rlsim sensitivity} varies from the low to the high end of
 * that range. A parameter without such a range (usual = allowed) has no published spread the model could
 * honestly vary it over, and is left out of the sensitivity analyses unless named.
 */
public final class UsualRanges {
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("blood.tibc_umol_l", "TIBC 250–370 µg/dL ≈ 45–66 µmol/L in adults (reference pages), widened to 40–90 µmol/L"
                    + " for the higher TIBC of iron deficiency and pregnancy (general knowledge, not in physiology.md)"),
            Map.entry("ferritin.store_mg_per_ng_ml", "8–10 mg storage iron per µg/L serum ferritin (Walters 1973; Cook; via Benkhedda 2010)"),
            Map.entry("ferritin.acute_phase_factor", "ferritin raised up to several-fold by inflammation at the same iron"
                    + " (KDIGO 2012; general knowledge, not in physiology.md); range illustrative"),
            Map.entry("body.weight_kg", "adults 40–150 kg (model man 70 kg: Saito 2014 Table 2; the span is general knowledge)"),
            Map.entry("gut.diet_iron_mg_per_d", "diets of 5–30 mg iron a day: vegetarian or poor diets to fortified ones"
                    + " (FAO/WHO 2004; mixed Western diet ~15–20 mg/d, physiology.md §2)"),
            Map.entry("hepcidin.inflammation", "hepcidin one to ten times raised in chronic inflammation and haemodialysis"
                    + " (Ganz & Nemeth; general knowledge, not in physiology.md); range illustrative"),
            Map.entry("rbc.hb_target_g_dl", "haemoglobin of healthy adults ≈11–17 g/dL, women to men (reference pages; model man"
                    + " 15 g/dL: Saito 2014)"),
            Map.entry("rbc.lifespan_d", "red-cell lifespan about 100–130 d in health (RBC lifespan 120 d: physiology.md §1;"
                    + " the spread is general knowledge, not in physiology.md)"),
            Map.entry("blood.menstrual_loss_ml_per_d", "menstrual loss median ~30–35 mL per 28-d cycle, 90th percentile ≈80 mL"
                    + " (Hallberg 1966): 0–6 mL/d averaged over the cycle"),
            Map.entry("blood.chronic_loss_ml_per_d", "0–15 mL/d of other losses: up to the 1–3 g iron a year of haemodialysis"
                    + " (general knowledge, not in physiology.md); range illustrative"),
            Map.entry("pregnancy.fetal_transfer_mg_per_d", "0 (not pregnant) to ≈8 mg/d late in the third trimester"
                    + " (Bothwell 2000, Am J Clin Nutr 72:257S; general knowledge, not in physiology.md)"),
            Map.entry("bbb.capacity", "illustrative: from a barrier at 30 % of a healthy one's transport to twice it, the span"
                    + " RLS hypotheses of low brain iron at normal serum iron need (Connor 2011)"),
            Map.entry("bbb.upregulation_gain", "illustrative: from no up-regulation (RLS autopsy, Connor 2011) to well above"
                    + " the ≈2× brain iron uptake of iron-deficient rats (Taylor & Morgan 1991)"));

    private UsualRanges() {
    }

    /** The parameters with a usual range, in catalogue order. */
    public static List<Parameter> parameters() {
        return ParameterCatalog.all().stream().filter(Parameter::hasUsualRange).toList();
    }

    /** Where the parameter's usual range comes from; "" for a parameter without one. */
    public static String source(Parameter p) {
        return p.hasUsualRange() ? SOURCES.getOrDefault(p.name(), "") : "";
    }

    /** The names that have a recorded source, for the test that every usual range has one. */
    static java.util.Set<String> sourced() {
        return SOURCES.keySet();
    }
}
