package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> PARAMETERS = List.of("bbb.capacity", "bbb.tsat_half_saturation_pct",
            "bbb.upregulation_gain", "rbc.lifespan_d");

    @Test
    void findsMisspelledWholeNames() {
        assertEquals(Optional.of("patient"), DidYouMean.closest("patinet", List.of("title", "patient", "duration")));
        assertEquals(Optional.of("title"), DidYouMean.closest("Title", List.of("title", "patient")));
    }

    @Test
    void findsAMisspelledWordOfALongName() {
        assertEquals(Optional.of("bbb.upregulation_gain"), DidYouMean.closest("bbb.gian", PARAMETERS));
    }

    @Test
    void findsANameAllOfWhoseWordsWereTyped() {
        assertEquals(Optional.of("coffee"), DidYouMean.closest("with coffee", List.of("fasting", "coffee", "tea")));
    }

    @Test
    void offersNothingUnrelated() {
        assertEquals(Optional.empty(), DidYouMean.closest("xyz", List.of("title", "patient", "arms")));
    }

    @Test
    void adviceListsTheChoicesEitherWay() {
        assertEquals("did you mean 'rbc.lifespan_d'? (see the list)", DidYouMean.advice("rbc.lifespan", PARAMETERS, "see the list"));
        assertEquals("see the list", DidYouMean.advice("qqqqqqqq", PARAMETERS, "see the list"));
    }
}
