package org.rlsim.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.model.PlaceboResponse;
import org.rlsim.model.Signal;
import org.rlsim.model.StateLayout;
import org.rlsim.model.TimeUnits;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RowSink;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/**
 * Enrols and runs the virtual patients of one arm, as a trial does: candidate after candidate is drawn
 * ({@link Variabilities}, and the risk alleles of the arm's {@link Locus drawn loci}; one {@link PatientStreams
 * stream} each), brought to its own untreated steady state,
 * screened by the inclusion criteria, and, if included, treated with the arm's regimen; until {@code size}
 * patients are enrolled. Candidates are screened and run in parallel in batches, but enrolled and reported
 * in candidate order, so the result is the same on any number of threads.
 *
 * <p>Each patient keeps only its course on a coarse grid ({@link #gridH}) of a few outputs, so memory grows by
 * about a kilobyte per patient and no time series of rows is held.
 */
public final class Cohort {
    /** Outputs reported at baseline, in the cohort file's order. */
    public static final List<Observable> BASELINE = List.of(Observable.SERUM_FERRITIN, Observable.TSAT, Observable.HB,
            Observable.BRAIN_IRON, Observable.SYMPTOM_SCORE);
    /** Outputs kept on the grid for readouts and charts; the first, the symptom score, as the patient reports it. */
    public static final List<Observable> COURSE = List.of(Observable.SYMPTOM_SCORE, Observable.SERUM_FERRITIN,
            Observable.BRAIN_IRON, Observable.TSAT);
    /** Floats of course kept for every patient of every arm at most: about 64 MB. */
    static final long COURSE_BUDGET_FLOATS = 16_000_000;
    /** Fewest candidates screened per batch: keeps every core busy. */
    private static final int MIN_BATCH = 4 * Runtime.getRuntime().availableProcessors();
    /** Candidates screened per enrolled patient before giving up: a criterion nearly nobody meets. */
    static final int MAX_CANDIDATES_PER_PATIENT = 100;

    private Cohort() {
    }

    /**
     * What one arm gives its patients.
     *
     * @param name             the arm's name
     * @param index            the arm's index in the scenario (each arm draws its own candidates)
     * @param base             the archetype's parameters with the scenario's and the arm's values: the median patient
     * @param events           the arm's dose events
     * @param treatmentStartH  when the first treatment or placebo is given, h; NaN for an untreated arm (no placebo
     *                         response)
     * @param drawnLoci        the loci whose risk alleles each patient draws ({@link Locus}); at the others every
     *                         patient has {@code base}'s count
     */
    public record Arm(String name, int index, ParameterSet base, List<DoseEvent> events, double treatmentStartH,
                      List<Locus> drawnLoci) {
        public Arm {
            events = List.copyOf(events);
            drawnLoci = List.copyOf(drawnLoci);
        }

        /** An arm whose patients all have {@code base}'s genotype. */
        public Arm(String name, int index, ParameterSet base, List<DoseEvent> events, double treatmentStartH) {
            this(name, index, base, events, treatmentStartH, List.of());
        }
    }

    /**
     * The grid spacing for a population, h: one day, or one week when daily courses of every patient of every
     * arm would not fit in {@link #COURSE_BUDGET_FLOATS}.
     */
    public static double gridH(int patientsPerArm, int arms, double durationH) {
        long daily = (long) patientsPerArm * arms * COURSE.size() * ((long) (durationH / TimeUnits.DAY_H) + 1);
        return daily <= COURSE_BUDGET_FLOATS ? TimeUnits.DAY_H : TimeUnits.WEEK_H;
    }

