package org.rlsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The shape of the slides a scenario's charts are made for: the scenario key {@code slide}. */
public enum SlideFormat {
    /** Widescreen, 16 wide by 9 high (the default). */
    WIDE("16:9"),
    /** Classic, 4 wide by 3 high. */
    STANDARD("4:3");

    private final String key;

    SlideFormat(String key) {
        this.key = key;
    }

    /** As written in a scenario file, e.g. {@code 16:9}. */
    public String key() {
        return key;
    }

    /** The format written as {@code key}, if there is one. */
    public static Optional<SlideFormat> find(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.replace(" ", ""))).findFirst();
    }

    /** Every key, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SlideFormat::key).toList();
    }
}
