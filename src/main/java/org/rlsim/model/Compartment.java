package org.rlsim.model;

/**
 * A place where iron can be, with its amount in milligrams of elemental iron.
 *
 * <p>Body compartments hold the body's iron; {@link #GUT_LUMEN} holds swallowed supplement iron that has
 * not yet crossed the gut wall (it is outside the body); {@link #LOST} and {@link #UNABSORBED} are sinks
 * that only fill. Iron moves only along flows between compartments (see {@link Flows}), so the sum over
 * every compartment changes only by intake: mass balance holds by construction.
 */
public enum Compartment {
    GUT_LUMEN("gut_lumen", "Supplement iron in the gut lumen, not yet absorbed", Kind.OUTSIDE),
    PLASMA("plasma_tf", "Transferrin-bound iron in plasma", Kind.BODY),
    MACROPHAGE("macrophage", "Labile macrophage (reticulo-endothelial) iron: recycled red cells, ready for export", Kind.BODY),
    MACROPHAGE_STORE("macrophage_store", "Macrophage storage iron (ferritin, haemosiderin, IV iron cores), released over weeks", Kind.BODY),
    STORES("stores", "Storage iron (ferritin and haemosiderin), mainly liver", Kind.BODY),
    RED_CELLS("red_cells", "Haemoglobin iron in circulating red cells", Kind.BODY),
    TISSUE("tissue", "Functional tissue iron (myoglobin, enzymes)", Kind.BODY),
    BRAIN("brain", "Nigro-striatal brain iron behind the blood–brain barrier", Kind.BODY),
    IV_FERRIC_CARBOXYMALTOSE("iv_fcm", "Ferric carboxymaltose complex in plasma", Kind.BODY),
    IV_IRON_SUCROSE("iv_sucrose", "Iron sucrose complex in plasma", Kind.BODY),
    IV_FERRIC_GLUCONATE("iv_gluconate", "Ferric gluconate complex in plasma", Kind.BODY),
    IV_LMW_IRON_DEXTRAN("iv_dextran", "Low-molecular-weight iron dextran complex in plasma", Kind.BODY),
    IV_FERUMOXYTOL("iv_ferumoxytol", "Ferumoxytol complex in plasma", Kind.BODY),
    IV_FERRIC_DERISOMALTOSE("iv_derisomaltose", "Ferric derisomaltose complex in plasma", Kind.BODY),
    LOST("lost", "Iron lost from the body (shedding, bleeding, donation, transfer to a fetus, urine after IV iron)", Kind.SINK),
    UNABSORBED("unabsorbed", "Supplement iron that passed the gut unabsorbed", Kind.SINK);

    /** Whether a compartment is part of the body, outside it, or a sink that only fills. */
    public enum Kind { BODY, OUTSIDE, SINK }

    /** Number of compartments; the length of an amounts vector. */
    public static final int COUNT = values().length;

    private final String id;
    private final String meaning;
    private final Kind kind;

    Compartment(String id, String meaning, Kind kind) {
        this.id = id;
        this.meaning = meaning;
        this.kind = kind;
    }

    /** Short snake_case identifier used in CSV column names ({@code <id>_mg}). */
    public String id() {
        return id;
    }

    /** One-line meaning for people. */
    public String meaning() {
        return meaning;
    }

    public Kind kind() {
        return kind;
    }

    /** True for compartments that count towards total body iron. */
    public boolean inBody() {
        return kind == Kind.BODY;
    }
}
