package org.rlsim.browser;

import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.explore.Exploration;
import org.rlsim.explore.ExplorationReader;
import org.rlsim.explore.ExplorerRun;
import org.rlsim.explore.ScenarioYaml;
import org.rlsim.model.Observable;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Trajectory;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * What the page's worker calls: {@link #simulate} and {@link #scenarioYaml}, both on an exploration in the
 * neutral form (docs/explorer-format.md). Results have the shape of the server's {@code /api/simulate}:
 * {@code {arms: [{name, timeH, outputs: {column: values}, events: [{startH, endH, text}], initialState}]}} or
 * {@code {error: "one line"}}.
 */
public final class BrowserModel {
    private static final ExplorerRun RUN = new ExplorerRun();

    private BrowserModel() {
    }

    /** TeaVM needs a main class; the page calls the exported functions instead. */
    public static void main(String[] args) {
        // nothing to start: the worker calls simulate
    }

    /** Runs an exploration; never throws (a mistake comes back as {@code {error}}). */
    @JSExport
    public static JSObject simulate(JSObject spec) {
        try {
            Exploration exploration = ExplorationReader.read(new JsSpecNode(spec));
            for (int i = 0; i < exploration.arms().size(); i++) {
                Float64Array known = initialState(spec, i);
                if (known != null) {
                    double[] state = new double[known.getLength()];
                    for (int k = 0; k < state.length; k++) {
                        state[k] = known.get(k);
                    }
                    RUN.remember(exploration.arms().get(i), state);
                }
            }
            return results(exploration, RUN.run(exploration));
        } catch (IllegalArgumentException | SimulationException e) {
            return error(e.getMessage());
        }
    }

    /** The exploration as a scenario file ({@code {yaml}}), or {@code {error}}. */
    @JSExport
    public static JSObject scenarioYaml(JSObject spec) {
        try {
            JSObject result = JSObjects.create();
            set(result, "yaml", JSString.valueOf(ScenarioYaml.write(ExplorationReader.read(new JsSpecNode(spec)))));
            return result;
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static JSObject results(Exploration exploration, List<Trajectory> trajectories) {
        JSObject arms = newArray();
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            JSObject arm = JSObjects.create();
            set(arm, "name", JSString.valueOf(exploration.arms().get(i).name()));
            set(arm, "timeH", Float64Array.copyFromJavaArray(t.timeH()));
            JSObject outputs = JSObjects.create();
            for (Observable o : Observable.values()) {
                set(outputs, o.column(), Float64Array.copyFromJavaArray(t.series(o)));
            }
            set(arm, "outputs", outputs);
            JSObject events = newArray();
            for (DoseEvent e : t.events()) {
                JSObject event = JSObjects.create();
                setNumber(event, "startH", e.startH());
                setNumber(event, "endH", e.endH());
                set(event, "text", JSString.valueOf(e.describe()));
                push(events, event);
            }
            set(arm, "events", events);
            RUN.steadyState(exploration.arms().get(i)).ifPresent(state -> set(arm, "initialState", Float64Array.copyFromJavaArray(state)));
            push(arms, arm);
        }
        JSObject result = JSObjects.create();
        set(result, "arms", arms);
        return result;
    }

    private static JSObject error(String message) {
        JSObject result = JSObjects.create();
        set(result, "error", JSString.valueOf(message));
        return result;
    }

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    private static native void set(JSObject o, String k, JSObject v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    private static native void setNumber(JSObject o, String k, double v);

    /** The steady state the page passes for arm {@code i} ({@code spec.arms[i].initialState}), or null. */
    @JSBody(params = {"spec", "i"}, script = "var s = spec.arms[i].initialState; return s instanceof Float64Array ? s : null;")
    private static native Float64Array initialState(JSObject spec, int i);

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    private static native void push(JSObject a, JSObject v);
}
