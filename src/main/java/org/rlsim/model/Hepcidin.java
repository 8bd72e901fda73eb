package org.rlsim.model;

import java.util.List;

/**
 * Hepcidin, the iron-regulatory hormone, relative to the healthy reference (a healthy man at his steady
 * state = 1; not the patient's own baseline), in two stages.
 * <ol>
 *   <li>The hepatocyte's <em>iron signal</em> S (holo-transferrin sensed by TfR2/HFE, then BMP6–SMAD
 *       signalling and transcription) follows transferrin saturation with a delay of hours.</li>
 *   <li>Hepcidin H follows its target, set by S, storage iron (BMP6 tracks liver iron),
 *       inflammation, erythropoietic drive (erythroferrone) and a diurnal rhythm.</li>
 * </ol>
 * <pre>
 *   x  = (TSAT/TSAT_ref)^b      S* = Smax·x/(Smax − 1 + x)      dS/dt = ln2/t½S · (S* − S)
 *   H* = I · (liver stores/storage_ref)^a · S / drive^c · (1 + A·cos(2π(clock − peak)/24))
 *   I  = hepcidin.inflammation with {@code inflammation: chronic}, else 1
 *   dH/dt = ln2/t½H · (H* − H)
 * </pre>
 * Holo-transferrin sensing saturates (at most Smax), and the storage term counts liver (hepatocyte) storage
 * iron only, which BMP6 tracks: iron held in macrophages after IV iron raises hepcidin through the saturation
 * it keeps up, not as stores, so hepcidin a week after 1000 mg FCM is about five-fold (Santer 2020).
 * The chain of two delays reproduces the time course after an oral dose: hepcidin peaks some 6–12 h
 * after the dose, is still raised at 24 h and back at baseline by 48 h (Moretti 2015; Stoffel 2017,
 * 2020), so a dose on the next day is absorbed less and alternate-day dosing absorbs more per dose.
 *
 * <p>Hepcidin acts by degrading ferroportin, the only iron exporter: {@link #ferroportinActivity(double)}
 * scales gut absorption and release from macrophages and stores.
 */
