package org.rlsim.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rlsim.explore.SpecNode;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSObjects;

/** A {@link SpecNode} over a JavaScript object parsed by the browser. */
final class JsSpecNode implements SpecNode {
    private static final String ABSENT = "absent";
    private static final String MAPPING = "mapping";
    private final JSObject object;

    JsSpecNode(JSObject object) {
        this.object = object;
    }

    @Override
    public boolean has(String key) {
        return !kind(at(object, key)).equals(ABSENT);
    }

    @Override
    public String text(String key) {
        return asString(value(key, "string", "text"));
    }

    @Override
    public double number(String key) {
        return asNumber(value(key, "number", "a number"));
    }

    @Override
    public SpecNode child(String key) {
        return new JsSpecNode(value(key, MAPPING, "a mapping"));
    }

    @Override
    public List<SpecNode> list(String key) {
        List<SpecNode> items = new ArrayList<>();
        if (!has(key)) {
            return items;
        }
        JSObject array = value(key, "list", "a list");
        for (int i = 0, n = length(array); i < n; i++) {
            JSObject item = element(array, i);
            if (!kind(item).equals(MAPPING)) {
                throw new IllegalArgumentException("each item of '" + key + "' must be a mapping");
            }
            items.add(new JsSpecNode(item));
        }
        return items;
    }

    @Override
    public List<String> keys() {
        return Arrays.asList(JSObjects.keys(object));
    }

    /** The value at {@code key}, which must be of {@code kind} ({@link #kind}); else "'key' must be {@code what}". */
    private JSObject value(String key, String kind, String what) {
        JSObject v = at(object, key);
        if (!kind(v).equals(kind)) {
            throw new IllegalArgumentException("'" + key + "' must be " + what);
        }
        return v;
    }

    /** What a JSON value is: "absent" (undefined or null), "list", "mapping", "string", "number" or "boolean". */
    @JSBody(params = "v", script = "if (v === undefined || v === null) return 'absent';"
            + " if (Array.isArray(v)) return 'list'; return typeof v === 'object' ? 'mapping' : typeof v;")
    private static native String kind(JSObject v);

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native JSObject at(JSObject o, String k);

    @JSBody(params = "v", script = "return v;")
    private static native String asString(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double asNumber(JSObject v);

    @JSBody(params = "a", script = "return a.length;")
    private static native int length(JSObject a);

    @JSBody(params = {"a", "i"}, script = "return a[i];")
    private static native JSObject element(JSObject a, int i);
}
