package org.rlsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rlsim.explore.SpecNode;

/** A {@link SpecNode} over Jackson's tree of a JSON object. */
final class JsonSpecNode implements SpecNode {
    private final JsonNode node;

    JsonSpecNode(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the exploration must be a JSON object");
        }
        this.node = node;
    }

    @Override
    public boolean has(String key) {
        return node.hasNonNull(key);
    }

    @Override
    public String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' must be text");
        }
        return value.asText();
    }

    @Override
    public double number(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return value.doubleValue();
    }

    @Override
    public SpecNode child(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping");
        }
        return new JsonSpecNode(value);
    }

    @Override
    public List<SpecNode> list(String key) {
        List<SpecNode> items = new ArrayList<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw new IllegalArgumentException("each item of '" + key + "' must be a mapping");
            }
            items.add(new JsonSpecNode(item));
        }
        return items;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
