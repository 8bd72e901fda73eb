package org.rlsim.scenario;

import java.util.regex.Pattern;

/**
 * Names that become part of output file names (scenario and arm names) must be safe on every common
 * file system: letters, digits, spaces and {@code - _ + ( ) . ,}, starting with a letter or digit, not
 * ending with a dot or space, at most 100 characters, and not a name Windows reserves for devices.
 */
final class SafeName {
    static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} \\-_+().,]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");
    static final String FIX = "use letters, digits, spaces and - _ + ( ) . , only, starting with a letter or digit";

    private SafeName() {
    }

    /**
     * @param what e.g. "arm name"
     * @throws IllegalArgumentException of the form {@code <what is wrong>; <how to fix it>} if the name is unsafe
     */
    static void check(String what, String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(what + " '" + name + "' cannot be part of a file name (" + problem + "); " + FIX);
        }
    }

    /** What makes the name unsafe, e.g. "it contains '/'", or null if it is safe. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            String c = new String(Character.toChars(name.codePointAt(i)));
            if (!ALLOWED.matcher(c).matches()) {
                return Character.isISOControl(c.codePointAt(0)) ? "it contains a control character" : "it contains '" + c + "'";
            }
        }
        if (!Character.isLetterOrDigit(name.codePointAt(0))) {
            return "it starts with '" + name.charAt(0) + "'";
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "it ends with '" + name.charAt(name.length() - 1) + "'";
        }
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            return "Windows reserves it for a device";
        }
        return null;
    }
}
