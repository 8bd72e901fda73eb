package org.rlsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rlsim.web.ExplorerPage;
import org.rlsim.web.ExplorerServer;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim explore}: serves the explorer page on this computer and opens it in the browser. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        header = "Explore a lesson in the browser, served on this computer.",
        description = {"Open a lesson in the browser and explore it: change the patient, the treatment, the barrier"
                + " hypothesis and the duration, and every curve follows. Predict first, then observe. The page is"
                + " served to this computer only (address 127.0.0.1) until you press Ctrl-C. Teaching model, not for"
                + " clinical decisions."},
        footer = {"%nExposing the page: with --host and this computer's network address (or 0.0.0.0 for all of"
                + " them), every computer that can reach this one can open the page and make this computer simulate"
                + " whatever it asks; there is no password. Use it only on a network you trust, such as a"
                + " classroom's. To give students a lesson, 'rlsim export-html LESSON' writes one file they open"
                + " without any server.",
            "%nExamples:", "  rlsim explore", "  rlsim explore scenarios/oral-vs-iv.yaml",
            "  rlsim explore oral-vs-iv --port 8080 --no-browser"})
final class ExploreCommand implements Callable<Integer> {
    /** The lesson the page opens on when none is named (if the folder has it). */
    static final String DEFAULT_LESSON = "oral-vs-iv";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LESSON|FILE",
            description = "A lesson's name (as rlsim list shows it) or a scenario file; default: " + DEFAULT_LESSON
                    + ", or the first lesson in --in.")
    String name;

    @Option(names = "--in", paramLabel = "DIR",
            description = "Folder of the lessons the page offers (default: the bundled lessons).")
    Path folder;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on, 1 to 65535 (default: a free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). See 'Exposing the page' below.")
    String host;

    @Option(names = "--no-browser", description = "Print the address but do not open a browser.")
    boolean noBrowser;

    @Override
    public Integer call() throws UserError {
        if (port < 0 || port > 65535) {
            throw new UserError(ExitCode.USAGE, "--port " + port + ": give a port from 1 to 65535, or leave it out for a free one");
        }
        ScenarioLoader loader = new ScenarioLoader();
        Map<String, Scenario> lessons = new LinkedHashMap<>();
        Scenario first;
        if (name != null && Files.isRegularFile(Path.of(name))) {
            first = ScenarioFiles.load(loader, Path.of(name));
            lessons.put(first.name(), first);
        } else {
            if (folder == null || Files.isDirectory(folder)) {
                for (Path file : folder == null ? BundledLessons.files() : ScenarioFiles.inFolder(folder)) {
                    Scenario s = ScenarioFiles.load(loader, file);
                    lessons.putIfAbsent(s.name(), s);
                }
            }
            if (name != null) {
                first = ScenarioFiles.load(loader, ScenarioFiles.find(name, folder));
                lessons.putIfAbsent(first.name(), first);
            } else if (lessons.containsKey(DEFAULT_LESSON)) {
                first = lessons.get(DEFAULT_LESSON);
            } else if (!lessons.isEmpty()) {
                first = lessons.values().iterator().next();
            } else {
                throw ScenarioFiles.emptyFolder(folder);
            }
        }
        List<ExplorerPage.LessonChoice> choices = new ArrayList<>();
        if (lessons.size() > 1) {
            lessons.values().forEach(s -> choices.add(new ExplorerPage.LessonChoice(s.name(), s.title())));
        }
        PrintWriter out = spec.commandLine().getOut();
        ExplorerServer server = new ExplorerServer(host, port, n -> Optional.ofNullable(lessons.get(n)), first.name(), choices);
        URI address;
        try {
            address = server.start();
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, "cannot listen on " + host + (port == 0 ? "" : " port " + port) + " ("
                    + e.getMessage() + "); " + (port == 0 ? "check --host" : "another program may use this port: give another --port or leave it out"), e);
        }
        server.warmUp();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            server.close();
            out.println("rlsim explore: stopped.");
            out.flush();
            stopped.countDown();
        }, "rlsim-explore-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("rlsim explore: " + first.title() + " at " + address);
        out.println("Teaching model, not for clinical decisions. Press Ctrl-C to stop.");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("Listening on " + host + ": other computers on the network can open the page (see rlsim explore --help).");
        }
        out.flush();
        if (!noBrowser) {
            openBrowser(address).ifPresent(problem -> {
                out.println("Open the address above in a browser (" + problem + ").");
                out.flush();
            });
        }
        try {
            server.join();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** Opens the address in the desktop's browser; the reason it could not, if it could not. */
    private static Optional<String> openBrowser(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", address.toString());
        } else if (os.contains("mac")) {
            command = List.of("open", address.toString());
        } else if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
            command = List.of("xdg-open", address.toString());
        } else {
            return Optional.of("no desktop to open a browser on");
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not start " + command.get(0));
        }
    }
}
