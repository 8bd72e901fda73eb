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
    private final JSObject object;

    JsSpecNode(JSObject object) {
        this.object = object;
    }

    @Override
    public boolean has(String key) {
        return present(object, key);
    }

    @Override
    public String text(String key) {
        if (!isString(object, key)) {
            throw new IllegalArgumentException("'" + key + "' must be text");
        }
        return stringAt(object, key);
    }

    @Override
    public double number(String key) {
        if (!isNumber(object, key)) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return numberAt(object, key);
    }

    @Override
    public SpecNode child(String key) {
        if (!isObject(object, key)) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping");
        }
        return new JsSpecNode(objectAt(object, key));
    }

    @Override
    public List<SpecNode> list(String key) {
        List<SpecNode> items = new ArrayList<>();
        if (!present(object, key)) {
            return items;
        }
        if (!isArray(object, key)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        JSObject array = objectAt(object, key);
        for (int i = 0, n = length(array); i < n; i++) {
            JSObject item = element(array, i);
            if (!isObjectValue(item)) {
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

    @JSBody(params = {"o", "k"}, script = "return o[k] !== undefined && o[k] !== null;")
    private static native boolean present(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return typeof o[k] === 'string';")
    private static native boolean isString(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return typeof o[k] === 'number';")
    private static native boolean isNumber(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return typeof o[k] === 'object' && o[k] !== null && !Array.isArray(o[k]);")
    private static native boolean isObject(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return Array.isArray(o[k]);")
    private static native boolean isArray(JSObject o, String k);

    @JSBody(params = "v", script = "return typeof v === 'object' && v !== null && !Array.isArray(v);")
    private static native boolean isObjectValue(JSObject v);

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native String stringAt(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native double numberAt(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native JSObject objectAt(JSObject o, String k);

    @JSBody(params = "a", script = "return a.length;")
    private static native int length(JSObject a);

    @JSBody(params = {"a", "i"}, script = "return a[i];")
    private static native JSObject element(JSObject a, int i);
}
