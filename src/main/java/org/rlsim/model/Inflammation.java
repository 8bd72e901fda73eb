package org.rlsim.model;

/**
 * Whether the patient has a chronic inflammatory (IL-6-like) drive, as in chronic kidney disease or
 * chronic inflammatory disease. Its effects are in {@link Hepcidin} (hepcidin raised, so iron is
 * trapped in macrophages and stores and transferrin saturation falls) and {@link Blood} (ferritin, an
 * acute-phase protein, raised beyond what storage iron explains).
 */
public enum Inflammation implements ModelVariant {
    NONE("no inflammation"),
    CHRONIC("IL-6 drive: hepcidin up, iron trapped in macrophages, TSAT down, ferritin up (acute phase)");

    private final String meaning;

    Inflammation(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
