package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;

import org.rlsim.model.IvProduct;

/**
 * One intravenous iron infusion at a constant rate; a duration of 0 is a bolus injection.
 *
 * @param startH    start, h since 00:00 of day 0 (≥ 0)
 * @param amountMg  elemental iron, mg (&gt; 0)
 * @param durationH infusion duration, h (≥ 0)
 * @param product   the iron–carbohydrate product
 */
public record IvInfusion(double startH, double amountMg, double durationH, IvProduct product) implements DoseEvent {
    public IvInfusion {
        Checks.time("infusion start", startH);
        Checks.positive("infusion dose", amountMg, "mg");
        Checks.nonNegative("infusion duration", durationH, "h");
        java.util.Objects.requireNonNull(product, "product");
    }

    @Override
    public double endH() {
        return startH + durationH;
    }

    @Override
    public String describe() {
        return Checks.format(amountMg) + " mg IV " + product.displayName();
    }

    @Override
    public void applyAtOnce(Physiology model, ModelState state, Flows jump) {
        model.injectIron(product, amountMg, jump);
    }

    @Override
    public void addRate(Inputs inputs) {
        inputs.addInfusionRate(product, amountMg / lengthH());
    }

    @Override
    public void declareStates(StatesInUse states) {
        states.ivProduct(product);
    }
}
