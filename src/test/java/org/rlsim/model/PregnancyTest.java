package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The time course of a pregnancy item: what the mechanisms read at each gestational age. */
class PregnancyTest {
    private static final double START_H = 100;
    private final Pregnancy pregnancy = new Pregnancy(ParameterSet.defaults());

    private static Inputs inForce() {
        Inputs inputs = new Inputs();
        inputs.setPregnancyStart(START_H);
        return inputs;
    }

    private static double atWeek(double week) {
        return START_H + week * TimeUnits.WEEK_H;
    }

    /** Midpoint rule over the weeks [from, to), mg. */
    private double fetalIronMg(double fromWeek, double toWeek) {
        int steps = 20_000;
        double stepH = (toWeek - fromWeek) * TimeUnits.WEEK_H / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += pregnancy.fetalDemandMgPerH(atWeek(fromWeek) + (i + 0.5) * stepH, inForce()) * stepH;
        }
        return sum;
    }

    @Test
    void fetusAndPlacentaTakeTheirIronOverFortyWeeksMostOfItInTheThirdTrimester() {
        double total = ParameterSet.defaults().get(Pregnancy.CONCEPTION_IRON);
        assertEquals(total, fetalIronMg(0, 40), 1e-6 * total);
        double third = fetalIronMg(27, 40) / total;
        assertEquals(1 - Math.pow(27.0 / 40, 3), third, 1e-6, "the third trimester's share");
        assertEquals(0, pregnancy.fetalDemandMgPerH(atWeek(40), inForce()), "none after delivery");
        assertEquals(0, pregnancy.fetalDemandMgPerH(atWeek(-1), inForce()), "none before the start");
    }

    @Test
    void plasmaExpandsFromWeekSixToWeekThirtyFourAndContractsOverThePuerperium() {
        double expansion = ParameterSet.defaults().get(Pregnancy.PLASMA_EXPANSION);
        assertEquals(0, pregnancy.plasmaExcess(atWeek(6), inForce()));
        assertEquals(expansion / 2, pregnancy.plasmaExcess(atWeek(20), inForce()), 1e-12, "half way");
        assertEquals(expansion, pregnancy.plasmaExcess(atWeek(36), inForce()), 1e-12);
        assertEquals(expansion / 2, pregnancy.plasmaExcess(atWeek(40 + Pregnancy.POSTPARTUM_WEEKS / 2), inForce()), 1e-12);
        assertEquals(0, pregnancy.plasmaExcess(atWeek(40 + Pregnancy.POSTPARTUM_WEEKS), inForce()));
    }

    @Test
    void outsideAPregnancyNothingChanges() {
        Inputs none = new Inputs();
        for (double week : new double[] {-1, 0, 20, 45}) {
            assertEquals(0, pregnancy.plasmaExcess(atWeek(week), none));
            assertEquals(1, pregnancy.absorptionFactor(atWeek(week), none));
            assertEquals(1, pregnancy.hbTargetFactor(atWeek(week), none));
            assertEquals(false, Pregnancy.inForce(atWeek(week), none));
        }
        assertEquals(true, Pregnancy.inForce(atWeek(45), inForce()), "menstruation has not returned in the puerperium");
        assertEquals(false, Pregnancy.inForce(atWeek(40 + Pregnancy.POSTPARTUM_WEEKS), inForce()));
        Inputs cleared = inForce();
        cleared.clearRates();
        assertEquals(false, Pregnancy.inForce(atWeek(20), cleared), "each segment sets the pregnancy anew");
    }

    @Test
    void absorptionAndTheDefendedHaemoglobinFollowThePregnancy() {
        ParameterSet p = ParameterSet.defaults();
        assertEquals(p.get(Pregnancy.ABSORPTION_FACTOR), pregnancy.absorptionFactor(atWeek(38), inForce()), 1e-12);
        assertEquals(1 - p.get(Pregnancy.HB_SET_POINT_FALL), pregnancy.hbTargetFactor(atWeek(38), inForce()), 1e-12);
        assertEquals(1, pregnancy.absorptionFactor(atWeek(3), inForce()), 1e-12);
    }
}
