package org.rlsim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rlsim.explore.Exploration;
import org.rlsim.explore.ExplorationReader;
import org.rlsim.explore.ExplorerRun;
import org.rlsim.explore.ScenarioYaml;
import org.rlsim.scenario.Scenario;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Trajectory;

/**
 * The web server of {@code rlsim explore} (Jetty): {@code GET /} the page for the chosen lesson
 * ({@code ?lesson=NAME} for another), {@code POST /api/simulate} an exploration in the neutral form run by
 * {@link ExplorerRun} on the JVM, {@code POST /api/yaml} the same as a scenario file. Nothing else is served.
 */
public final class ExplorerServer implements AutoCloseable {
    /** Request header with the id a page makes for itself when it opens, so its stale runs can be cancelled. */
    static final String PAGE_HEADER = "X-Rlsim-Page";
    /** Largest request body, bytes: an exploration of three arms is a few kilobytes. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Threads: a few requests at once from one teacher's or class's browsers; the machine may have 2 cores. */
    private static final int MAX_THREADS = 8;
    /**
     * Writes numbers with Jackson's Schubfach writer: the shortest digits that read back to the same double,
     * found faster than by {@link Double#toString} (turning the answer's 65,000 numbers per arm into text was
     * about a tenth of the server's time per run, measured with JFR).
     */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    private static final String TOO_LARGE = ResultsJson.error("the exploration is larger than 1 MB").toString();

    private final Server server;
    private final ServerConnector connector;
    private final Function<String, Optional<Scenario>> lessons;
    private final String firstLesson;
    private final List<ExplorerPage.LessonChoice> choices;
    private final ExplorerRun run = new ExplorerRun();
    /**
     * Threads that run a request's arms at once (arms do not interact): as many as the page lets a student build,
     * three, so that a change to every arm (the duration) takes about as long as its slowest arm where there
     * are the cores. Arms beyond three wait for a thread; threads idle for 10 s end, so nothing needs stopping.
     */
    private final ThreadPoolExecutor armThreads = armThreads();
    /** The run under way for each page, by the page's id; a newer request from that page cancels it. */
    private final Map<String, RunControl> latestRuns = new ConcurrentHashMap<>();
    /** Set when the server stops: ends the warm-up ({@link #warmUp}). */
    private volatile boolean closed;

    /**
     * Requests for the first lesson that {@link #warmUp} makes. Measured (oral-vs-iv, one 26-week arm, a fresh
     * JVM on the shared 2-core machine): the first runs take 200-900 ms, the JIT compiler has the model
     * compiled after some 20-30 arm runs, and then a run takes 25-50 ms.
     */
    static final int WARM_UP_RUNS = 20;
    /** The page id of the warm-up's requests. */
    private static final String WARM_UP_PAGE = "rlsim-warm-up";

