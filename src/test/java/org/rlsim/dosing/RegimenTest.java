package org.rlsim.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;

class RegimenTest {
    private static final IntakeCondition FASTING = IntakeCondition.values()[0];
    private static final IvProduct PRODUCT = IvProduct.values()[0];

    @Test
    void noTreatmentHasNoEvents() {
        assertTrue(Regimen.none().events().isEmpty());
    }

    @Test
    void eventsOfEveryItemComeInTimeOrder() {
        Regimen regimen = new Regimen(List.of(
                new RegimenItem.Oral("65 mg", 65, FASTING, new Schedule(8, 48, 3)),
                new RegimenItem.Iv(PRODUCT, 1000, 0.25, Schedule.once(32)),
                new RegimenItem.Bleed("blood donation", 500, 0, Schedule.once(0))));
        List<Double> starts = regimen.events().stream().map(DoseEvent::startH).toList();
        assertEquals(List.of(0.0, 8.0, 32.0, 56.0, 104.0), starts);
        assertTrue(regimen.events().get(0) instanceof BloodLoss);
        assertTrue(regimen.events().get(2) instanceof IvInfusion);
    }

    /** Two events at the same time keep the order of their items: the plan as written decides. */
    @Test
    void eventsAtTheSameTimeKeepTheOrderOfTheirItems() {
        Regimen regimen = new Regimen(List.of(
                new RegimenItem.Iv(PRODUCT, 500, 0, Schedule.once(8)),
                new RegimenItem.Oral("65 mg", 65, FASTING, Schedule.once(8))));
        assertTrue(regimen.events().get(0) instanceof IvInfusion);
        assertTrue(regimen.events().get(1) instanceof OralDose);
    }

    @Test
    void isImmutable() {
        List<RegimenItem> items = new ArrayList<>(List.of(new RegimenItem.Oral("65 mg", 65, FASTING, Schedule.once(8))));
        Regimen regimen = new Regimen(items);
        items.clear();
        assertEquals(1, regimen.items().size());
        assertThrows(UnsupportedOperationException.class, () -> regimen.events().clear());
    }
}
