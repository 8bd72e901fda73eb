package org.rlsim.dosing;

import java.util.List;
import java.util.Objects;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;

/** One line of a treatment plan, expanded into dose events by its schedule. */
public sealed interface RegimenItem {
    /** The dose events of this item, in time order. */
    List<DoseEvent> events();

    /** When the item's doses (or placebos) are given. */
    Schedule schedule();

    /**
     * A placebo: something that looks like treatment and contains no drug (a saline infusion, a sugar tablet).
     * It gives no dose; in a virtual population its first time starts the placebo response
     * ({@link org.rlsim.model.PlaceboResponse}).
     *
     * @param label    what is given, for people (e.g. "saline infusion")
     * @param schedule when
     */
    record Placebo(String label, Schedule schedule) implements RegimenItem {
        public Placebo {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(schedule, "schedule");
        }

        @Override
        public List<DoseEvent> events() {
            return List.of();
        }
    }

    /**
     * A course of oral iron.
     *
     * @param label       what is taken, for people (e.g. "ferrous sulfate 325 mg")
     * @param elementalMg elemental iron per dose, mg
     * @param intake      how each dose is taken
     * @param schedule    when
     */
    record Oral(String label, double elementalMg, IntakeCondition intake, Schedule schedule) implements RegimenItem {
        public Oral {
            Objects.requireNonNull(label, "label");
            Checks.positive("oral dose", elementalMg, "mg");
            Objects.requireNonNull(intake, "intake");
            Objects.requireNonNull(schedule, "schedule");
        }

        @Override
        public List<DoseEvent> events() {
            return schedule.times().stream().<DoseEvent>map(t -> new OralDose(t, elementalMg, intake)).toList();
        }
    }

    /**
     * A course of IV iron.
     *
     * @param product   the product
     * @param doseMg    elemental iron per infusion, mg
     * @param durationH infusion duration, h
     * @param schedule  when each infusion starts
     */
    record Iv(IvProduct product, double doseMg, double durationH, Schedule schedule) implements RegimenItem {
        public Iv {
            Objects.requireNonNull(product, "product");
            Checks.positive("infusion dose", doseMg, "mg");
            Checks.nonNegative("infusion duration", durationH, "h");
            Objects.requireNonNull(schedule, "schedule");
            if (schedule.count() > 1 && durationH > schedule.intervalH()) {
                throw new IllegalArgumentException("each infusion lasts " + Checks.format(durationH)
                        + " h, longer than the " + Checks.format(schedule.intervalH()) + " h between infusions");
            }
        }

        @Override
        public List<DoseEvent> events() {
            return schedule.times().stream().<DoseEvent>map(t -> new IvInfusion(t, doseMg, durationH, product)).toList();
        }
    }

    /**
     * Repeated losses of blood, such as donations.
     *
     * @param label     what it is ("blood donation")
     * @param volumeMl  whole blood per event, mL
     * @param durationH over how long each event lasts, h (0 = at once)
     * @param schedule  when
     */
    record Bleed(String label, double volumeMl, double durationH, Schedule schedule) implements RegimenItem {
        public Bleed {
            Objects.requireNonNull(label, "label");
            Checks.positive("blood loss volume", volumeMl, "mL");
            Checks.nonNegative("blood loss duration", durationH, "h");
            Objects.requireNonNull(schedule, "schedule");
        }

        @Override
        public List<DoseEvent> events() {
            return schedule.times().stream().<DoseEvent>map(t -> new BloodLoss(t, volumeMl, durationH, label)).toList();
        }
    }

    /**
     * A pregnancy that runs its course ({@link org.rlsim.model.Pregnancy}): gestation from {@code startH},
     * delivery {@value org.rlsim.model.Pregnancy#TERM_WEEKS} weeks later with a loss of blood, then the
     * puerperium.
     *
     * @param startH         start (gestational week 0), h since 00:00 of day 0
     * @param deliveryLossMl whole blood lost at delivery, mL (&gt; 0)
     */
    record Pregnancy(double startH, double deliveryLossMl) implements RegimenItem {
        /** Label of the delivery's blood loss. */
        public static final String DELIVERY_LABEL = "blood loss at delivery";
        /** Whole blood lost at a vaginal delivery when none is given, mL. */
        public static final double DEFAULT_DELIVERY_LOSS_ML = 500;

        public Pregnancy {
            Checks.time("pregnancy start", startH);
            Checks.positive("blood loss at delivery", deliveryLossMl, "mL");
        }

        /** When the delivery is, h. */
        public double deliveryH() {
            return startH + org.rlsim.model.Pregnancy.TERM_WEEKS * org.rlsim.model.TimeUnits.WEEK_H;
        }

        @Override
        public Schedule schedule() {
            return Schedule.once(startH);
        }

        @Override
        public List<DoseEvent> events() {
            return List.of(new Gestation(startH), new BloodLoss(deliveryH(), deliveryLossMl, 0, DELIVERY_LABEL));
        }
    }

    /**
     * A course of a dopamine agonist.
     *
     * @param drug     the agonist
     * @param doseMg   mg of drug per dose (a patch: mg delivered per 24 h)
     * @param schedule when each dose is taken (a patch: put on)
     */
    record Agonist(AgonistDrug drug, double doseMg, Schedule schedule) implements RegimenItem {
        public Agonist {
            Objects.requireNonNull(drug, "drug");
            Checks.positive("agonist dose", doseMg, "mg");
            Objects.requireNonNull(schedule, "schedule");
            if (drug.route() == AgonistDrug.Route.PATCH && schedule.count() > 1 && schedule.intervalH() < AgonistDrug.PATCH_WEAR_H) {
                throw new IllegalArgumentException("a " + drug.displayName() + " patch is worn 24 h; change it every 24 h or less often");
            }
        }

        @Override
        public List<DoseEvent> events() {
            return schedule.times().stream().<DoseEvent>map(t -> new AgonistDose(t, drug, doseMg)).toList();
        }
    }
}
