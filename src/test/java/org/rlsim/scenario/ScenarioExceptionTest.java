package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioExceptionTest {

    @Test
    void isOneLineWithLocationProblemAndFix() {
        ScenarioException e = new ScenarioException("a.yaml:3:7", "unknown\nthing", "fix\r\n  it");
        assertEquals("a.yaml:3:7: unknown thing; fix it", e.getMessage());
        assertEquals("a.yaml:3:7", e.location());
    }

    @Test
    void joinsEveryKindOfLineBreak() {
        // YAML (SnakeYAML) also breaks lines at U+0085, U+2028 and U+2029; found by ScenarioLoaderFuzzTest.
        ScenarioException e = new ScenarioException("a.yaml:1:1", "key 'a\u2028b' \u0085 c\u2029d", "tab\there");
        assertEquals("a.yaml:1:1: key 'a b' c d; tab here", e.getMessage());
    }

    @Test
    void showsInvisibleCharactersInsteadOfPrintingThem() {
        ScenarioException e = new ScenarioException("--set x\u001B[2J=1", "unknown 'x\u001B[2J' \uD800", "fix");
        assertEquals("--set x<U+001B>[2J=1: unknown 'x<U+001B>[2J' <U+D800>; fix", e.getMessage());
        assertEquals("--set x<U+001B>[2J=1", e.location());
        assertEquals("a.yaml: \uD83D\uDE00; fix", new ScenarioException("a.yaml", "\uD83D\uDE00", "fix").getMessage());
    }
}
