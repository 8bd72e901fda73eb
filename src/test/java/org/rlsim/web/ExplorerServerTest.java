package org.rlsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/** The explore server over HTTP: the page, the simulation and scenario-file endpoints, and bad requests. */
class ExplorerServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Scenario lesson;
    private static ExplorerServer server;
    private static URI address;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws ScenarioException, IOException {
        lesson = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        server = new ExplorerServer("127.0.0.1", 0, n -> n.equals(lesson.name()) ? Optional.of(lesson) : Optional.empty(),
                lesson.name(), List.of());
        address = server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Stopping a server cancels its warm-up runs: they end within a run, not after all of them. */
    @Test
    void closingTheServerEndsItsWarmUp() throws Exception {
        ExplorerServer other = new ExplorerServer("127.0.0.1", 0, n -> Optional.of(lesson), lesson.name(), List.of());
        other.start();
        CompletableFuture<Void> warm = other.warmUp();
        other.close();
        warm.get(10, TimeUnit.SECONDS);
    }

    @Test
    void listensOnLoopbackOnAFreePort() {
        assertEquals("127.0.0.1", address.getHost());
        assertTrue(address.getPort() > 0);
    }

    @Test
    void servesTheLessonsPageWithTheDisclaimer() throws IOException, InterruptedException {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Teaching model — not for clinical decisions"));
        assertTrue(page.body().contains("\"engine\":\"server\""));
    }

    @Test
    void servesNoUnknownLessonAndNoOtherFile() throws IOException, InterruptedException {
        assertEquals(404, get("?lesson=no-such-lesson").statusCode());
        assertEquals(404, get("etc/passwd").statusCode());
    }

    @Test
    void simulatesTheNeutralFormToRlsimRunsNumbers() throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(post("api/simulate", LessonForm.of(lesson).toString()).body());
        ScenarioResult expected = new ScenarioRunner().run(lesson, Map.of());
        for (int i = 0; i < expected.arms().size(); i++) {
            double[] ferritin = expected.arms().get(i).trajectory().series(Observable.SERUM_FERRITIN);
            JsonNode served = answer.get("arms").get(i).get("outputs").get(Observable.SERUM_FERRITIN.column());
            assertEquals(ferritin.length, served.size());
            for (int k = 0; k < ferritin.length; k++) {
                assertEquals(ferritin[k], served.get(k).doubleValue(), 0, "JSON keeps every digit");
            }
        }
    }

    @Test
    void aNewerRequestFromAPageCancelsItsOlderRun() throws IOException, InterruptedException, ExecutionException {
        // 20 years: seconds of work even with the arms on threads of their own
        ObjectNode slow = LessonForm.of(lesson).put("durationH", 1040 * 168.0);
        var older = HTTP.sendAsync(request("api/simulate", slow.toString(), "page-1"), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        ObjectNode shortRun = LessonForm.of(lesson).put("durationH", 24.0);
        HttpResponse<String> newer = HTTP.send(request("api/simulate", shortRun.toString(), "page-1"), HttpResponse.BodyHandlers.ofString());
        assertTrue(JSON.readTree(newer.body()).has("arms"), newer.body());
        assertEquals("{\"cancelled\":true}", older.get().body());
    }

    @Test
    void writesTheScenarioFile() throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(post("api/yaml", LessonForm.of(lesson).toString()).body());
        assertTrue(answer.get("yaml").asText().contains("iv: {product: fcm, dose: 1000 mg"), answer.toString());
    }

    @Test
    void answersEveryMistakeWithOneLine() throws IOException, InterruptedException {
        assertTrue(error("not json").startsWith("the request is not JSON: "), error("not json"));
        ObjectNode unknownPatient = LessonForm.of(lesson);
        ((ObjectNode) unknownPatient.get("arms").get(0)).put("patient", "nobody");
        assertEquals("arm 'Oral ferrous sulfate': unknown patient 'nobody'", error(unknownPatient.toString()));
        ObjectNode badKind = LessonForm.of(lesson);
        ((ObjectNode) badKind.get("arms").get(1).get("regimen").get(0)).put("kind", "pill");
        assertEquals("arm 'IV ferric carboxymaltose': unknown regimen item kind 'pill'; use oral, iv, bleed, donation, agonist or pregnancy",
                error(badKind.toString()));
        ObjectNode tooMuch = LessonForm.of(lesson);
        ((ObjectNode) tooMuch.get("arms").get(1).get("regimen").get(0)).put("doseMg", -5);
        assertTrue(error(tooMuch.toString()).startsWith("arm 'IV ferric carboxymaltose': "), error(tooMuch.toString()));
    }

    private static String error(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post("api/simulate", body);
        assertEquals(200, response.statusCode());
        JsonNode answer = JSON.readTree(response.body());
        assertTrue(answer.has("error"), response.body());
        return answer.get("error").asText();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(address.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(address.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path, String body, String page) {
        return HttpRequest.newBuilder(address.resolve(path)).header(ExplorerServer.PAGE_HEADER, page)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
