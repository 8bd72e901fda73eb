package org.rlsim.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a what-if run ({@code run} with {@code --set} and without {@code --out}) writes, so that the
 * lesson's own output folder is left as it was: beside it, in a folder named after the scenario and the
 * changes, e.g. {@code oral-vs-iv-what-if-bbb.capacity-1}. The name is derived from the {@code --set}
 * values alone, so running the same what-if again replaces its own folder and nothing else.
 */
final class WhatIf {
    /** Longest folder name; longer ones are cut and end in a hash of the whole, which keeps them apart. */
    static final int MAX_NAME = 90;

    private WhatIf() {
    }

    /**
     * The what-if folder's name for a scenario.
     *
     * @param scenario the scenario's name, e.g. {@code oral-vs-iv}
     * @param sets     the {@code --set} arguments as typed, e.g. {@code bbb.capacity=1}; at least one
     */
    static String folderName(String scenario, List<String> sets) {
        String changes = sets.stream().map(WhatIf::slug).collect(Collectors.joining("--"));
        String name = scenario + "-what-if-" + changes;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = hash(String.join("\n", sets));
        return name.substring(0, MAX_NAME - hash.length() - 1).replaceAll("[-.]+$", "") + "-" + hash;
    }

    /** {@code blood.volume_l=4500 mL} as {@code blood.volume_l-4500-ml}: lower case, letters, digits, . and _ kept. */
    private static String slug(String set) {
        return set.toLowerCase(Locale.ROOT).replace("µ", "u").replaceAll("[^a-z0-9._]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The command line as it could be typed again: {@code rlsim} and each argument, in single quotes when it
     * holds a space or a character a shell would act on.
     */
    static String commandLine(List<String> args) {
        return "rlsim " + args.stream().map(a -> a.matches("[\\w./:=,+@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }
}
