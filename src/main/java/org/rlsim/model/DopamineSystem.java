package org.rlsim.model;

import java.util.List;

/**
 * The dopaminergic effect of low brain iron, as an indirect-response (effect-compartment) signal,
 * and the symptoms it produces.
 * <pre>
 *   deficit     d  = max(0, 1 − brain iron / reference)
 *   target      D* = d^n/(d^n + d50^n)                  (tyrosine hydroxylase up, D2 receptors down)
 *   disturbance dD/dt = ln2/t½ · (D* − D)
 *   c(t)        = cos(2π(clock − trough − 12)/24)        (−1 at the trough clock time, +1 twelve hours later)
 *   signal(t), by {@link ModelVariants#dopamine()}:
 *     combined      max(0, (1 − D) · (1 + (A0 + A1·D) · c))   (a swing A0 + A1·D above 1 would go below 0)
 *     d2-down       (1 − D) · (1 + A0 · c)
 *     th-circadian  (1 + A0·c + k·D·(1 + c)) / (1 + k·D)
 *   symptom score (IRLS-equivalent, 0–40) = min(40, 40 · s · D)     (s: how strongly this person rates a given disturbance)
 *   urge now (0–10) = 10 · clamp((θ − signal)/θ)
 * </pre>
 * The variants are the competing readings of the dopaminergic findings in RLS:
 * <ul>
 *   <li><b>combined</b> (default): both autopsy findings at once (Connor 2009, Brain 132:2403: putamen
 *       D2 receptors about 30% down, tyrosine hydroxylase up): the signal falls and its circadian swing
 *       deepens with the disturbance (large diurnal CSF changes in RLS, Earley 2006).</li>
 *   <li><b>d2-down</b>: low brain iron lowers D2 receptor density, so post-synaptic signalling falls
 *       by the factor (1 − D) all day; the circadian swing stays the healthy A0. Symptoms peak at the
 *       healthy night-time trough, with little day–night contrast.</li>
 *   <li><b>th-circadian</b>: tyrosine hydroxylase rises with the disturbance, and the extra dopamine
 *       synthesis follows the day (CSF 3-O-methyldopa and HVA higher at 10:00 than at 22:00 in RLS,
 *       Earley 2006; increased synaptic dopamine on PET, Earley 2013): presynaptic dopamine
 *       1 + A0·c + k·D·(1 + c). The post-synaptic side adapts to the daily mean 1 + k·D (D2 binding
 *       down). By day the signal is above normal; at the evening/night trough it falls to
 *       (1 − A0)/(1 + k·D), a mismatch the adapted receptors cannot follow.</li>
 * </ul>
 * In every variant the urge peaks around the trough clock time (evening and night) and grows with the
 * disturbance; the symptom score follows the slow disturbance D itself, the same in every variant.
 */
public final class DopamineSystem implements Mechanism {
    /** Top of the IRLS scale, points. */
    public static final double IRLS_MAX = 40;
    /** Top of the momentary-urge scale. */
    public static final double URGE_MAX = 10;

    public static final Parameter HALF_TIME = Parameter.of("dopamine.response_half_time_d", "d", 7, 0.1, 365,
            "Half-time of the dopamine system's adaptation to a change in brain iron",
            "IV iron effect visible from day 8 (Freiburg 2012, Sleep Med 13:732)", Grade.ILLUSTRATIVE);
    public static final Parameter HALF_EFFECT_DEFICIT = Parameter.of("dopamine.half_effect_deficit", "1", 0.2, 0.01, 1,
            "Brain-iron deficit (fraction of reference) giving half the maximal disturbance",
            "hypothesis-grade; illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter HILL = Parameter.of("dopamine.hill", "1", 2, 0.5, 8,
            "Steepness of the disturbance's response to the brain-iron deficit", "illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter CIRCADIAN_AMPLITUDE = Parameter.of("dopamine.circadian_amplitude", "1", 0.1, 0, 0.9,
            "Day–night swing of dopaminergic tone in a healthy brain (fraction)",
            "dopamine lowest at night (Earley 2006 CSF 10:00 vs 22:00); illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter CIRCADIAN_IRON = Parameter.of("dopamine.circadian_iron_amplification", "1", 0.4, 0, 0.9,
            "Extra day–night swing per unit of disturbance (circadian mismatch in iron deficiency)",
            "large diurnal CSF changes in RLS, small in controls (Earley 2006); illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TROUGH_CLOCK = Parameter.of("dopamine.trough_clock_h", "h", 1, 0, 24,
            "Clock time of the lowest dopaminergic tone",
            "symptoms worst 20:00–04:00, peak ≈ midnight–02:00 (Yang & Lee 2019)", Grade.MEASURED);
    public static final Parameter URGE_THRESHOLD = Parameter.of("dopamine.urge_threshold", "1", 0.85, 0.1, 1,
            "Dopaminergic signal below which an urge to move is felt", "illustrative", Grade.ILLUSTRATIVE);