    /**
     * Enrols and runs one arm's patients.
     *
     * @param durationH how long each patient is followed, h
     * @param gridH     spacing of the kept course, h ({@link #gridH(int, int, double)})
     * @param control   cancels the run and receives its progress: the fraction of the patients enrolled (estimated
     *                  within a batch of candidates from the share screening has admitted so far)
     * @throws PopulationException  if too few candidates meet the inclusion criteria
     * @throws SimulationException  if an enrolled patient's run fails (the message names the arm and patient)
     */
    public static CohortResult run(Arm arm, Population population, double durationH, double gridH, Simulator simulator,
                                   RunControl control) {
        int gridTimes = (int) Math.floor(durationH / gridH + 1e-9) + 1;
        List<PatientOutcome> enrolled = new ArrayList<>(population.size());
        long next = 0;
        long drawn = 0;
        long unsettled = 0;
        long maxCandidates = (long) MAX_CANDIDATES_PER_PATIENT * population.size();
        RunControl each = control.withoutProgress();
        double[] typical = typicalSteadyState(arm, simulator);
        while (enrolled.size() < population.size()) {
            if (next >= maxCandidates) {
                throw new PopulationException(String.format(Locale.ROOT, "arm '%s': only %d of %,d candidates met the"
                        + " inclusion criteria (%s), fewer than the %d asked for", arm.name(), enrolled.size(), next,
                        String.join(", ", population.include().stream().map(Inclusion::written).toList()), population.size()));
            }
            int remaining = population.size() - enrolled.size();
            double passRate = next == 0 ? 1 : Math.max(0.01, (enrolled.size() + 1.0) / (next + 1));
            int batch = (int) Math.min(maxCandidates - next, Math.max(MIN_BATCH, Math.ceil(1.1 * remaining / passRate)));
            long first = next;
            double expected = Math.min(remaining, batch * passRate);
            RunControl batchProgress = control.part((double) enrolled.size() / population.size(),
                    (enrolled.size() + expected) / population.size());
            List<Candidate> results = ParallelRuns.map(batch, batchProgress,
                    j -> candidate(arm, population, first + j, typical, durationH, gridH, gridTimes, simulator, each));
            for (Candidate c : results) {
                if (enrolled.size() == population.size()) {
                    break;
                }
                drawn++;
                if (c.unsettled()) {
                    unsettled++;
                } else if (c.outcome() != null) {
                    PatientOutcome o = c.outcome();
                    enrolled.add(new PatientOutcome(enrolled.size() + 1, o.candidate(), o.drawn(), o.riskAlleles(), o.baseline(),
                            o.course(), o.augmentation()));
                }
            }
            next += batch;
        }
        return new CohortResult(arm.name(), drawn, unsettled, gridH, gridTimes, !Double.isNaN(arm.treatmentStartH()), enrolled);
    }

    /** A screened candidate: unsettled, excluded (no outcome) or enrolled and run. */
    private record Candidate(boolean unsettled, PatientOutcome outcome) {
    }

    /**
     * The steady state of the arm's median patient, where each candidate's steady-state search starts
     * ({@link SteadyState#compute(Physiology, Simulator, double[])}); null if it does not settle.
     */
    private static double[] typicalSteadyState(Arm arm, Simulator simulator) {
        try {
            return SteadyState.of(new Physiology(arm.base()), simulator);
        } catch (SimulationException e) {
            return null;
        }
    }