public final class Hepcidin implements Mechanism {
    public static final Parameter HALF_LIFE = Parameter.of("hepcidin.response_half_time_h", "h", 5.5, 0.5, 72,
            "Half-time of hepcidin's approach to its target",
            "fitted (with the iron-signal half-time) to T9 and T8: hepcidin up at 8 h and 24 h after ≥60 mg oral iron, "
            + "baseline by 48 h, next-day absorption −35 to −45% (Moretti 2015; Stoffel 2017)", Grade.FITTED);
    public static final Parameter SIGNAL_HALF_TIME = Parameter.of("hepcidin.iron_signal_half_time_h", "h", 4.5, 0.1, 72,
            "Half-time of the hepatocyte iron signal (TfR2/HFE → BMP6–SMAD) following transferrin saturation",
            "fitted to T9/T8 (Moretti 2015): peak hepcidin 6–12 h after a dose, still raised at 24 h, baseline by 48 h", Grade.FITTED);
    public static final Parameter STORE_EXPONENT = Parameter.of("hepcidin.storage_exponent", "1", 0.5, 0, 3,
            "Sensitivity of hepcidin to storage iron (power)", "BMP6 signalling tracks liver iron; value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TSAT_EXPONENT = Parameter.of("hepcidin.tsat_exponent", "1", 2.35, 0, 4,
            "Sensitivity of hepcidin to transferrin saturation (power)",
            "holo-transferrin sensing (TfR2/HFE); fitted to T8–T10 (a 60 mg dose roughly doubles hepcidin at 24 h, "
            + "cutting next-day absorption by ~35%: Moretti 2015, Stoffel 2017)", Grade.FITTED);
    public static final Parameter SIGNAL_MAX = Parameter.of("hepcidin.iron_signal_max", "1", 20, 1.01, 1000,
            "Largest hepatocyte iron signal, relative to a healthy man: holo-transferrin sensing saturates",
            "hepcidin induction by holo-transferrin is dose-dependent and saturable in hepatocytes (Lin 2007, Blood "
            + "110:2182; general knowledge, not in physiology.md); fitted to T26: a week after 1000 mg FCM, TSAT 31 → 65% "
            + "and hepcidin only ×4.9 (Santer 2020), where the TSAT power alone gives ×6", Grade.FITTED);
    public static final Parameter ERYTHROID_EXPONENT = Parameter.of("hepcidin.erythroid_exponent", "1", 1.0, 0, 4,
            "Suppression of hepcidin by erythropoietic drive (power)", "erythroferrone; value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter INFLAMMATION = new Parameter("hepcidin.inflammation", "1", 4, 0.1, 50, 1, 10,
            "Multiplier on hepcidin from chronic inflammation (IL-6 → STAT3); used only with inflammation: chronic",
            "hepcidin several-fold raised in haemodialysis and chronic inflammation (Ganz & Nemeth; general knowledge, "
            + "not in physiology.md); value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter REFERENCE_STORAGE = Parameter.of("hepcidin.reference_storage_mg", "mg", 1000, 50, 5000,
            "Liver storage iron at which the storage term equals 1", "≈1000 mg stores in men (ISBT review; Gordeuk 2008 0.8 g)", Grade.MEASURED);
    public static final Parameter FERROPORTIN_SENSITIVITY = Parameter.of("hepcidin.ferroportin_sensitivity", "1", 30, 0, 100,
            "K in ferroportin activity (1+K)/(1+K·H): how strongly hepcidin blocks iron export",
            "fitted to T7–T8 (Moretti 2015): at the low hepcidin of iron deficiency export is nearly proportional to 1/H, "
            + "so a doubling of hepcidin cuts next-day absorption by about a third", Grade.FITTED);
    public static final Parameter DIURNAL_AMPLITUDE = Parameter.of("hepcidin.diurnal_amplitude", "1", 0.5, 0, 0.9,
            "Relative day–night swing of hepcidin production (0 = no rhythm)",
            "hepcidin lowest in the early morning, rising through the day (Troutt 2012, Clin Chem 58:1225); "
            + "afternoon hepcidin higher and absorption 37% lower (von Siebenthal 2023); amplitude fitted towards T11, "
            + "limited so that the serum-iron swing stays modest (physiology.md note 6)", Grade.FITTED);
    public static final Parameter DIURNAL_PEAK_CLOCK = Parameter.of("hepcidin.diurnal_peak_clock_h", "h", 15, 0, 24,
            "Clock time at which hepcidin production is highest",
            "rises through the day, declines in the evening (Troutt 2012)", Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(HALF_LIFE, SIGNAL_HALF_TIME, STORE_EXPONENT, TSAT_EXPONENT,
            SIGNAL_MAX, ERYTHROID_EXPONENT, INFLAMMATION, REFERENCE_STORAGE, FERROPORTIN_SENSITIVITY, DIURNAL_AMPLITUDE,
            DIURNAL_PEAK_CLOCK);

    /** Bounds of the hepcidin target, relative to baseline; keeps powers finite at empty stores. */
    private static final double MIN_TARGET = 0.01;
    private static final double MAX_TARGET = 100;

    private final Blood blood;
    private final Erythropoiesis erythropoiesis;
    private final double rate;
    private final double signalRate;
    private final Power a;
    private final Power b;
    private final double signalMax;
    private final Power c;
    private final double inflammation;
    private final double referenceStorage;
    private final double fpnK;
    private final double diurnalAmplitude;
    private final double diurnalPeakH;

    public Hepcidin(ParameterSet p, Blood blood, Erythropoiesis erythropoiesis) {
        this.blood = blood;
        this.erythropoiesis = erythropoiesis;
        rate = Math.log(2) / p.get(HALF_LIFE);
        signalRate = Math.log(2) / p.get(SIGNAL_HALF_TIME);
        a = new Power(p.get(STORE_EXPONENT));
        b = new Power(p.get(TSAT_EXPONENT));
        signalMax = p.get(SIGNAL_MAX);
        c = new Power(p.get(ERYTHROID_EXPONENT));
        inflammation = p.variants().inflammation() == Inflammation.CHRONIC ? p.get(INFLAMMATION) : 1;
        referenceStorage = p.get(REFERENCE_STORAGE);
        fpnK = p.get(FERROPORTIN_SENSITIVITY);
        diurnalAmplitude = p.get(DIURNAL_AMPLITUDE);
        diurnalPeakH = p.get(DIURNAL_PEAK_CLOCK);
    }

    /** Whether hepcidin has a diurnal rhythm, so the untreated model is periodic rather than constant. */
    public boolean hasDiurnalRhythm() {
        return diurnalAmplitude > 0;
    }

    /**
     * Target of the iron signal for a state: {@code Smax · x / (Smax − 1 + x)} with {@code x = (TSAT/TSAT_ref)^b}:
     * 1 at the reference saturation, about x while x is small, never above Smax.
     */
    public double ironSignalTarget(ModelState s) {
        double tsatRatio = Math.max(0, blood.tsat(s)) / blood.referenceTsat();
        double x = b.of(tsatRatio);
        return signalMax * x / (signalMax - 1 + x);
    }

    /** Diurnal factor on hepcidin production at a time, mean 1. */
    public double diurnalFactor(double timeH) {
        return 1 + diurnalAmplitude * Math.cos(2 * Math.PI * (timeH - diurnalPeakH) / 24);
    }

    /** Target hepcidin (relative to baseline) for a state at a time, with the inputs then in force. */
    public double target(double timeH, ModelState s, Inputs inputs) {
        double storage = Math.max(0, s.amount(Compartment.STORES));
        double signal = Math.max(0, s.signal(Signal.IRON_SIGNAL));
        double drive = erythropoiesis.drive(timeH, s, inputs);
        double h = inflammation * a.of(storage / referenceStorage) * signal / c.of(drive)
                * diurnalFactor(timeH);
        return Math.min(MAX_TARGET, Math.max(MIN_TARGET, h));
    }

    /**
     * Ferroportin activity relative to baseline, {@code (1+K)/(1+K·H)}: 1 at baseline hepcidin,
     * at most 1+K when hepcidin is absent, falling towards 0 as hepcidin rises.
     */
    public double ferroportinActivity(double hepcidin) {
        return (1 + fpnK) / (1 + fpnK * Math.max(0, hepcidin));
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        flows.signalRate(Signal.IRON_SIGNAL, signalRate * (ironSignalTarget(s) - s.signal(Signal.IRON_SIGNAL)));
        flows.signalRate(Signal.HEPCIDIN, rate * (target(timeH, s, inputs) - s.signal(Signal.HEPCIDIN)));
    }
}
