package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;

import org.rlsim.model.AgonistDrug;

/**
 * One dose of a dopamine agonist: a tablet swallowed at {@code startH} (instantaneous), or a patch
 * worn from {@code startH} for {@link AgonistDrug#PATCH_WEAR_H} hours, delivering its dose at a constant
 * rate. The dose is in mg of drug, not iron: it never enters the iron balance.
 *
 * @param startH when it is taken or put on, h since 00:00 of day 0 (≥ 0)
 * @param drug   the agonist
 * @param doseMg mg of drug per tablet dose, or mg delivered per 24 h for a patch (&gt; 0)
 */
public record AgonistDose(double startH, AgonistDrug drug, double doseMg) implements DoseEvent {
    public AgonistDose {
        Checks.time("agonist dose time", startH);
        java.util.Objects.requireNonNull(drug, "drug");
        Checks.positive("agonist dose", doseMg, "mg");
    }

    @Override
    public double endH() {
        return drug.route() == AgonistDrug.Route.PATCH ? startH + AgonistDrug.PATCH_WEAR_H : startH;
    }

    @Override
    public String describe() {
        return Checks.format(doseMg) + (drug.route() == AgonistDrug.Route.PATCH ? " mg/24 h " : " mg ") + drug.displayName();
    }

    @Override
    public void applyAtOnce(Physiology model, ModelState state, Flows jump) {
        model.swallowAgonist(drug, doseMg, jump);
    }

    /** A patch delivers its dose at a constant rate while worn. */
    @Override
    public void addRate(Inputs inputs) {
        inputs.addAgonistRate(drug, doseMg / lengthH());
    }

    @Override
    public void declareStates(StatesInUse states) {
        states.agonist(drug);
    }
}
