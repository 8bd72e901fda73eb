package org.rlsim.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;

class RegimenItemTest {
    private static final IntakeCondition INTAKE = IntakeCondition.values()[0];
    private static final IvProduct PRODUCT = IvProduct.values()[0];

    @Test
    void anOralCourseIsOneDoseOfTheSameIronAtEveryTime() {
        List<DoseEvent> events = new RegimenItem.Oral("ferrous sulfate 325 mg", 65, INTAKE, new Schedule(8, 24, 14)).events();
        assertEquals(14, events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(new OralDose(8 + 24 * i, 65, INTAKE), events.get(i));
        }
    }

    @Test
    void anIvCourseGivesOneInfusionPerTimeLastingItsDuration() {
        List<DoseEvent> events = new RegimenItem.Iv(PRODUCT, 500, 0.5, new Schedule(0, 168, 2)).events();
        assertEquals(List.of(new IvInfusion(0, 500, 0.5, PRODUCT), new IvInfusion(168, 500, 0.5, PRODUCT)), events);
        assertEquals(168.5, events.get(1).endH());
    }

    @Test
    void aBleedOfDurationZeroIsInstantaneous() {
        DoseEvent donation = new RegimenItem.Bleed("blood donation", 450, 0, Schedule.once(10)).events().get(0);
        assertEquals(donation.startH(), donation.endH());
        assertEquals(new BloodLoss(10, 450, 0, "blood donation"), donation);
    }

    @Test
    void anAgonistTabletIsInstantaneousAndAPatchIsWornADay() {
        AgonistDrug tablet = AgonistDrug.PRAMIPEXOLE;
        AgonistDrug patch = AgonistDrug.ROTIGOTINE;
        DoseEvent t = new RegimenItem.Agonist(tablet, 0.25, Schedule.once(20)).events().get(0);
        DoseEvent p = new RegimenItem.Agonist(patch, 2, Schedule.once(20)).events().get(0);
        assertEquals(20, t.endH());
        assertEquals(20 + AgonistDrug.PATCH_WEAR_H, p.endH());
        assertEquals("0.25 mg pramipexole", t.describe());
        assertEquals("2 mg/24 h rotigotine", p.describe());
    }

    @Test
    void infusionsMayNotOverlapAndPatchesNotBeChangedBeforeADay() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new RegimenItem.Iv(PRODUCT, 200, 3, new Schedule(0, 2, 5))).getMessage()
                .contains("each infusion lasts 3 h, longer than the 2 h between infusions"));
        assertThrows(IllegalArgumentException.class,
                () -> new RegimenItem.Agonist(AgonistDrug.ROTIGOTINE, 2, new Schedule(0, 12, 4)));
        new RegimenItem.Agonist(AgonistDrug.PRAMIPEXOLE, 0.25, new Schedule(0, 12, 4));
    }

    @Test
    void refusesAmountsThatAreNotPositive() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new RegimenItem.Oral("x", 0, INTAKE, Schedule.once(0))).getMessage()
                .contains("oral dose must be a positive number of mg"));
        assertThrows(IllegalArgumentException.class, () -> new RegimenItem.Iv(PRODUCT, -1, 0, Schedule.once(0)));
        assertThrows(IllegalArgumentException.class, () -> new RegimenItem.Bleed("x", Double.NaN, 0, Schedule.once(0)));
        assertThrows(IllegalArgumentException.class, () -> new RegimenItem.Bleed("x", 100, -1, Schedule.once(0)));
        assertThrows(IllegalArgumentException.class,
                () -> new RegimenItem.Agonist(AgonistDrug.PRAMIPEXOLE, 0, Schedule.once(0)));
    }
}