    private static Candidate candidate(Arm arm, Population population, long index, double[] typical, double durationH,
                                       double gridH, int gridTimes, Simulator simulator, RunControl control) {
        double[] draws = new double[Variabilities.all().size()];
        UniformRandomProvider stream = PatientStreams.of(population.seed(), arm.index(), index);
        ParameterSet parameters = Variabilities.draw(arm.base(), stream, draws);
        for (Locus locus : arm.drawnLoci()) {
            parameters = locus.drawn(parameters, stream);
        }
        // The patient's own threshold of the augmentation incidence, in (0, 1], drawn after every other draw.
        double augmentationThreshold = 1 - stream.nextDouble();
        Physiology model = new Physiology(parameters);
        double[] initial;
        try {
            initial = SteadyState.compute(model, simulator, typical);
        } catch (SimulationException e) {
            return new Candidate(true, null);
        }
        ModelState state = new ModelState(initial);
        for (Inclusion criterion : population.include()) {
            if (!criterion.admits(state, model)) {
                return new Candidate(false, null);
            }
        }
        double[] baseline = new double[BASELINE.size()];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = BASELINE.get(i).value(0, state, model);
        }
        double[] drawn = new double[draws.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = parameters.get(Variabilities.all().get(i).parameter());
        }
        CourseSink course = new CourseSink(gridH, gridTimes, arm.treatmentStartH(), new PlaceboResponse(parameters),
                augmentationThreshold);
        try {
            if (arm.events().isEmpty() && gridH % TimeUnits.DAY_H == 0) {
                stayOnDailyCycle(model, initial, durationH, gridH, course);
            } else {
                simulator.run(model, initial, arm.events(), durationH, gridH, course, control);
            }
        } catch (SimulationException e) {
            throw new SimulationException(e.problem(), "arm '" + arm.name() + "', virtual patient (candidate " + index + "): "
                    + e.getMessage(), e.reachedH(), e);
        }
        int[] riskAlleles = new int[Locus.values().length];
        for (Locus locus : Locus.values()) {
            riskAlleles[locus.ordinal()] = (int) parameters.get(locus.riskAlleles());
        }
        return new Candidate(false, new PatientOutcome(0, index, drawn, riskAlleles, baseline, course.values,
                course.augmentedAt));
    }

    /**
     * The course of a patient given no dose (a placebo or untreated arm): the untreated model from its steady state
     * stays on its daily cycle, which returns to {@code initial} at every 00:00 (to the one-day mismatch
     * {@link SteadyState} accepts, 1e-10 relative or the integrator's own error over a day), so on a grid of
     * whole days every row is that state. Simulating the 26 weeks gives the same rows to the integrator's error,
     * at the cost of half a trial's runs.
     */
    private static void stayOnDailyCycle(Physiology model, double[] initial, double durationH, double gridH, RowSink course) {
        ModelState state = new ModelState(initial);
        course.begin(model, List.of(), durationH);
        for (int k = 0; k * gridH <= durationH; k++) {
            course.row(k * gridH, state);
        }
        course.end();
    }

    /**
     * Keeps the {@link #COURSE} outputs at the grid times; the symptom score as reported, with the placebo response.
     *
     * <p>Augmentation as an individual event: the model's augmentation signal P(t) is the cumulative incidence of
     * augmentation under the drug ({@link org.rlsim.model.AgonistTherapy}); the patient augments at the first grid
     * time at which P reaches its own threshold u, uniform on (0, 1] (inverse-transform sampling of the time to
     * the event). From then on the patient's score is that of an augmented patient (P = 1 in the model's formula),
     * before it that of a relieved one (P = 0), instead of the population's expected mix.
     */
    private static final class CourseSink implements RowSink {
        private static final int AUGMENTATION = StateLayout.index(Signal.AUGMENTATION);
        private final double gridH;
        private final double treatmentStartH;
        private final PlaceboResponse placebo;
        private final double augmentationThreshold;
        private final float[][] values;
        private Physiology model;
        /** The grid index at which the patient augmented; −1 while it has not. */
        private int augmentedAt = -1;

        CourseSink(double gridH, int gridTimes, double treatmentStartH, PlaceboResponse placebo, double augmentationThreshold) {
            this.gridH = gridH;
            this.treatmentStartH = treatmentStartH;
            this.placebo = placebo;
            this.augmentationThreshold = augmentationThreshold;
            values = new float[COURSE.size()][gridTimes];
        }

        @Override
        public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
            model = physiology;
        }

        @Override
        public void row(double timeH, ModelState state) {
            double k = Math.rint(timeH / gridH);
            if (Math.abs(timeH - k * gridH) > 1e-9 * Math.max(1, timeH) || k >= values[0].length) {
                return;
            }
            int column = (int) k;
            double incidence = state.signal(Signal.AUGMENTATION);
            if (augmentedAt < 0 && incidence >= augmentationThreshold) {
                augmentedAt = column;
            }
            ModelState individual = state;
            if (incidence > 0) {
                double[] y = state.copy();
                y[AUGMENTATION] = augmentedAt >= 0 ? 1 : 0;
                individual = new ModelState(y);
            }
            for (int o = 0; o < COURSE.size(); o++) {
                values[o][column] = (float) COURSE.get(o).value(timeH, o == 0 ? individual : state, model);
            }
            if (!Double.isNaN(treatmentStartH)) {
                values[0][column] *= (float) (1 - placebo.fraction(timeH - treatmentStartH));
            }
        }
    }
}
