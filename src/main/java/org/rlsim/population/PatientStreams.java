package org.rlsim.population;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One independent random stream per virtual patient, so that a patient is the same whatever else is
 * drawn, in whatever order and on however many threads: candidate {@code i} of arm {@code a} under seed
 * {@code s} always draws the same numbers. Each stream is a xoroshiro128++ generator (Commons RNG) whose seed
 * is derived from {@code (s, a, i)} by SplitMix64 mixing, one 64-bit step per part, which spreads
 * neighbouring indices over the whole seed space.
 */
final class PatientStreams {
    private PatientStreams() {
    }

    /**
     * The stream of one candidate.
     *
     * @param seed      the population's seed
     * @param arm       the arm's index (each arm of a trial enrols its own patients)
     * @param candidate the candidate's index within the arm, from 0, in screening order
     */
    static UniformRandomProvider of(long seed, int arm, long candidate) {
        long key = mix(mix(mix(seed) ^ arm) ^ candidate);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(key);
    }

    /** One SplitMix64 output for a state: a bijective 64-bit mixing function. */
    private static long mix(long state) {
        return RandomSource.SPLIT_MIX_64.create(state).nextLong();
    }
}
