package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;

/** Treatment plans in words, as {@code rlsim describe} prints them. */
class LessonTextTest {
    @Test
    void anAgonistTabletCourseInWords() {
        assertEquals("pramipexole 0.25 mg by mouth, 730 times, every day from day 0 at 20:00",
                LessonText.item(new RegimenItem.Agonist(AgonistDrug.PRAMIPEXOLE, 0.25, new Schedule(20, 24, 730))));
    }

    @Test
    void anAgonistPatchInWords() {
        assertEquals("rotigotine patch 2 mg/24 h, 14 times, every day from day 0 at 08:00",
                LessonText.item(new RegimenItem.Agonist(AgonistDrug.ROTIGOTINE, 2, new Schedule(8, 24, 14))));
    }

    @Test
    void aPregnancyInWords() {
        assertEquals("pregnancy (delivery 40 weeks later, losing 500 mL of blood), once on day 8 at 08:00",
                LessonText.item(new RegimenItem.Pregnancy(8 * 24 + 8, 500)));
    }

    @Test
    void aPlaceboInWords() {
        assertEquals("saline infusion (no drug), once on day 0 at 08:00",
                LessonText.item(new RegimenItem.Placebo("saline infusion", Schedule.once(8))));
    }

    /** One example of every kind of regimen item: each has words, and no kind is missing from the list. */
    @Test
    void everyKindOfItemHasWords() {
        List<RegimenItem> examples = List.of(
                new RegimenItem.Oral("ferrous sulfate 325 mg", 65, IntakeCondition.values()[0], Schedule.once(8)),
                new RegimenItem.Iv(IvProduct.values()[0], 1000, 0.25, Schedule.once(8)),
                new RegimenItem.Bleed("blood donation", 450, 0, Schedule.once(8)),
                new RegimenItem.Agonist(AgonistDrug.PRAMIPEXOLE, 0.25, Schedule.once(20)),
                new RegimenItem.Placebo("saline infusion", Schedule.once(8)),
                new RegimenItem.Pregnancy(8, 500));
        assertEquals(Set.of(RegimenItem.class.getPermittedSubclasses()),
                examples.stream().map(Object::getClass).collect(Collectors.toSet()));
        for (RegimenItem item : examples) {
            assertTrue(LessonText.item(item).endsWith(", once on day 0 at " + (item instanceof RegimenItem.Agonist ? "20:00" : "08:00")));
        }
    }
}
