package org.rlsim.population;

import java.util.List;

/**
 * What a scenario's {@code population:} asks for: how many virtual patients each arm enrols, the seed
 * that fixes who they are, the inclusion criteria they are screened by, and the times of the readouts.
 *
 * @param size      patients enrolled per arm (each arm enrols its own, as randomisation does), from 1
 * @param seed      the seed: the same seed gives the same patients, on any number of threads
 * @param include   the criteria every enrolled patient meets at screening (may be empty)
 * @param readoutsH the times at which the readouts are reported, h since 00:00 of day 0, ascending (may be empty)
 */
public record Population(int size, long seed, List<Inclusion> include, List<Double> readoutsH) {
    /** Largest population per arm: a 100,000-patient summary fits in 512 MB of heap. */
    public static final int MAX_SIZE = 100_000;

    public Population {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", got " + size);
        }
        include = List.copyOf(include);
        readoutsH = readoutsH.stream().sorted().distinct().toList();
    }
}
