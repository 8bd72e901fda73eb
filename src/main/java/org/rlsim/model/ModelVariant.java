package org.rlsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One named, switchable alternative of a model mechanism: where the literature offers competing
 * hypotheses, each is a variant with its own equations (see {@link ModelVariants}). Implemented by
 * enums whose constants are the alternatives.
 */
public interface ModelVariant {
    /**
     * Kebab-case name used in scenario files, e.g. {@code upregulation-failure}: the constant's name in
     * lower case, with hyphens for underscores.
     */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One line for people: what this variant assumes. */
    String meaning();

    /** The ids of an enum's variants, in declaration order. */
    static <V extends Enum<V> & ModelVariant> List<String> ids(Class<V> type) {
        return Arrays.stream(type.getEnumConstants()).map(ModelVariant::id).toList();
    }

    /** The variant of an enum with this exact id, if any. */
    static <V extends Enum<V> & ModelVariant> Optional<V> find(Class<V> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.id().equals(id)).findFirst();
    }
}