    public static final Parameter TH_GAIN = Parameter.of("dopamine.th_gain", "1", 1.5, 0, 5,
            "Rise of daytime presynaptic dopamine synthesis per unit of disturbance (dopamine: th-circadian only)",
            "TH and phospho-TH up in RLS putamen and nigra (Connor 2009); CSF dopamine metabolites higher at 10:00 than "
            + "22:00 in RLS (Earley 2006); value illustrative", Grade.ILLUSTRATIVE);

    public static final Parameter SYMPTOM_SCALE = Parameter.of("dopamine.symptom_scale", "1", 1, 0.2, 5,
            "How many IRLS points a person reports for a given dopaminergic disturbance, relative to the typical patient"
            + " (1); varies between people in a virtual population",
            "the IRLS rates the past week's symptoms as the patient perceives them; at the same iron status baseline scores"
            + " differ widely (trial SDs of 4–7 points, physiology.md §5d); 1 for the archetypes", Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(HALF_TIME, HALF_EFFECT_DEFICIT, HILL, CIRCADIAN_AMPLITUDE,
            CIRCADIAN_IRON, TROUGH_CLOCK, URGE_THRESHOLD, TH_GAIN, SYMPTOM_SCALE);

    private final double rate;
    private final double referenceMg;
    private final double halfEffect;
    private final Power hill;
    private final double halfEffectPow;
    private final double amplitude;
    private final double ironAmplification;
    private final double troughClockH;
    private final double threshold;
    private final double thGain;
    private final DopamineHypothesis hypothesis;
    private final double symptomScale;

    public DopamineSystem(ParameterSet p) {
        hypothesis = p.variants().dopamine();
        thGain = p.get(TH_GAIN);
        rate = Math.log(2) / (p.get(HALF_TIME) * 24);
        referenceMg = p.get(BloodBrainBarrier.REFERENCE_IRON);
        halfEffect = p.get(HALF_EFFECT_DEFICIT);
        hill = new Power(p.get(HILL));
        halfEffectPow = hill.of(halfEffect);
        amplitude = p.get(CIRCADIAN_AMPLITUDE);
        ironAmplification = p.get(CIRCADIAN_IRON);
        troughClockH = p.get(TROUGH_CLOCK);
        threshold = p.get(URGE_THRESHOLD);
        symptomScale = p.get(SYMPTOM_SCALE);
    }

    /** Steady-state disturbance (0–1) for a brain-iron amount in mg. */
    public double targetDisturbance(double brainMg) {
        double deficit = Math.max(0, 1 - brainMg / referenceMg);
        double dn = hill.of(deficit);
        return dn / (dn + halfEffectPow);
    }

    /** Dopaminergic signal (1 = healthy daily mean) at a time, given the disturbance; never negative. */
    public double signal(double timeH, double disturbance) {
        double c = Math.cos(2 * Math.PI * (timeH - troughClockH - 12) / 24);
        return switch (hypothesis) {
            case COMBINED -> Math.max(0, (1 - disturbance) * (1 + (amplitude + ironAmplification * disturbance) * c));
            case D2_DOWN -> (1 - disturbance) * (1 + amplitude * c);
            case TH_CIRCADIAN -> (1 + amplitude * c + thGain * disturbance * (1 + c)) / (1 + thGain * disturbance);
        };
    }

    /** IRLS-equivalent symptom score, 0–40 points: the disturbance (0–1) times the scale, times the person's {@link #SYMPTOM_SCALE}. */
    public double symptomScore(double disturbance) {
        return IRLS_MAX * Math.min(1, symptomScale * Math.max(0, disturbance));
    }

    /** Momentary urge to move, 0–10, from the dopaminergic signal. */
    public double urge(double signal) {
        return URGE_MAX * Math.min(1, Math.max(0, (threshold - signal) / threshold));
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double target = targetDisturbance(s.amount(Compartment.BRAIN));
        flows.signalRate(Signal.DOPAMINE_DISTURBANCE, rate * (target - s.signal(Signal.DOPAMINE_DISTURBANCE)));
    }
}
