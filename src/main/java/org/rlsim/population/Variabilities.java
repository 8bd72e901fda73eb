package org.rlsim.population;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rlsim.model.AgonistTherapy;
import org.rlsim.model.Blood;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.DopamineSystem;
import org.rlsim.model.Erythropoiesis;
import org.rlsim.model.Grade;
import org.rlsim.model.GutAbsorption;
import org.rlsim.model.Hepcidin;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Macrophages;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.PlaceboResponse;
import org.rlsim.model.TissueIronAndLosses;

/**
 * The parameters that differ between people, each with its distribution, spread, source and grade
 * (the table of docs/physiology.md §5d and of the model card). A virtual patient is the archetype with
 * every one of them drawn, in this order, from its own random stream ({@link PatientStreams}).
 */
public final class Variabilities {
    private static final List<Variability> ALL = List.of(
            log("diet iron", 0.30, "usual iron intake of adults varies with a coefficient of variation of about 30% (physiology.md §5d)",
                    Grade.ILLUSTRATIVE, GutAbsorption.DIET_IRON),
            logit("diet absorption", 0.45, "absorption of non-haem iron from the same diet differs several-fold between people"
                    + " of the same iron status (Hallberg 1997; physiology.md §5d)", Grade.ILLUSTRATIVE, GutAbsorption.DIET_FRACTION),
            log("menstrual loss", 0.70, "menstrual blood loss is strongly skewed, some women losing over 3× the median of"
                    + " about 30 mL per cycle (Hallberg 1966; physiology.md §1): σ 0.7 puts the 95th percentile at 3.2× the median",
                    Grade.DERIVED, TissueIronAndLosses.MENSTRUAL_LOSS),
            log("body size", 0.12, "blood volume ≈70 mL/kg and adult body weight varies by about 12–18% (physiology.md §5d);"
                    + " weight, blood and plasma volume share one draw", Grade.DERIVED,
                    Blood.BODY_WEIGHT, Blood.BLOOD_VOLUME, Blood.PLASMA_VOLUME),
            log("transferrin", 0.10, "TIBC 45–66 µmol/L in healthy adults (reference pages; physiology.md §5d)", Grade.MEASURED,
                    Blood.TIBC),
            log("haemoglobin set point", 0.06, "haemoglobin reference range of adult women 12–15.5 g/dL (physiology.md §5d)",
                    Grade.MEASURED, Erythropoiesis.HB_TARGET),
            log("hepcidin set point", 0.30, "hepcidin at the same ferritin differs widely between people (physiology.md §5d);"
                    + " spread illustrative", Grade.ILLUSTRATIVE, Hepcidin.REFERENCE_STORAGE),
            log("macrophage iron release", 0.30, "ferritin falls after IV iron at different speeds in different patients,"
                    + " 6.6 → 2.3 µg/L per week across courses (Earley 2005; physiology.md §5b); spread illustrative",
                    Grade.ILLUSTRATIVE, Macrophages.STORAGE_RELEASE),
            log("IV product clearance", 0.25, "FCM plasma half-life 7–12 h between studies and patients (Geisser & Banké 2010;"
                    + " physiology.md §3); every product shares one draw", Grade.DERIVED, ivHalfLives()),
            log("barrier capacity", 0.25, "CSF ferritin and brain iron on MRI overlap widely between RLS patients and controls"
                    + " (Earley 2000; physiology.md §4); spread illustrative", Grade.ILLUSTRATIVE, BloodBrainBarrier.CAPACITY),
            log("brain iron turnover", 0.35, "benefit after IV iron lasts 15.8 ± 17.7 weeks (1–60) in Ondo 2010 and about"
                    + " 6 months on average in Earley 2005 (physiology.md §5b); spread illustrative",
                    Grade.ILLUSTRATIVE, BloodBrainBarrier.TURNOVER),
            log("dopaminergic sensitivity", 0.25, "the same brain-iron deficit disturbs dopamine more in some people; 3 of 10"
                    + " patients did not respond to 1000 mg iron dextran (Earley 2004; physiology.md §5b); spread illustrative",
                    Grade.ILLUSTRATIVE, DopamineSystem.HALF_EFFECT_DEFICIT),
            log("dopamine adaptation time", 0.40, "the effect of IV iron is seen from day 8 in some patients and only by week"
                    + " 4–6 in others (Freiburg 2012; Earley 2004; physiology.md §5b); spread illustrative",
                    Grade.ILLUSTRATIVE, DopamineSystem.HALF_TIME),
            log("symptom scale", 0.20, "baseline IRLS SD of 4–7 points around means of 22–30 in the iron trials (physiology.md"
                    + " §5d)", Grade.DERIVED, DopamineSystem.SYMPTOM_SCALE),
            logit("dopamine-agonist relief", 0.50, "on pramipexole 58.6% responded against 42.8% on placebo (Högl 2011;"
                    + " physiology.md §5c): relief differs between people; spread illustrative", Grade.ILLUSTRATIVE,
                    AgonistTherapy.MAX_RELIEF),
            logit("placebo response", PlaceboResponse.SPREAD, PlaceboResponse.SPREAD_SOURCE, Grade.FITTED,
                    PlaceboResponse.FRACTION));

    private Variabilities() {
    }

    private static Variability log(String name, double spread, String source, Grade grade, Parameter... parameters) {
        return new Variability(name, List.of(parameters), Variability.Shape.LOG_NORMAL, spread, source, grade);
    }

    private static Variability logit(String name, double spread, String source, Grade grade, Parameter... parameters) {
        return new Variability(name, List.of(parameters), Variability.Shape.LOGIT_NORMAL, spread, source, grade);
    }

    private static Parameter[] ivHalfLives() {
        List<Parameter> list = new ArrayList<>();
        for (IvProduct p : IvProduct.values()) {
            list.add(p.halfLife());
        }
        return list.toArray(new Parameter[0]);
    }

    /** Every variability, in drawing order. */
    public static List<Variability> all() {
        return ALL;
    }

    /**
     * A virtual patient: {@code base} with every variability drawn from {@code stream}, in {@link #all()} order.
     *
     * @param draws receives the standard normal draw of each variability, in the same order (length {@code all().size()})
     */
    static ParameterSet draw(ParameterSet base, UniformRandomProvider stream, double[] draws) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(stream);
        ParameterSet result = base;
        for (int i = 0; i < ALL.size(); i++) {
            draws[i] = normal.sample();
            result = ALL.get(i).applied(result, draws[i]);
        }
        return result;
    }
}
