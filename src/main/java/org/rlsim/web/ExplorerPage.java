package org.rlsim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Version;

/**
 * The explorer page as one self-contained HTML document: markup, style, script, the vocabulary, the
 * lesson in the neutral form and, for the page that runs the model itself, the TeaVM-compiled model
 * (base64, started in a Web Worker) as WebAssembly with its runtime and as JavaScript for browsers
 * without WebAssembly garbage collection, with nothing loaded from anywhere else, so the exported file
 * works from {@code file://} with the network off.
 */
public final class ExplorerPage {
    /** Where the model runs: in the page (TeaVM build in a worker) or on the explore server (/api/simulate). */
    public enum Engine {
        BROWSER("browser"), SERVER("server");

        private final String id;

        Engine(String id) {
            this.id = id;
        }
    }

    /** The TeaVM builds of {@code org.rlsim.browser.BrowserModel}, made by the build (pom.xml): JavaScript, for browsers without WebAssembly GC. */
    static final String MODEL_RESOURCE = "rlsim-model.js";
    /** The WebAssembly (GC) build, the faster one where the browser has WebAssembly garbage collection. */
    static final String WASM_MODEL_RESOURCE = "rlsim-model.wasm";
    /** TeaVM's JavaScript runtime that loads the WebAssembly build. */
    static final String WASM_RUNTIME_RESOURCE = "rlsim-model-runtime.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExplorerPage() {
    }

    /** A lesson on the page. */
    public record LessonChoice(String name, String title) {
    }

    /**
     * The page for one lesson.
     *
     * @param scenario the lesson
     * @param engine   where the model runs
     * @param lessons  lessons to offer in a picker (the served page; empty for an exported file)
     * @throws IllegalStateException if the model runs in the browser and the jar has no compiled model (a
     *                               build without the TeaVM step)
     */
    public static String html(Scenario scenario, Engine engine, List<LessonChoice> lessons) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("engine", engine.id).put("version", Version.current());
        ArrayNode choices = config.putArray("lessons");
        lessons.forEach(l -> choices.addObject().put("name", l.name()).put("title", l.title()));
        return resource("explorer.html")
                .replace("{{CSS}}", resource("explorer.css"))
                .replace("{{TITLE}}", escapeHtml(scenario.title()))
                .replace("{{VERSION}}", escapeHtml(Version.current()))
                .replace("{{CONFIG}}", scriptJson(config))
                .replace("{{VOCABULARY}}", scriptJson(Vocabulary.json()))
                .replace("{{LESSON}}", scriptJson(LessonForm.of(scenario)))
                .replace("{{MODEL}}", engine == Engine.BROWSER ? base64(modelBytes(MODEL_RESOURCE)) : "")
                .replace("{{WASM_MODEL}}", engine == Engine.BROWSER ? base64(modelBytes(WASM_MODEL_RESOURCE)) : "")
                .replace("{{WASM_RUNTIME}}", engine == Engine.BROWSER ? base64(modelBytes(WASM_RUNTIME_RESOURCE)) : "")
                .replace("{{SCRIPT}}", resource("explorer.js"));
    }

    private static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(120, new byte[] {'\n'}).encodeToString(bytes);
    }

    private static byte[] modelBytes(String resource) {
        try (InputStream in = ExplorerPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("this rlsim was built without the browser model (" + resource
                        + "); rebuild it with 'mvn package'");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ExplorerPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the page resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON inside a script element: "&lt;/" written as "&lt;\/" so that no text can end the element. */
    private static String scriptJson(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
