package org.rlsim.scenario;

import java.util.List;

/**
 * A YAML value read from a scenario file, with the place where it starts, so that every mistake can be
 * reported at its own line and column. Built by {@link YamlTree}.
 */
sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    /** Where the value starts. */
    Position at();

    /** What kind of value this is, for messages, e.g. "a list". */
    String kind();

    /**
     * A single value such as {@code 26 weeks}, as written (YAML's {@code null} and {@code ~} become "").
     *
     * @param text the text, without quotes
     */
    record Scalar(String text, Position at) implements Node {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    /** A list: lines starting with {@code -}, or {@code [a, b]}. */
    record Sequence(List<Node> items, Position at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping: {@code key: value} lines, or {@code {key: value}}; keys are distinct, in file order. */
    record Mapping(List<Entry> entries, Position at) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "a mapping of 'key: value' lines";
        }
    }

    /**
     * One {@code key: value} of a mapping.
     *
     * @param key   the key
     * @param keyAt where the key is written
     * @param value the value
     */
    record Entry(String key, Position keyAt, Node value) {
    }
}
