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
     * @param text  the text, without quotes
     * @param shift columns from {@code at} to the first character of {@code text} when the text stands in
     *              the file exactly as read, on one line (0 when written plain, 1 inside quotes); -1 when
     *              it does not (folded over lines, escapes), so that places inside it are not exact
     */
    record Scalar(String text, Position at, int shift) implements Node {
        /** A value whose characters cannot be located one by one. */
        Scalar(String text, Position at) {
            this(text, at, -1);
        }

        @Override
        public String kind() {
            return "a single value";
        }

        /**
         * Where the character at {@code index} of {@link #text()} is written; the start of the value when
         * that cannot be told exactly (see {@code shift}).
         */
        Position at(int index) {
            return shift < 0 ? at : new Position(at.source(), at.line(), at.column() + shift + index);
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
