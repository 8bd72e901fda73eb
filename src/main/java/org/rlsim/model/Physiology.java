package org.rlsim.model;

import java.util.List;

/**
 * The whole model for one parameter set: the mechanisms, summed into derivatives. Immutable and
 * allocation-free per evaluation, so it can be evaluated millions of times.
 */
public final class Physiology {
    private final ParameterSet parameters;
    private final Blood blood;
    private final Erythropoiesis erythropoiesis;
    private final Hepcidin hepcidin;
    private final DopamineSystem dopamine;
    private final AgonistTherapy agonist;
    private final List<Mechanism> mechanisms;

    public Physiology(ParameterSet parameters) {
        this.parameters = parameters;
        blood = new Blood(parameters);
        erythropoiesis = new Erythropoiesis(parameters, blood);
        hepcidin = new Hepcidin(parameters, blood, erythropoiesis);
        dopamine = new DopamineSystem(parameters);
        agonist = new AgonistTherapy(parameters, blood);
        mechanisms = List.of(
                new GutAbsorption(parameters, hepcidin, blood),
                new IvIron(parameters, blood),
                erythropoiesis,
                new Macrophages(parameters, hepcidin, blood),
                new IronStores(parameters, hepcidin, blood),
                new TissueIronAndLosses(parameters, blood),
                new BloodBrainBarrier(parameters, blood),
                hepcidin,
                dopamine,
                agonist);
    }

    public ParameterSet parameters() {
        return parameters;
    }

    public Blood blood() {
        return blood;
    }

    public Erythropoiesis erythropoiesis() {
        return erythropoiesis;
    }

    public Hepcidin hepcidin() {
        return hepcidin;
    }

    public DopamineSystem dopamine() {
        return dopamine;
    }

    public AgonistTherapy agonist() {
        return agonist;
    }

    /**
     * Evaluates the derivatives.
     *
     * @param timeH  simulated time, h
     * @param state  a view of the state (amounts mg, signals, tallies)
     * @param inputs dosing inputs in force
     * @param flows  collector already reset onto the derivative vector
     */
    public void derivatives(double timeH, ModelState state, Inputs inputs, Flows flows) {
        for (Mechanism m : mechanisms) {
            m.contribute(timeH, state, inputs, flows);
        }
    }
}
