package org.rlsim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.explore.Exploration;
import org.rlsim.model.Observable;
import org.rlsim.simulation.Trajectory;

/**
 * Simulated arms as JSON, in the shape the browser build returns (see
 * {@code org.rlsim.browser.BrowserModel}): {@code {arms: [{name, timeH, outputs: {column: values},
 * events: [{startH, endH, text}]}]}}. Numbers are written with all their digits.
 */
final class ResultsJson {
    private ResultsJson() {
    }

    static ObjectNode of(Exploration exploration, List<Trajectory> trajectories) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode arms = root.putArray("arms");
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            ObjectNode arm = arms.addObject();
            arm.put("name", exploration.arms().get(i).name());
            numbers(arm.putArray("timeH"), t.timeH());
            ObjectNode outputs = arm.putObject("outputs");
            for (Observable o : Observable.values()) {
                numbers(outputs.putArray(o.column()), t.series(o));
            }
            ArrayNode events = arm.putArray("events");
            for (DoseEvent e : t.events()) {
                events.addObject().put("startH", e.startH()).put("endH", e.endH()).put("text", e.describe());
            }
        }
        return root;
    }

    static ObjectNode error(String message) {
        return JsonNodeFactory.instance.objectNode().put("error", message);
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }
}
