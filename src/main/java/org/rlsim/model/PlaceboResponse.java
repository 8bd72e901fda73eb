package org.rlsim.model;

import java.util.List;

/**
 * The placebo response: the part of a trial arm's improvement that comes from being treated at all
 * (expectation, attention, regression to the mean), not from the drug. It lowers the symptom score a
 * patient reports by a fraction that builds up after the start of treatment and then holds:
 * <pre>
 *   fraction(t) = f · (1 − 2^(−t / t½))        t: time since the first treatment or placebo, h
 *   reported score = model score · (1 − fraction(t))
 * </pre>
 * {@code f} differs between people (logit-normal, median {@link #FRACTION}, spread {@link #SPREAD}). Every
 * treated arm of a trial has it, the drug arm as well as the placebo arm (a patient who gets an infusion
 * expects it to work); an arm with nothing given, the natural course, has none. Only a virtual population
 * shows it: a single archetype's course is the natural course under the drug. Calibrated to the placebo
 * arms of the iron trials: IRLS falls of 4.0 at day 28 (Allen 2011), 7.9 at week 6 (Cho 2016), 4.8 at day 42
 * (Earley 2024), 0.8–12 points across the Cochrane 2019 trials, and still 11.1 at 6 months (Högl 2011),
 * so the response is modelled as lasting (physiology.md §5b, §5c, §5d).
 */
public final class PlaceboResponse {
    public static final Parameter FRACTION = Parameter.of("placebo.response_fraction", "1", 0.2, 0, 0.95,
            "Fraction of the symptom score a placebo removes once its effect has built up (the median patient's)",
            "fitted to the placebo arms of the FCM trials: IRLS −4.0 at day 28 from about 24 (Allen 2011), −7.9 at week 6"
            + " (Cho 2016), −4.8 at day 42 (Earley 2024); Cochrane 2019: 0.8–12 points (physiology.md §5b)", Grade.FITTED);
    public static final Parameter ONSET_HALF_TIME = Parameter.of("placebo.onset_half_time_d", "d", 4, 0.1, 60,
            "Half-time with which the placebo response builds up after the first treatment",
            "placebo-arm improvement is present at the first visits, 1–2 weeks after randomisation (Allen 2011;"
            + " Earley 2024; physiology.md §5b); value illustrative", Grade.ILLUSTRATIVE);

    /** Spread of the placebo fraction between people, σ on the logit scale. */
    public static final double SPREAD = 1.0;
    /** Where {@link #SPREAD} comes from. */
    public static final String SPREAD_SOURCE = "placebo-arm IRLS change −7.9 ± 5.9 points at week 6 (Cho 2016) and"
            + " 0.8–12 points between trials (Cochrane 2019; physiology.md §5b): σ 1.0 on the logit scale gives a between-patient"
            + " SD of about 0.16 around the median fraction";

    static final List<Parameter> PARAMETERS = List.of(FRACTION, ONSET_HALF_TIME);

    private final double fraction;
    private final double onsetRatePerH;

    public PlaceboResponse(ParameterSet p) {
        fraction = p.get(FRACTION);
        onsetRatePerH = Math.log(2) / (p.get(ONSET_HALF_TIME) * TimeUnits.DAY_H);
    }

    /**
     * The fraction of the symptom score removed {@code sinceStartH} hours after the first treatment, 0 before it.
     */
    public double fraction(double sinceStartH) {
        return sinceStartH <= 0 ? 0 : fraction * -Math.expm1(-onsetRatePerH * sinceStartH);
    }
}
