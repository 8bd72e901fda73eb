package org.rlsim.model;

import java.util.List;

/**
 * How an oral iron dose is taken. Each condition multiplies the absorption of that dose; the
 * multipliers are parameters so students can change them.
 */
public enum IntakeCondition {
    FASTING("fasting", "taken fasting, between meals", 1.0, 1.0, 1.0,
            "reference condition (Moretti 2015; Stoffel 2017: 08:00 fasting)", Grade.MEASURED),
    WITH_COFFEE("coffee", "taken with coffee", 0.37, 0.1, 1.0,
            "multiplier on the uptake rate, fitted so a 100 mg dose is absorbed ×0.46 (−54%): von Siebenthal 2023, "
            + "Am J Hematol 98:1356", Grade.FITTED),
    WITH_TEA("tea", "taken with black tea", 0.36, 0.05, 1.0,
            "−64% (Morck 1983, Am J Clin Nutr 37:416); black tea −79 to −94% with a meal (Hurrell 1999)", Grade.MEASURED),
    WITH_CALCIUM("calcium", "taken with 500 mg calcium", 0.38, 0.1, 1.0,
            "multiplier on the uptake rate, fitted so absorption is ×0.47 (−53%): Benkhedda 2010, Br J Nutr "
            + "(500 mg Ca carbonate)", Grade.FITTED),
    WITH_DAIRY("dairy", "taken with milk or dairy", 0.6, 0.1, 1.0,
            "calcium with food −28 to −55%: Cook 1991, Am J Clin Nutr 53:106 (dairy value illustrative)", Grade.ILLUSTRATIVE),
    WITH_MEAL("meal", "taken with a meal", 0.67, 0.1, 1.0,
            "~50% more absorbed 45–60 min before food than with food (secondary clinical page, grade B)", Grade.DERIVED),
    WITH_BREAKFAST("breakfast", "taken with breakfast (coffee and orange juice)", 0.26, 0.05, 1.0,
            "multiplier on the uptake rate, fitted so a 100 mg dose is absorbed ×0.34 (−66%): von Siebenthal 2023",
            Grade.FITTED),
    WITH_VITAMIN_C("vitamin_c", "taken fasting with 80–500 mg vitamin C", 2.6, 1.0, 3.0,
            "multiplier on the uptake rate, fitted so a 100 mg dose is absorbed ×1.30 (+30% with 80 mg ascorbic acid, "
            + "no further gain at 500 mg): von Siebenthal 2023", Grade.FITTED);

    private final String key;
    private final String description;
    private final Parameter multiplier;

    IntakeCondition(String key, String description, double value, double min, double max, String source, Grade grade) {
        this.key = key;
        this.description = description;
        this.multiplier = Parameter.of("gut.intake." + key, "1", value, min == max ? 0 : min, max,
                "Absorption multiplier for a dose " + description, source, grade);
    }

    /** Key used in scenario files, e.g. {@code coffee}. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The parameter holding this condition's absorption multiplier (1 = fasting). */
    public Parameter multiplier() {
        return multiplier;
    }

    static List<Parameter> parameters() {
        return java.util.Arrays.stream(values()).map(IntakeCondition::multiplier).toList();
    }
}