    /**
     * A server, not yet started.
     *
     * @param host        address to listen on ({@code 127.0.0.1}: this computer only)
     * @param port        port, or 0 for a free one
     * @param lessons     a lesson by name, if there is one of that name
     * @param firstLesson the lesson the page opens on
     * @param choices     the lessons the page's picker offers (may be empty)
     */
    public ExplorerServer(String host, int port, Function<String, Optional<Scenario>> lessons, String firstLesson,
                          List<ExplorerPage.LessonChoice> choices) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("rlsim-explore");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.connector = new ServerConnector(server, 1, 1);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Routes());
        server.setStopAtShutdown(false);
        this.lessons = lessons;
        this.firstLesson = firstLesson;
        this.choices = List.copyOf(choices);
    }

    /**
     * Starts listening.
     *
     * @return the page's address
     * @throws IOException if the port cannot be opened (e.g. it is in use)
     */
    public URI start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new IOException(e.getMessage(), e);
        }
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /**
     * Asks for the first lesson's run {@value #WARM_UP_RUNS} times, as its page does, on a background thread,
     * and returns at once, so that the JVM has compiled the model and the answer's path (reading the request,
     * writing the JSON) and knows the lesson's steady states by the time a student first changes something;
     * {@link #close} stops it.
     *
     * @return completed when the warm-up has ended
     */
    public CompletableFuture<Void> warmUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread warm = new Thread(() -> {
            try {
                Optional<Scenario> lesson = lessons.apply(firstLesson);
                if (lesson.isPresent()) {
                    String request = LessonForm.of(lesson.get()).toString();
                    for (int i = 0; i < WARM_UP_RUNS && !closed; i++) {
                        answer("/api/simulate", request, WARM_UP_PAGE); // a lesson with a mistake answers {error}
                    }
                }
            } finally {
                done.complete(null);
            }
        }, "rlsim-explore-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return done;
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server: cancels the runs under way and waits for their requests for up to a second. */
    @Override
    public void close() {
        closed = true;
        latestRuns.values().forEach(RunControl::cancel);
        try {
            server.setStopTimeout(1000);
            server.stop();
        } catch (Exception e) {
            // stopping a server that failed to start, or whose requests hang: nothing more to do
        }
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            if (path.equals("/") && HttpMethod.GET.is(method)) {
                Fields query = Request.extractQueryParameters(request);
                String name = query.getValue("lesson") == null ? firstLesson : query.getValue("lesson");
                Optional<Scenario> lesson = lessons.apply(name);
                if (lesson.isEmpty()) {
                    send(response, callback, HttpStatus.NOT_FOUND_404, "text/plain; charset=utf-8",
                            "No lesson called '" + name + "'. Open / for the lessons.");
                    return true;
                }
                send(response, callback, HttpStatus.OK_200, "text/html; charset=utf-8",
                        ExplorerPage.html(lesson.get(), ExplorerPage.Engine.SERVER, choices));
                return true;
            }
            if ((path.equals("/api/simulate") || path.equals("/api/yaml")) && HttpMethod.POST.is(method)) {
                if (request.getLength() > MAX_BODY_BYTES) {
                    send(response, callback, HttpStatus.OK_200, "application/json", TOO_LARGE);
                    return true;
                }
                String page = request.getHeaders().get(PAGE_HEADER);
                Content.Source.asString(request, StandardCharsets.UTF_8, new org.eclipse.jetty.util.Promise<>() {
                    @Override
                    public void succeeded(String body) {
                        send(response, callback, HttpStatus.OK_200, "application/json", answer(path, body, page));
                    }

                    @Override
                    public void failed(Throwable x) {
                        callback.failed(x);
                    }
                });
                return true;
            }
            send(response, callback, HttpStatus.NOT_FOUND_404, "text/plain; charset=utf-8", "Not found.");
            return true;
        }
    }

    /** A tree as JSON text, numbers by the fast writer; a tree of numbers and strings always can be written. */
    private static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be written as JSON", e);
        }
    }

    /**
     * The JSON answer to an API request: results, a scenario file, {@code {error}} or, for a run that a
     * newer request from the same page overtook, {@code {cancelled: true}}.
     *
     * @param page the page's id ({@value #PAGE_HEADER} header; null if none): its newer run cancels its older
     */
    String answer(String path, String body, String page) {
        try {
            if (body.length() > MAX_BODY_BYTES) {
                return TOO_LARGE;
            }
            JsonNode tree = JSON.readTree(body);
            if (tree == null) {
                return ResultsJson.error("the request has no exploration").toString();
            }
            Exploration exploration = ExplorationReader.read(new JsonSpecNode(tree));
            if (path.equals("/api/yaml")) {
                return JSON.createObjectNode().put("yaml", ScenarioYaml.write(exploration)).toString();
            }
            RunControl control = new RunControl();
            if (page != null) {
                RunControl older = latestRuns.put(page, control);
                if (older != null) {
                    older.cancel(); // stale: never queued
                }
            }
            try {
                return text(ResultsJson.of(exploration, runArms(exploration, control)));
            } finally {
                if (page != null) {
                    latestRuns.remove(page, control);
                }
            }
        } catch (RunCancelledException e) {
            return JSON.createObjectNode().put("cancelled", true).toString();
        } catch (JsonProcessingException e) {
            return ResultsJson.error("the request is not JSON: " + e.getOriginalMessage()).toString();
        } catch (IllegalArgumentException | SimulationException e) {
            return ResultsJson.error(e.getMessage()).toString();
        }
    }

    private static ThreadPoolExecutor armThreads() {
        ThreadPoolExecutor threads = new ThreadPoolExecutor(3, 3, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "rlsim-explore-arm");
            t.setDaemon(true);
            return t;
        });
        threads.allowCoreThreadTimeOut(true);
        return threads;
    }

    /**
     * Runs each arm of an exploration on a thread of {@link #armThreads}, as one-arm explorations of the same
     * duration and grid; the trajectories in arm order.
     *
     * @throws SimulationException   if an arm cannot be simulated (the first such arm's)
     * @throws RunCancelledException if {@code control} was cancelled
     */
    private List<Trajectory> runArms(Exploration exploration, RunControl control) {
        if (exploration.arms().size() == 1) {
            return run.run(exploration, control);
        }
        List<CompletableFuture<Trajectory>> arms = exploration.arms().stream().map(arm -> CompletableFuture.supplyAsync(
                () -> run.run(new Exploration(exploration.title(), exploration.durationH(), exploration.outputIntervalH(),
                        List.of(arm), exploration.charts()), control).get(0), armThreads)).toList();
        try {
            return arms.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            control.cancel(); // the other arms' runs are of no use now
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, text, callback);
    }
}
