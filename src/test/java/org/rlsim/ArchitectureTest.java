package org.rlsim;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture of rlsim's main code, as rules that fail the build when broken.
 *
 * <p>Three tables state the architecture; the rules below are built from them and need no change
 * when a table grows:
 * <ul>
 *   <li>{@link #MAY_USE}: each package of {@code org.rlsim} and the other packages it may use. The
 *       dependencies point one way, from the physiology out to the command line:
 *       model ← dosing ← simulation ← scenario ← report ← calibration ← chart / card ← cli.
 *       A package that is in no row fails the build, so a new package cannot slip in unplaced.</li>
 *   <li>{@link #LIBRARY_USERS}: the libraries that only some packages may import (the ODE
 *       library, the chart libraries, the command-line parser, the YAML reader), each with those
 *       packages. Libraries in no row may be used anywhere the layering allows.</li>
 *   <li>{@link #PORTABLE_CORE} and {@link #NOT_IN_THE_BROWSER}: the packages the browser explorer
 *       compiles to JavaScript, and what they must not touch (AWT and Swing, files, Jackson/YAML).</li>
 * </ul>
 *
 * <h2>How to add a package</h2>
 * <ol>
 *   <li>Add one row to {@link #MAY_USE}: {@code use("population", "model", "dosing", "simulation")}
 *       — its name and every package it needs, never one that needs it (that would be a cycle,
 *       which {@link #packagesFormNoCycles} reports). Add the new package to the rows of the
 *       packages that use it ({@code cli}, usually).</li>
 *   <li>If it needs a library that is restricted, add the package to that library's row in
 *       {@link #LIBRARY_USERS}, with a comment saying why (for instance, a virtual population draws
 *       from probability distributions: grant it {@code COMMONS_MATH_STATISTICS}, not the numerics).</li>
 *   <li>If the browser explorer compiles it, add it to {@link #PORTABLE_CORE}.</li>
 *   <li>Write its {@code package-info.java} ({@link #everyPackageSaysWhatLivesThere}).</li>
 * </ol>
 * A rule that only one package needs (say, "explorer may use TeaVM's JSO classes only in its
 * {@code browser} subpackage") is one more {@code @ArchTest} field below, in the same style.
 *
 * <p>The rules read the compiled main classes only ({@code target/classes}); tests may use anything.
 * A failure names the rule, then each forbidden use with its class, member and line, for example
 * (a model class that used a scenario class, and a report class that used Commons Math statistics):
 * <pre>
 *   Rule 'Layered architecture ... where layer 'model' may not access any layer ...' was violated (1 times):
 *   Method &lt;org.rlsim.model.Blood.forbidden()&gt; references class object &lt;org.rlsim.scenario.Quantity&gt; in (Blood.java:139)
 *
 *   Rule 'no classes that reside outside of packages ['org.rlsim.simulation..'] should depend on classes that
 *   belong to Commons Math statistics, because only simulation may use Commons Math statistics; ...' was violated (2 times):
 *   Method &lt;org.rlsim.report.Numbers.forbidden()&gt; calls constructor
 *   &lt;org.apache.commons.math3.stat.descriptive.DescriptiveStatistics.&lt;init&gt;()&gt; in (Numbers.java:74)
 * </pre>
 */
@AnalyzeClasses(packages = "org.rlsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each package of {@code org.rlsim} and the packages it may use, in dependency order. */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // The physiology: compartments, parameters, mechanisms, observables. Plain Java.
        use("model");
        // Doses and regimens as data.
        use("dosing", "model");
        // The time loop and the steady state; the only user of the ODE solver.
        use("simulation", "model", "dosing");
        // Virtual patients: drawn parameters, screening, cohort runs and trial readouts.
        use("population", "model", "dosing", "simulation");
        // Scenario files in, validated domain objects and runs out.
        use("scenario", "model", "dosing", "simulation", "population");
        // CSV and provenance files.
        use("report", "model", "dosing", "simulation", "scenario", "population");
        // Experiments against published data; writes its results as CSV like report.
        use("calibration", "model", "dosing", "simulation", "scenario", "report", "population");
        // Sweeps, tornado and Sobol sensitivity over full runs of a scenario, with their CSV files.
        use("sweep", "model", "dosing", "simulation", "scenario", "report", "population");
        // Charts of runs, of the calibration and of sweeps.
        use("chart", "model", "dosing", "simulation", "scenario", "report", "calibration", "population", "sweep");
        // The generated model card: equations, parameters, calibration table.
        use("card", "model", "dosing", "simulation", "scenario", "report", "calibration", "population");
        // The explorer's model side, shared by the browser and the JVM: explorations read from a neutral
        // tree, run like rlsim run, written back as scenario files. Compiled to JavaScript (PORTABLE_CORE).
        use("explore", "model", "dosing", "simulation");
        // The TeaVM entry point of the explorer page: explore over the browser's JSON (JSO interop).
        use("browser", "model", "dosing", "simulation", "explore");
        // The explorer page and the explore server: lessons in the neutral form, the page, Jetty.
        use("web", "model", "dosing", "simulation", "scenario", "report", "chart", "explore", "population");
        // The commands: everything.
        use("cli", "model", "dosing", "simulation", "scenario", "report", "calibration", "chart", "card", "web",
                "population", "sweep");
    }

    private static void use(String name, String... mayUse) {
        MAY_USE.put(name, List.of(mayUse));
    }

    /** A library (or a part of one) that only some packages may use. */
    private record Library(String name, DescribedPredicate<JavaClass> classes, List<String> users) {}

    /**
     * Commons Math's statistics: descriptive statistics, probability distributions, random
     * generators. A package that draws or summarises patients may be granted these without being
     * granted the ODE solver.
     */
    private static final DescribedPredicate<JavaClass> COMMONS_MATH_STATISTICS = resideInAnyPackage(
            "org.apache.commons.math3.stat..", "org.apache.commons.math3.distribution..", "org.apache.commons.math3.random..");

    /** Restricted libraries, each with the only packages that may use it. */
    private static final List<Library> LIBRARY_USERS = new ArrayList<>();

    static {
        // The ODE integrator and the linear algebra of the steady state's Newton solve (all of Commons
        // Math but its statistics) are the simulator's alone.
        restrict("Commons Math numerics",
                resideInAPackage("org.apache.commons.math3..").and(not(COMMONS_MATH_STATISTICS)), "simulation");
        // Statistics: the simulator, the virtual population's readouts (t, normal and Welch intervals), and
        // sweep for the Sobol sequence and the bootstrap generator of the global sensitivity analysis.
        restrict("Commons Math statistics", COMMONS_MATH_STATISTICS, "simulation", "population", "sweep");
        // Random streams and samplers: only the virtual population draws patients.
        restrict("Commons RNG", resideInAPackage("org.apache.commons.rng.."), "population");
        // Drawing: JFreeChart, JFreeSVG, PDFBox (PDF with embedded fonts) and the PNG encoder.
        restrict("JFreeChart, JFreeSVG, PDFBox with its Graphics2D and PngEncoder", resideInAnyPackage("org.jfree..", "com.pngencoder..",
                "org.apache.pdfbox..", "org.apache.fontbox..", "de.rototor.."), "chart");
        // The command-line parser, and the terminal's progress bar: only commands know there is a command line.
        restrict("picocli", resideInAPackage("picocli.."), "cli");
        restrict("progressbar and JLine", resideInAnyPackage("me.tongfei.progressbar..", "org.jline.."), "cli");
        // Reading YAML (Jackson and the SnakeYAML parser under it): only scenario reads scenario files.
        // web writes JSON for the page and reads the page's requests (Jackson's tree, not YAML).
        restrict("Jackson and SnakeYAML", resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml.."), "scenario", "web");
        // TeaVM's JavaScript interop: only the browser entry point, which is never loaded on the JVM.
        restrict("TeaVM", resideInAPackage("org.teavm.."), "browser");
        // The embedded web server: only the explore server.
        restrict("Jetty", resideInAPackage("org.eclipse.jetty.."), "web");
    }

    private static void restrict(String name, DescribedPredicate<JavaClass> classes, String... users) {
        LIBRARY_USERS.add(new Library(name, classes.as("belong to " + name), List.of(users)));
    }

    /** The packages the browser explorer compiles to JavaScript: they must run without a JDK's desktop or files. */
    private static final String[] PORTABLE_CORE = {"org.rlsim.model..", "org.rlsim.dosing..", "org.rlsim.simulation..",
        "org.rlsim.explore..", "org.rlsim.browser.."};

    /** What a browser does not have (AWT, Swing, image I/O, files) and the YAML stack that the core never needs. */
    private static final String[] NOT_IN_THE_BROWSER = {
        "java.awt..", "javax.swing..", "javax.imageio..", "java.nio.file..",
        "com.fasterxml.jackson..", "org.yaml.snakeyaml.."};

    @ArchTest
    static final ArchRule packagesUseOnlyThePackagesTheyMayUse = layers();

    private static ArchRule layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String name : MAY_USE.keySet()) {
            layers = layers.layer(name).definedBy("org.rlsim." + name + "..");
        }
        for (Map.Entry<String, List<String>> row : MAY_USE.entrySet()) {
            String[] allowed = row.getValue().toArray(String[]::new);
            layers = allowed.length == 0
                    ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(allowed);
        }
        return layers.because("dependencies point one way, from the physiology out to the command line;"
                + " to add a package, add its row to ArchitectureTest.MAY_USE");
    }

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.rlsim.(*)..").should().beFreeOfCycles();

    /** One rule per restricted library; every broken one is reported, each with its own violations. */
    @ArchTest
    static void librariesAreUsedOnlyWhereTheyBelong(JavaClasses classes) {
        List<String> reports = new ArrayList<>();
        for (Library library : LIBRARY_USERS) {
            String[] users = library.users().stream().map(name -> "org.rlsim." + name + "..").toArray(String[]::new);
            EvaluationResult result = noClasses().that().resideOutsideOfPackages(users)
                    .should().dependOnClassesThat(library.classes())
                    .because("only " + String.join(" and ", library.users()) + " may use " + library.name()
                            + "; to grant it to another package, add that package to its row in ArchitectureTest.LIBRARY_USERS")
                    .evaluate(classes);
            if (result.hasViolation()) {
                reports.add(result.getFailureReport().toString());
            }
        }
        if (!reports.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator(), reports));
        }
    }

    @ArchTest
    static final ArchRule theCoreRunsInABrowser = noClasses().that().resideInAnyPackage(PORTABLE_CORE)
            .should().dependOnClassesThat().resideInAnyPackage(NOT_IN_THE_BROWSER)
            .orShould().dependOnClassesThat(fileClasses())
            .because("the browser explorer compiles model, dosing, simulation, explore and browser to JavaScript,"
                    + " where there is no AWT, no file system and no Jackson");

    /** {@code java.io.File} and its relatives ({@code FileReader}, {@code FileOutputStream}, ...). */
    private static DescribedPredicate<JavaClass> fileClasses() {
        return DescribedPredicate.describe("are java.io.File*",
                type -> type.getPackageName().equals("java.io") && type.getSimpleName().startsWith("File"));
    }

    /** Every package has a {@code package-info.java} in {@code src/main/java} that says what lives there. */
    @ArchTest
    static void everyPackageSaysWhatLivesThere(JavaClasses classes) {
        Set<String> packages = new TreeSet<>();
        classes.forEach(type -> packages.add(type.getPackageName()));
        List<String> missing = new ArrayList<>();
        for (String name : packages) {
            Path info = Path.of("src/main/java", name.replace('.', '/'), "package-info.java");
            if (!Files.isRegularFile(info)) {
                missing.add(info.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("packages without a package-info.java saying what lives there: " + missing);
        }
    }
}
