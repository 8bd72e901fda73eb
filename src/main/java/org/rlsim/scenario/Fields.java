package org.rlsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Strict reading of one YAML mapping: keys that are not allowed are refused up front (with the closest
 * allowed key suggested), and values are then read by key, with messages at the value's own position.
 * Also the checks of a node's kind shared by every reader.
 */
final class Fields {
    private final Node.Mapping mapping;
    private final String owner;
    private final Map<String, Node.Entry> byKey;

    private Fields(Node.Mapping mapping, String owner) {
        this.mapping = mapping;
        this.owner = owner;
        this.byKey = mapping.entries().stream().collect(Collectors.toMap(Node.Entry::key, Function.identity()));
    }

    /**
     * @param mapping the mapping to read
     * @param owner   what it is, for messages, e.g. "this arm"
     * @param allowed the keys it may have
     * @throws ScenarioException at the first key that is not allowed
     */
    static Fields of(Node.Mapping mapping, String owner, List<String> allowed) throws ScenarioException {
        for (Node.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key())) {
                throw entry.keyAt().error("unknown key '" + entry.key() + "' in " + owner,
                        DidYouMean.advice(entry.key(), allowed, "allowed here: " + String.join(", ", allowed)));
            }
        }
        return new Fields(mapping, owner);
    }

    /** The entry with this key, or null if the key is absent. */
    Node.Entry get(String key) {
        return byKey.get(key);
    }

    /**
     * The entry with this key.
     *
     * @param fix how to add it, e.g. "add e.g. 'duration: 26 weeks'"
     * @throws ScenarioException at the start of the mapping if the key is absent
     */
    Node.Entry require(String key, String fix) throws ScenarioException {
        Node.Entry entry = byKey.get(key);
        if (entry == null) {
            throw mapping.at().error(owner + " has no '" + key + "'", fix);
        }
        return entry;
    }

    /** The first of these keys that is present, or null; refuses more than one of them. */
    Node.Entry oneOf(List<String> keys) throws ScenarioException {
        Node.Entry found = null;
        for (Node.Entry entry : mapping.entries()) {
            if (keys.contains(entry.key())) {
                if (found != null) {
                    throw entry.keyAt().error("'" + found.key() + "' and '" + entry.key() + "' are both given",
                            "give only one of " + quoted(keys));
                }
                found = entry;
            }
        }
        return found;
    }

    /** Where the mapping starts. */
    Position at() {
        return mapping.at();
    }

    /** The value as a mapping. */
    static Node.Mapping mapping(Node.Entry entry, String fix) throws ScenarioException {
        if (entry.value() instanceof Node.Mapping m) {
            return m;
        }
        throw kindError(entry, "a mapping of 'key: value' lines", fix);
    }

    /** The value as a list. */
    static Node.Sequence list(Node.Entry entry, String fix) throws ScenarioException {
        if (entry.value() instanceof Node.Sequence s) {
            return s;
        }
        throw kindError(entry, "a list", fix);
    }

    /** The value as non-empty text, without surrounding spaces. */
    static String text(Node.Entry entry, String fix) throws ScenarioException {
        return text(entry.value(), "'" + entry.key() + "'", entry.keyAt(), fix);
    }

    /**
     * A single value as non-empty text, without surrounding spaces.
     *
     * @param what      what it is, for messages, e.g. "'title'"
     * @param ownerAt   where to report a missing value (YAML places an empty value after the colon)
     */
    static String text(Node node, String what, Position ownerAt, String fix) throws ScenarioException {
        if (!(node instanceof Node.Scalar scalar)) {
            throw node.at().error(what + " is " + node.kind() + ", not a single value", fix);
        }
        if (scalar.text().isBlank()) {
            throw ownerAt.error(what + " has no value", fix);
        }
        return scalar.text().trim();
    }

    /** {@link #prose(Node, String, Position, String, int)} of an entry's value. */
    static String prose(Node.Entry entry, String fix, int maxLength) throws ScenarioException {
        return prose(entry.value(), "'" + entry.key() + "'", entry.keyAt(), fix, maxLength);
    }

    /**
     * Text for people (titles, the teaching note, chart annotations), as {@link #text(Node, String, Position, String)}:
     * at most {@code maxLength} characters, and without characters a terminal would act on (control
     * characters other than line breaks and tabs, bidirectional overrides), which rlsim prints and draws.
     */
    static String prose(Node node, String what, Position ownerAt, String fix, int maxLength) throws ScenarioException {
        String text = text(node, what, ownerAt, fix);
        if (text.length() > maxLength) {
            throw node.at().error(what + " is " + text.length() + " characters long, more than the " + maxLength + " allowed",
                    "shorten it to at most " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                throw node.at().error(what + " contains the invisible control character " + String.format("U+%04X", (int) c),
                        "delete it (it can come from copying text out of a terminal or a word processor)");
            }
        }
        return text;
    }

    /** A quantity in the dimension's internal unit (mg, h or mL). */
    static double quantity(Node.Entry entry, Quantity.Dimension dimension) throws ScenarioException {
        String text = text(entry, "write " + dimension.example());
        try {
            return Quantity.parse(entry.key(), text, dimension);
        } catch (IllegalArgumentException e) {
            throw entry.value().at().error(e);
        }
    }

    /**
     * A quantity that must be more than 0 and at most {@code max}.
     *
     * @param max        largest sensible value, internal unit
     * @param tooLargeFix what to say when it is larger, e.g. "100 years at most; shorten it"
     */
    static double positive(Node.Entry entry, Quantity.Dimension dimension, double max, String tooLargeFix)
            throws ScenarioException {
        double value = quantity(entry, dimension);
        String text = written(entry);
        if (value <= 0) {
            throw entry.value().at().error(entry.key() + " '" + text + "' must be more than 0",
                    "write " + dimension.example());
        }
        if (value > max) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is too large", tooLargeFix);
        }
        return value;
    }

    /** The text of an entry whose value has already been read as a single value, e.g. for messages. */
    static String written(Node.Entry entry) {
        return ((Node.Scalar) entry.value()).text().trim();
    }

    /** A whole number from {@code min} to {@code max}. */
    static int wholeNumber(Node.Entry entry, int min, int max) throws ScenarioException {
        String fix = "write a whole number from " + min + " to " + max;
        String text = text(entry, fix);
        if (!text.matches("\\d{1,9}")) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is not a whole number", fix);
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw entry.value().at().error(entry.key() + " " + value + " is outside " + min + " to " + max, fix);
        }
        return value;
    }

    private static ScenarioException kindError(Node.Entry entry, String expected, String fix) {
        return entry.value().at().error("'" + entry.key() + "' is " + entry.value().kind() + ", not " + expected, fix);
    }

    static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
