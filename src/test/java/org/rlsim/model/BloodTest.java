package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The laboratory read-outs against hand calculations from the default parameters. */
class BloodTest {
    private static final ParameterSet DEFAULTS = ParameterSet.defaults();
    private final Blood blood = new Blood(DEFAULTS);

    /** Transferrin capacity = TIBC · plasma volume · 0.055845 mg/µmol = 60 µmol/L · 3 L · 0.055845 = 10.05 mg. */
    @Test
    void saturationIsPlasmaIronOverTransferrinCapacity() {
        double capacityMg = DEFAULTS.get(Blood.TIBC) * DEFAULTS.get(Blood.PLASMA_VOLUME) * Blood.MG_PER_UMOL_FE;
        assertEquals(10.0521, capacityMg, 1e-4);
        assertEquals(0.3, blood.tsat(0.3 * capacityMg), 1e-15);
        assertEquals(18, blood.serumIronUmolPerL(0.3 * capacityMg), 1e-12, "30 % of 60 µmol/L");
    }

    /**
     * A pregnancy's expanded plasma (blood volume 30% above the normal 5 L, all of it plasma: 1.5 L on 3 L)
     * dilutes transferrin at the same TIBC: capacity ×1.5, so the same transferrin iron is a third less
     * saturated and serum iron a third lower. A deficit after a loss leaves both as they are.
     */
    @Test
    void anExpandedPlasmaDilutesTransferrin() {
        double[] y = new double[StateLayout.SIZE];
        y[StateLayout.index(Compartment.PLASMA)] = 3;
        y[StateLayout.index(Signal.PLASMA_DEFICIT)] = -0.3;
        ModelState expanded = new ModelState(y);
        assertEquals(1.5, blood.plasmaExpansion(expanded), 1e-12);
        assertEquals(blood.tsat(3) / 1.5, blood.tsat(expanded), 1e-15);
        assertEquals(blood.serumIronUmolPerL(3) / 1.5, blood.serumIronUmolPerL(expanded), 1e-12);
        y[StateLayout.index(Signal.PLASMA_DEFICIT)] = 0.1;
        assertEquals(blood.tsat(3), blood.tsat(new ModelState(y)), 0);
    }

    /** Hb = red-cell iron / 3.39 mg per g / 50 dL: 2500 mg gives 14.75 g/dL. */
    @Test
    void haemoglobinAndRedCellIronAreInverse() {
        assertEquals(2500 / 3.39 / 50, blood.hbGPerDl(2500), 1e-12);
        assertEquals(2500, blood.redCellIronForHb(blood.hbGPerDl(2500)), 1e-9);
    }

    @Test
    void freeTransferrinIsOneAtTheReferenceAndZeroWhenFull() {
        assertEquals(1, blood.apoTransferrin(blood.referenceTsat()), 1e-15);
        assertEquals(0, blood.apoTransferrin(1), 0);
        assertEquals(0, blood.apoTransferrin(1.2), 0, "never negative");
        assertEquals(1 / 0.7, blood.apoTransferrin(0), 1e-15);
    }

    @Test
    void theSaturableResponseIsOneAtTheReferenceAndHalfItsMaximumAtHalfSaturation() {
        double k = 0.15;
        double maximum = (k + blood.referenceTsat()) / blood.referenceTsat();
        assertEquals(1, blood.saturableTsatResponse(blood.referenceTsat(), k), 1e-15);
        assertEquals(maximum / 2, blood.saturableTsatResponse(k, k), 1e-15);
        assertEquals(0, blood.saturableTsatResponse(-0.01, k), 0, "a saturation a hair below 0 takes nothing");
    }

    /** Ferritin = (stores + w · macrophage iron) / 8.5 mg per ng/mL; chronic inflammation multiplies it by φ. */
    @Test
    void ferritinReflectsStoresAndWeighsMacrophageIron() {
        double w = DEFAULTS.get(Blood.FERRITIN_MACROPHAGE_WEIGHT);
        assertEquals(100, blood.ferritinNgPerMl(850, 0), 1e-12);
        assertEquals((850 + w * 10) / 8.5, blood.ferritinNgPerMl(850, 10), 1e-12);
        Blood inflamed = new Blood(DEFAULTS.with(ModelVariants.DEFAULT.with(Inflammation.CHRONIC)));
        assertEquals(100 * DEFAULTS.get(Blood.FERRITIN_ACUTE_PHASE), inflamed.ferritinNgPerMl(850, 0), 1e-12);
    }
}
