package org.rlsim.explore;

import java.util.List;

/**
 * A read-only view of one mapping in the explorer's neutral form, a JSON object (see
 * {@code docs/explorer-format.md}). Two implementations read the same form: one over Jackson's tree on the
 * JVM, one over the browser's own parsed JSON in the TeaVM build.
 */
public interface SpecNode {
    /** True if the mapping has this key with a value other than null. */
    boolean has(String key);

    /**
     * A text value.
     *
     * @throws IllegalArgumentException if the key is missing or not text
     */
    String text(String key);

    /**
     * A number.
     *
     * @throws IllegalArgumentException if the key is missing or not a number
     */
    double number(String key);

    /**
     * A nested mapping.
     *
     * @throws IllegalArgumentException if the key is missing or not a mapping
     */
    SpecNode child(String key);

    /**
     * A list of mappings (empty if the key is missing).
     *
     * @throws IllegalArgumentException if the value is not a list of mappings
     */
    List<SpecNode> list(String key);

    /** The keys of this mapping, in their order. */
    List<String> keys();
}
