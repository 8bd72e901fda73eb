package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;

/** The scenario keys for teaching: hypothesis, sources, teaching note, per-arm patient, annotations, slide. */
class LessonKeysTest {
    @Test
    void readsTheTeachingKeysAndAPatientPerArm() throws ScenarioException {
        Scenario s = new ScenarioLoader().parse("""
                title: Two patients
                hypothesis: Iron helps the deficient patient more.
                sources: [Allen 2011, "Cho 2016: week 6"]
                teaching_note:
                  predict: Who gains more?
                  observe: |
                    The deficient one.
                duration: 8 weeks
                charts: [serum_ferritin, symptom_score]
                slide: 4:3
                annotations:
                  - {at: week 6, text: compare here, chart: symptom_score}
                  - {at: day 3, text: infusion done}
                arms:
                  - {name: Deficient, patient: rls-iron-deficient}
                  - {name: Normal iron, patient: rls-normal-iron}
                """, "k.yaml", "k");
        assertEquals(new Lesson("Iron helps the deficient patient more.", List.of("Allen 2011", "Cho 2016: week 6"),
                "Who gains more?", "The deficient one."), s.lesson());
        assertEquals(List.of(Patient.find("rls-iron-deficient").orElseThrow(), Patient.find("rls-normal-iron").orElseThrow()),
                s.patients());
        assertEquals(SlideFormat.STANDARD, s.slide());
        assertEquals(List.of(new Annotation(6 * 168, "compare here", Optional.of(Observable.SYMPTOM_SCORE)),
                new Annotation(72, "infusion done", Optional.empty())), s.annotations());
    }

    @Test
    void anArmsOwnPatientOverridesTheScenarios() throws ScenarioException {
        Scenario s = new ScenarioLoader().parse("title: T\npatient: healthy-man\nduration: 1 week\n"
                + "arms: [{name: A}, {name: B, patient: healthy-woman}]\n", "p.yaml", "p");
        assertEquals(List.of("healthy-man", "healthy-woman"), s.arms().stream().map(a -> a.patient().id()).toList());
        assertEquals(SlideFormat.WIDE, s.slide());
    }
}
