package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsim.model.Observable;

/** The {@code expect:} sentences: how they are read, where mistakes are reported, how they are checked. */
class ExpectationsTest {
    private static final String HEAD = "title: T\npatient: rls-iron-deficient\nduration: 4 weeks\noutput_interval: 2 h\n"
            + "arms:\n  - name: IV iron\n    regimen: [{iv: {product: fcm, dose: 1000 mg, infusion: 15 min}}]\n"
            + "  - name: None\n";

    private static Scenario parse(String... sentences) throws ScenarioException {
        StringBuilder yaml = new StringBuilder(HEAD).append("expect:\n");
        for (String s : sentences) {
            yaml.append("  - ").append(s).append('\n');
        }
        return new ScenarioLoader().parse(yaml.toString(), "e.yaml", "e");
    }

    /** The message for a single bad sentence, which is on line 10 from column 5. */
    private static String error(String sentence) {
        return assertThrows(ScenarioException.class, () -> parse(sentence)).getMessage();
    }

    @Test
    void readsEveryForm() throws ScenarioException {
        List<Expectation> e = parse(
                "brain iron in \"IV iron\" is above 80 % at week 2",
                "Daily Mean of TSAT_PCT in \"iv IRON\" is higher than in \"None\" at day 3",
                "serum_ferritin in \"IV iron\" falls by at least 100 ng/mL between week 1 and 20 days",
                "serum ferritin in \"IV iron\" reaches 75 µg/L by day 2",
                "cum iv in \"IV iron\" stays below 1.5 g from day 1 to week 4").expectations();
        assertEquals(new Expectation.Level(e.get(0).subject(), true, 80, 336), e.get(0));
        assertEquals(new Expectation.Subject("Daily Mean of TSAT_PCT in \"iv IRON\" is higher than in \"None\" at day 3",
                "e.yaml:11:5", Observable.TSAT, true, "IV iron"), e.get(1).subject());
        assertEquals(new Expectation.Versus(e.get(1).subject(), true, "None", 72), e.get(1));
        assertEquals(new Expectation.Change(e.get(2).subject(), false, 100, 168, 480), e.get(2));
        assertEquals(new Expectation.Reaches(e.get(3).subject(), 75, 48), e.get(3));
        assertEquals(new Expectation.Stays(e.get(4).subject(), false, 1500, 24, 672), e.get(4));
    }

