package org.rlsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The whole model for one parameter set, and the one place that defines it for the simulator:
 * <ul>
 *   <li>its state: the vector laid out by {@link StateLayout} (iron amounts, signals, tallies, drug
 *       amounts), kept non-negative by {@link #keepNonNegative};</li>
 *   <li>its flows: the mechanisms, summed into derivatives by {@link #derivatives};</li>
 *   <li>its jumps, the doses given at once, booked through {@link Flows} like every other transfer:
 *       {@link #swallowIron}, {@link #injectIron}, {@link #swallowAgonist}, {@link #loseBlood};</li>
 *   <li>its steady state: the unknowns ({@link #steadyStateUnknowns}, {@link #dailyCycleUnknowns}), the
 *       starting guess ({@link #steadyStateGuess}) and the states that follow from the others
 *       ({@link #completeSteadyState}, {@link #untreatedStart});</li>
 *   <li>its outputs: the {@link Observable}s, with units and reference ranges.</li>
 * </ul>
 * The simulator and the steady-state solver are generic: they know no compartment by name. Immutable and
 * allocation-free per evaluation, so it can be evaluated millions of times, from several threads at once.
 */
public final class Physiology {
    private final ParameterSet parameters;
    private final Blood blood;
    private final Erythropoiesis erythropoiesis;
    private final Hepcidin hepcidin;
    private final DopamineSystem dopamine;
    private final AgonistTherapy agonist;
    private final PlasmaVolume plasmaVolume;
    private final HypoxiaSignalling hypoxia;
    private final GutAbsorption gutAbsorption;
    private final IvIron ivIron;
    private final Macrophages macrophages;
    private final IronStores ironStores;
    private final TissueIronAndLosses tissueIronAndLosses;
    private final BloodBrainBarrier bloodBrainBarrier;
    /** The mechanisms a model variant adds (empty by default), after the core ones. */
    private final Mechanism[] variantMechanisms;

    public Physiology(ParameterSet parameters) {
        this.parameters = parameters;
        blood = new Blood(parameters);
        Pregnancy pregnancy = new Pregnancy(parameters);
        erythropoiesis = new Erythropoiesis(parameters, blood, pregnancy);
        hepcidin = new Hepcidin(parameters, blood, erythropoiesis);
        dopamine = new DopamineSystem(parameters);
        agonist = new AgonistTherapy(parameters, blood);
        plasmaVolume = new PlasmaVolume(parameters, blood, pregnancy);
        hypoxia = new HypoxiaSignalling(parameters, blood, dopamine);
        gutAbsorption = new GutAbsorption(parameters, hepcidin, blood, pregnancy);
        ivIron = new IvIron(parameters, blood);
        macrophages = new Macrophages(parameters, hepcidin, blood);
        ironStores = new IronStores(parameters, hepcidin, blood);
        tissueIronAndLosses = new TissueIronAndLosses(parameters, blood, pregnancy);
        bloodBrainBarrier = new BloodBrainBarrier(parameters, blood);
        List<Mechanism> variants = new ArrayList<>();
        if (hypoxia.hypothesis().brain()) {
            variants.add(hypoxia); // without the pathway it adds nothing: leaving it out keeps the cost
        }
        variantMechanisms = variants.toArray(new Mechanism[0]);
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

    public HypoxiaSignalling hypoxia() {
        return hypoxia;
    }

    /**
     * The dopaminergic disturbance that brain iron settles to (0–1): {@link DopamineSystem#targetDisturbance},
     * raised by the hypoxia pathway when the model has it.
     */
    public double targetDisturbance(double brainMg) {
        return hypoxia.disturbanceTarget(dopamine.targetDisturbance(brainMg), brainMg);
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
        // The core mechanisms are called one by one, not in a loop over a list: each call then has one known
        // receiver, which the JIT compiles into this method (a loop's call site with eleven receiver classes
        // is dispatched at run time). Measured: about a fifth less time per evaluation (Benchmark).
        plasmaVolume.contribute(timeH, state, inputs, flows);
        gutAbsorption.contribute(timeH, state, inputs, flows);
        ivIron.contribute(timeH, state, inputs, flows);
        erythropoiesis.contribute(timeH, state, inputs, flows);
        macrophages.contribute(timeH, state, inputs, flows);
        ironStores.contribute(timeH, state, inputs, flows);
        tissueIronAndLosses.contribute(timeH, state, inputs, flows);
        bloodBrainBarrier.contribute(timeH, state, inputs, flows);
        hepcidin.contribute(timeH, state, inputs, flows);
        dopamine.contribute(timeH, state, inputs, flows);
        agonist.contribute(timeH, state, inputs, flows);
        for (Mechanism m : variantMechanisms) {
            m.contribute(timeH, state, inputs, flows);
        }
    }

    // ---- jumps: doses given at once, booked as amounts on a Flows collector reset onto a change vector

    /** An iron tablet swallowed: its elemental iron enters the gut lumen (outside the body until absorbed), mg. */
    public void swallowIron(double elementalMg, Flows jump) {
        jump.enterFromOutside(Compartment.GUT_LUMEN, elementalMg);
    }

    /** An IV iron bolus: the product's complex enters plasma at once and counts as infused, mg. */
    public void injectIron(IvProduct product, double mg, Flows jump) {
        jump.infuse(product.compartment(), mg);
    }

    /** A dopamine-agonist tablet swallowed: the drug enters its gut depot, mg of drug. */
    public void swallowAgonist(AgonistDrug drug, double mg, Flows jump) {
        jump.agonistRates(drug, mg, 0);
    }

    /**
     * Whole blood lost at once (a donation): every compartment blood carries loses the same fraction,
     * {@code volume / blood in circulation} (at most all of it), to {@link Compartment#LOST}; the blood in
     * circulation is the normal volume less a deficit not yet refilled, or more in pregnancy ({@link PlasmaVolume}).
     *
     * @param volumeMl whole blood lost, mL
     * @param state    the state just before the loss
     */
    public void loseBlood(double volumeMl, ModelState state, Flows jump) {
        blood.loseFraction(Math.min(1, volumeMl / (blood.bloodVolumeMl() * PlasmaVolume.circulatingFraction(state))), state, jump);
        plasmaVolume.loseAtOnce(volumeMl, state, jump);
    }

    /** Keeps amounts non-negative in place without changing total iron; see {@link NonNegativeAmounts}. */
    public void keepNonNegative(double[] state) {
        NonNegativeAmounts.clamp(state);
    }

    // ---- the steady state of the untreated model

    private static final int[] STEADY_STATE_UNKNOWNS = {
        StateLayout.index(Compartment.PLASMA), StateLayout.index(Compartment.MACROPHAGE),
        StateLayout.index(Compartment.MACROPHAGE_STORE),
        StateLayout.index(Compartment.STORES), StateLayout.index(Compartment.RED_CELLS),
        StateLayout.index(Compartment.TISSUE), StateLayout.index(Compartment.BRAIN),
        StateLayout.index(Signal.HEPCIDIN), StateLayout.index(Signal.IRON_SIGNAL)};
    private static final int[] DAILY_CYCLE_UNKNOWNS = IntStream.concat(IntStream.of(STEADY_STATE_UNKNOWNS),
            IntStream.of(StateLayout.index(Signal.DOPAMINE_DISTURBANCE))).toArray();
    private static final Compartment[] COMPARTMENTS = Compartment.values();
    private static final Signal[] SIGNALS = Signal.values();

    /**
     * State indices of the steady state's unknowns: body pools that exist without treatment, and
     * hepcidin with its iron signal. The dopaminergic disturbance affects no iron flow; it follows from the
     * settled brain iron ({@link #completeSteadyState}).
     */
    public int[] steadyStateUnknowns() {
        return STEADY_STATE_UNKNOWNS.clone();
    }

    /**
     * State indices of the unknowns of the untreated daily cycle (when {@link #hasDailyCycle()}): those of
     * the fixed point plus the dopaminergic disturbance, which follows the (slightly oscillating) brain iron.
     */
    public int[] dailyCycleUnknowns() {
        return DAILY_CYCLE_UNKNOWNS.clone();
    }

    /** Whether the untreated model settles on a daily cycle (a diurnal hepcidin rhythm) rather than a fixed point. */
    public boolean hasDailyCycle() {
        return hepcidin.hasDiurnalRhythm();
    }

    /** The starting guess of the steady-state search: typical adult amounts, mg, and baseline signals. */
    public double[] steadyStateGuess() {
        double[] y = new double[StateLayout.SIZE];
        y[StateLayout.index(Compartment.PLASMA)] = 3;
        y[StateLayout.index(Compartment.MACROPHAGE)] = 15;
        y[StateLayout.index(Compartment.STORES)] = 800;
        y[StateLayout.index(Compartment.RED_CELLS)] = erythropoiesis.targetRedCellMg();
        y[StateLayout.index(Compartment.TISSUE)] = 300;
        y[StateLayout.index(Compartment.BRAIN)] = parameters.get(BloodBrainBarrier.REFERENCE_IRON);
        y[StateLayout.index(Signal.HEPCIDIN)] = 1;
        y[StateLayout.index(Signal.IRON_SIGNAL)] = 1;
        return y;
    }

    /** Sets, in place, the states that follow from the unknowns: the dopaminergic disturbance from brain iron. */
    public void completeSteadyState(double[] y) {
        y[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)] = targetDisturbance(y[StateLayout.index(Compartment.BRAIN)]);
    }

    /**
     * The untreated state to start a run from, taken from the end of another run: body pools and signals
     * kept; the gut lumen, the sinks, the tallies and any drug set to zero, so the run's bookkeeping starts
     * at zero.
     */
    public double[] untreatedStart(double[] end) {
        double[] y = new double[StateLayout.SIZE];
        for (Compartment c : COMPARTMENTS) {
            if (c.inBody()) {
                y[StateLayout.index(c)] = end[StateLayout.index(c)];
            }
        }
        for (Signal sig : SIGNALS) {
            y[StateLayout.index(sig)] = end[StateLayout.index(sig)];
        }
        return y;
    }
}