    /** Every output can be the subject of an expectation, with a value in its unit (agonist outputs included). */
    @ParameterizedTest
    @EnumSource(Observable.class)
    void everyOutputHasAUnitForItsValue(Observable output) throws ScenarioException {
        String value = "1 " + ExpectationReader.unit(output);
        Expectation e = parse(output.column() + " in \"IV iron\" is above " + value.trim() + " at week 2").expectations().get(0);
        assertEquals(output, e.subject().output());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "brain iorn in \"IV iron\" is above 80 % at week 2|e.yaml:10:5: unknown output 'brain iorn'; did you mean 'brain iron'?",
        "brain iron in \"IV irn\" is above 80 % at week 2|e.yaml:10:20: no arm is named \"IV irn\"; did you mean \"IV iron\"? (the arms are: \"IV iron\", \"None\")",
        "brain iron in IV is above 80 % at week 2|e.yaml:10:19: expected an arm name in double quotes after 'in'",
        "brain iron in \"IV iron is above 80 % at week 2|e.yaml:10:19: the arm name that starts here has no closing '\"'",
        "brain iron in \"IV iron\" is over 80 % at week 2|e.yaml:10:32: expected 'above', 'below', 'higher than' or 'lower than' after 'is'",
        "brain iron in \"IV iron\" grows by 5 % between day 0 and week 2|e.yaml:10:29: expected 'is above', 'is below'",
        "brain iron in \"IV iron\" is above 80 ng/mL at week 2|e.yaml:10:38: the value '80 ng/mL' has the unit 'ng/mL', which is not the unit of brain iron (%)",
        "brain iron in \"IV iron\" is above 80 at week 2|e.yaml:10:38: the value '80' has no unit",
        "brain iron in \"IV iron\" is above 80 % on week 2|e.yaml:10:38: expected a value such as 90 %, then ' at '",
        "brain iron in \"IV iron\" is above 80 % at week 5|e.yaml:10:46: time 'week 5' is outside the simulation, which ends at 4 weeks",
        "brain iron in \"IV iron\" is above 80 % at fortnight|e.yaml:10:46: time 'fortnight' is not a time",
        "brain iron in \"IV iron\" rises by at least 5 % between week 2 and week 1|e.yaml:10:59: the first time must come before the second",
        "daily mean of tsat in \"IV iron\" is above 20 % at 12 h|e.yaml:10:54: a daily mean needs the 24 h before its time",
        "brain iron in \"IV iron\" is higher than in \"IV iron\" at week 2|e.yaml:10:47: this compares arm \"IV iron\" with itself",
        "\"brain iron in 'IV iron' is above 80 % at week 2\"|e.yaml:10:20: expected an arm name in double quotes after 'in'"})
    void pointsIntoTheSentence(String sentence, String messageStart) {
        String message = error(sentence);
        assertTrue(message.startsWith(messageStart), message);
    }

    @Test
    void aQuotedSentenceIsLocatedInsideItsQuotes() {
        assertTrue(error("'brain iorn in \"IV iron\" is above 80 % at week 2'").startsWith("e.yaml:10:6: unknown output"));
    }

    @Test
    void checksEachFormAgainstTheRun() throws ScenarioException {
        Scenario s = parse(
                "serum ferritin in \"IV iron\" is above 500 ng/mL at week 1",
                "serum ferritin in \"IV iron\" is below 500 ng/mL at week 1",
                "brain iron in \"IV iron\" is higher than in \"None\" at week 4",
                "symptom score in \"IV iron\" falls by at least 2 points between day 0 and week 4",
                "symptom score in \"IV iron\" rises by at least 2 points between day 0 and week 4",
                "serum ferritin in \"IV iron\" reaches 75 ng/mL by day 1",
                "serum ferritin in \"None\" reaches 75 ng/mL by week 4",
                "serum ferritin in \"None\" stays below 30 ng/mL from day 0 to week 4",
                "daily mean of hepcidin in \"IV iron\" is higher than in \"None\" at week 2");
        List<Verdict> v = new ScenarioRunner().run(s, Map.of()).verdicts();
        assertEquals(List.of(true, false, true, true, false, true, false, true, true), v.stream().map(Verdict::met).toList());
        assertTrue(v.get(5).model().matches("from 2\\d(\\.\\d+)? ng/mL, reached on day 0\\.\\d+"), v.get(5).model());
        assertTrue(v.get(6).line().matches("NOT met: serum ferritin in \"None\" reaches 75 ng/mL by week 4 \\(model: from 2\\d(\\.\\d+)? ng/mL, highest.*"),
                v.get(6).line());
    }

    @Test
    void interpolatesBetweenRowsAndAveragesOverTheDay() throws ScenarioException {
        // Rows every 2 h: 13:00 falls between two rows; the daily mean of a rhythmic output differs from its value.
        Scenario s = parse("hepcidin in \"None\" is above 0 x at day 3.5417",
                "daily mean of hepcidin in \"None\" is above 0 x at day 3.5417");
        ScenarioResult result = new ScenarioRunner().run(s, Map.of());
        var trajectory = result.arms().get(1).trajectory();
        int row = trajectory.rowAt(85);
        double expected = (trajectory.value(Observable.HEPCIDIN, row) + trajectory.value(Observable.HEPCIDIN, row + 1)) / 2;
        List<Verdict> v = result.verdicts();
        assertEquals(Expectations.number(expected, "x healthy reference"), v.get(0).model());
        assertFalse(v.get(0).model().equals(v.get(1).model()));
        assertInstanceOf(Expectation.Level.class, s.expectations().get(1));
    }
}
