package org.rlsim.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.rlsim.chart.SlideCharts;
import org.rlsim.chart.SlidePreset;
import org.rlsim.report.CohortCsv;
import org.rlsim.report.ExpectationsCsv;
import org.rlsim.report.PopulationSummaryCsv;
import org.rlsim.report.RunInfo;
import org.rlsim.report.SummaryCsv;
import org.rlsim.report.TimeSeriesCsv;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.Verdict;
import org.rlsim.sweep.ScenarioAnalyses;
import org.rlsim.simulation.RowSink;

/**
 * Writes a scenario's output files into {@code <root>/<scenario name>/}, replacing only what rlsim wrote.
 *
 * <p>The files are written into a hidden staging folder beside the output folder first (see
 * {@link StagingFolder}) and moved into place only when all are complete, so a failure never leaves a
 * half-written output folder. Every output folder gets a marker listing its files ({@link OutputManifest});
 * an existing folder at the same place is replaced only if it is rlsim's and holds nothing else, unless
 * {@code --force} is given. A replaced folder never disappears: each file is moved over its older
 * version (a reader sees either whole), files of the older run that the new one did not write are deleted,
 * and {@code run-info.txt} comes last. Symbolic links at or inside the place are never followed.
 */
final class OutputFolder {
    /** The help text of {@code --force}, the same for every command that writes an output folder. */
    static final String FORCE_HELP = "Replace the output folder even if rlsim did not write it, or if it holds files"
            + " rlsim did not write (they are deleted). Without it, such a folder is left untouched and nothing is"
            + " written (exit code 4).";
    private final Path root;
    private final Set<OutputFormat> formats;
    private final boolean force;

    /**
     * @param root    the folder given with {@code --out}; created when missing
     * @param formats the formats chosen with {@code --format}
     * @param force   whether to replace a file or folder at the output folder's place that rlsim did not write
     */
    OutputFolder(Path root, Set<OutputFormat> formats, boolean force) {
        this.root = root;
        this.formats = Set.copyOf(formats);
        this.force = force;
    }

    /** A scenario run that passes the rows of arm {@code i} also to {@code rowsOf.apply(i)} while it goes. */
    @FunctionalInterface
    interface StreamingRun {
        ScenarioResult run(IntFunction<RowSink> rowsOf);
    }

    /**
     * A scenario's output folder, the result written into it, and the scenario's sweeps and sensitivity
     * analysis ({@link ScenarioAnalyses#NONE} when it has none).
     */
    record Written(Path folder, ScenarioResult result, ScenarioAnalyses analyses) {
        /** Every verdict: the arms' expectations, then those over many runs. */
        List<Verdict> verdicts() {
            List<Verdict> all = new ArrayList<>(result.verdicts());
            all.addAll(analyses.verdicts());
            return all;
        }
    }

    /**
     * Runs a scenario into its output folder: {@code timeseries.csv} is written into the staging folder while
     * the run goes (each arm into a part file of its own, joined in scenario order at the end), so no row needs
     * to stay in memory; then the other files from the result.
     *
     * @param name        the output folder's name, e.g. the scenario's ({@code oral-vs-iv})
     * @param arms        the names of the run's arms, in scenario order
     * @param slide       the shape and size of every chart
     * @param commandLine the command that made it, for {@code run-info.txt}
     */
    Written write(String name, List<String> arms, StreamingRun run, SlidePreset slide, String commandLine) throws UserError {
        return write(name, arms, run, result -> ScenarioAnalyses.NONE, slide, commandLine);
    }

    /**
     * Runs a scenario into its output folder as {@link #write(String, List, StreamingRun, SlidePreset, String)} does,
     * then its sweeps and sensitivity analysis ({@code analyses}, given the result), whose files and verdicts go
     * into the same folder.
     */
    Written write(String name, List<String> arms, StreamingRun run, java.util.function.Function<ScenarioResult, ScenarioAnalyses> analyses,
                  SlidePreset slide, String commandLine) throws UserError {
        ScenarioAnalyses[] more = new ScenarioAnalyses[1];
        ScenarioResult[] result = new ScenarioResult[1];
        Path folder = write(name, dir -> {
            List<String> written = new ArrayList<>();
            if (formats.contains(OutputFormat.csv)) {
                try (TimeSeriesParts parts = new TimeSeriesParts(dir, arms)) {
                    result[0] = run.run(parts::sink);
                    parts.join(dir.resolve(TimeSeriesCsv.FILE_NAME));
                }
                written.add(TimeSeriesCsv.FILE_NAME);
            } else {
                result[0] = run.run(arm -> (timeH, state) -> {
                });
            }
            more[0] = analyses.apply(result[0]);
            return writeFiles(result[0], more[0], slide, commandLine, dir, written);
        });
        return new Written(folder, result[0], more[0]);
    }

    /**
     * The part files of {@code timeseries.csv} in a staging folder, one per arm, written while the arms run in
     * parallel; {@link #join} writes the table from them and deletes them.
     */
    private static final class TimeSeriesParts implements AutoCloseable {
        private final Path dir;
        private final List<String> arms;
        private final Writer[] writers;
        /** The files under {@link #writers}, closed on their own: a writer whose last flush fails (disk full) leaves its file open. */
        private final OutputStream[] streams;

        TimeSeriesParts(Path dir, List<String> arms) {
            this.dir = dir;
            this.arms = arms;
            writers = new Writer[arms.size()];
            streams = new OutputStream[arms.size()];
        }

        private Path part(int arm) {
            return dir.resolve("." + TimeSeriesCsv.FILE_NAME + "-arm-" + arm);
        }

        /** The sink of arm {@code arm}: its part file is created here, on the arm's thread. */
        RowSink sink(int arm) {
            try {
                streams[arm] = Files.newOutputStream(part(arm));
                writers[arm] = new BufferedWriter(new OutputStreamWriter(streams[arm], StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return TimeSeriesCsv.rows(arms.get(arm), writers[arm]);
        }

        /** Writes the header and every arm's part, in order, into {@code table}; deletes the parts. */
        void join(Path table) throws IOException {
            close();
            writeText(table, TimeSeriesCsv::writeHeader);
            try (OutputStream out = Files.newOutputStream(table, StandardOpenOption.APPEND)) {
                for (int arm = 0; arm < writers.length; arm++) {
                    Files.copy(part(arm), out);
                    Files.delete(part(arm));
                }
            }
        }

        /** Closes every part file, also when closing one of them fails; rethrows the first failure. */
        @Override
        public void close() throws IOException {
            IOException first = null;
            for (int arm = 0; arm < writers.length; arm++) {
                for (Closeable c : new Closeable[] {writers[arm], streams[arm]}) {
                    try {
                        if (c != null) {
                            c.close();
                        }
                    } catch (IOException e) {
                        first = first == null ? e : first;
                    }
                }
                writers[arm] = null;
                streams[arm] = null;
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** What goes into an output folder: writes its files into the (staging) folder given. */
    @FunctionalInterface
    interface Content {
        /** @return the names of the files written, in the order a reader should see them replaced */
        List<String> writeInto(Path dir) throws IOException;
    }

    /**
     * Refuses, before any work, to write the output folder {@code name} when something rlsim did not write
     * is at its place and {@code --force} was not given.
     */
    void checkReplaceable(String name) throws UserError {
        Path target = target(name);
        if (Files.isDirectory(root)) {
            inspectReplaceable(target);
        }
    }

    /**
     * Writes a folder {@code <root>/<name>/} atomically: the content goes into a hidden staging folder
     * whose files replace those of an older output folder of the same name only when all are complete.
     * Leftovers of killed runs in the root are deleted first.
     */
    Path write(String name, Content content) throws UserError {
        Path target = target(name);
        Path created = prepareRoot();
        try {
            return writeInto(target, content);
        } catch (UserError | RuntimeException e) {
            deleteEmptyFolders(created);
            throw e;
        }
    }

    private Path writeInto(Path target, Content content) throws UserError {
        StagingFolder.deleteLeftovers(root);
        inspectReplaceable(target);
        Path staging;
        try {
            staging = StagingFolder.create(root, target.getFileName().toString());
        } catch (IOException e) {
            throw cannotWrite(root, e);
        }
        try {
            List<String> files = content.writeInto(staging);
            OutputManifest.write(staging.resolve(OutputManifest.FILE_NAME), files);
            replace(target, staging, files, inspectReplaceable(target));
            return target;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw cannotWrite(target, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } catch (UserError | RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Deletes the folders {@link #prepareRoot()} created, from the root up to {@code top}, as far as they are
     * empty: a run that wrote nothing leaves nothing behind.
     */
    private void deleteEmptyFolders(Path top) {
        if (top == null) {
            return;
        }
        Path absoluteTop = top.toAbsolutePath();
        for (Path dir = root.toAbsolutePath(); dir != null && dir.startsWith(absoluteTop); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (IOException e) {
                return; // not empty (another scenario's output), or already gone
            }
        }
    }

    /** {@code <root>/<name>}; the name must be one plain path element (scenario names are checked to be). */
    private Path target(String name) {
        Path target = root.resolve(name);
        if (name.isEmpty() || name.startsWith(".") || !root.equals(target.getParent())) {
            throw new IllegalArgumentException("not a plain folder name: " + name);
        }
        return target;
    }

    /** What is at the target's place; refuses something rlsim did not write unless {@code --force}. */
    private OutputManifest.Inspection inspectReplaceable(Path target) throws UserError {
        OutputManifest.Inspection found;
        try {
            found = OutputManifest.inspect(target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        if (found instanceof OutputManifest.Foreign foreign && !force) {
            throw new UserError(ExitCode.CANNOT_WRITE, target + ": not replaced, because " + foreign.reason()
                    + "; move it away, choose another folder with --out, or add --force to replace it"
                    + (foreign.isFolder() ? " and delete everything in it" : ""));
        }
        return found;
    }

    /**
     * Creates the root folder when missing.
     *
     * @return the topmost folder created, or null if the root existed
     */
    private Path prepareRoot() throws UserError {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UserError(ExitCode.CANNOT_WRITE, "--out " + root
                    + ": this is a file, not a folder; give a folder name with --out");
        }
        Path top = null;
        for (Path p = root.toAbsolutePath(); p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            top = p;
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw cannotWrite(root, e);
        }
        if (!Files.isWritable(root)) {
            throw new UserError(ExitCode.CANNOT_WRITE, "--out " + root
                    + ": the folder is not writable; choose a folder you can write to with --out");
        }
        return top;
    }

    /**
     * Files written by one task, one after another: one file, or the formats of one chart, which share
     * the chart object (built once, drawn once per format; a chart object is not for two threads).
     *
     * @param names the files' names, in the order the task writes them
     * @param task  writes them into the folder it is given
     */
    record OutputFile(List<String> names, FolderWriterTask task) {
        OutputFile {
            names = List.copyOf(names);
        }

        /** One file, written by {@code task}. */
        OutputFile(String name, FileWriterTask task) {
            this(List.of(name), dir -> task.writeTo(dir.resolve(name)));
        }
    }

    @FunctionalInterface
    interface FileWriterTask {
        void writeTo(Path file) throws IOException;
    }

    @FunctionalInterface
    interface FolderWriterTask {
        void writeInto(Path dir) throws IOException;
    }

    /** The formats chosen with {@code --format}. */
    Set<OutputFormat> formats() {
        return formats;
    }

    /**
     * Writes the files, independent ones in parallel (charts take most of the time and each has its
     * own chart object), then the run information that lists them.
     */
    private List<String> writeFiles(ScenarioResult result, ScenarioAnalyses analyses, SlidePreset slide, String commandLine,
                                    Path dir, List<String> alreadyWritten) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        List<Verdict> verdicts = new Written(dir, result, analyses).verdicts();
        if (formats.contains(OutputFormat.csv)) {
            files.add(new OutputFile(SummaryCsv.FILE_NAME, f -> writeText(f, w -> SummaryCsv.write(result, w))));
            if (!result.cohorts().isEmpty()) {
                files.add(new OutputFile(CohortCsv.FILE_NAME, f -> writeText(f, w -> CohortCsv.write(result, w))));
                files.add(new OutputFile(PopulationSummaryCsv.FILE_NAME, f -> writeText(f, w -> PopulationSummaryCsv.write(result, w))));
            }
            if (!verdicts.isEmpty()) {
                files.add(new OutputFile(ExpectationsCsv.FILE_NAME, f -> writeText(f, w -> ExpectationsCsv.write(verdicts, w))));
            }
        }
        for (SlideCharts.NamedChart chart : SlideCharts.all(result, slide.style())) {
            addCharts(files, chart, slide);
        }
        RunsOutput runs = RunsOutput.of(analyses);
        runs.addFiles(this, files, slide);
        writeAll(files, dir);
        List<String> written = new ArrayList<>(alreadyWritten);
        written.addAll(files.stream().flatMap(f -> f.names().stream()).toList());
        written.add(RunInfo.FILE_NAME);
        String info = RunInfo.text(result, written, commandLine);
        if (!runs.isEmpty()) {
            // The sweeps and the sensitivity analysis, before the disclaimer that ends the file.
            int end = info.lastIndexOf(RunInfo.DISCLAIMER);
            info = info.substring(0, end) + runs.info() + info.substring(end);
        }
        Files.writeString(dir.resolve(RunInfo.FILE_NAME), info, StandardCharsets.UTF_8);
        return written;
    }

    /**
     * Writes independent files into a folder in parallel (charts take most of the time and each has its own chart object).
     *
     * @return the names of the files, in the order given
     */
    static List<String> writeAll(List<OutputFile> files, Path dir) throws IOException {
        List<String> names = files.stream().flatMap(f -> f.names().stream()).toList();
        if (files.isEmpty()) {
            return names;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (OutputFile file : files) {
                pending.add(pool.submit(() -> {
                    file.task().writeInto(dir);
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                waitFor(f);
            }
        } finally {
            stop(pool);
        }
        return names;
    }

    /**
     * Cancels the files not yet started and waits for those being written: after a failure the staging
     * folder is deleted, and no file may appear in it afterwards.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Adds {@code <baseName>.png}, {@code .svg} and/or {@code .pdf} of a chart, as {@code --format} asks:
     * one task that builds the chart once and draws it in each format.
     */
    void addCharts(List<OutputFile> files, SlideCharts.NamedChart chart, SlidePreset slide) {
        List<String> names = new ArrayList<>();
        for (OutputFormat format : List.of(OutputFormat.png, OutputFormat.svg, OutputFormat.pdf)) {
            if (formats.contains(format)) {
                names.add(chart.baseName() + "." + format.name());
            }
        }
        if (!names.isEmpty()) {
            files.add(new OutputFile(names, dir -> chart.writeAll(names.stream().map(dir::resolve).toList(),
                    slide.widthPx(), slide.heightPx())));
        }
    }

    @FunctionalInterface
    interface TextWriter {
        void write(Writer w) throws IOException;
    }

    /**
     * Writes a text file in UTF-8. The file's stream is a resource of its own: when the disk is full, the
     * writer's close fails while flushing and would leave the file open.
     */
    static void writeText(Path file, TextWriter content) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            content.write(w);
        }
    }

    /**
     * Waits for one file; an I/O failure is rethrown as such, also when a library wrapped it in an unchecked
     * exception (JFreeSVG does), anything else as the bug it is.
     */
    private static void waitFor(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            IOException wrapped = ioCause(e.getCause());
            if (wrapped != null) {
                throw wrapped;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The first {@link IOException} among the causes of {@code t}, or null. */
    private static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Puts the staging folder's files at the target's place. Nothing there: the folder is moved in whole.
     * An output folder (rlsim's, or any folder with {@code --force}): its marker first lists the old and new
     * files together (so a run killed midway leaves a folder rlsim still recognises), then each new file
     * replaces its older version in one move, files only the older run wrote are deleted and the marker
     * is replaced by the new one. A file or symbolic link (with {@code --force}) is deleted, not followed.
     */
    private static void replace(Path target, Path staging, List<String> files, OutputManifest.Inspection found) throws IOException {
        if (found instanceof OutputManifest.Foreign foreign && !foreign.isFolder()) {
            Files.delete(target);
            found = new OutputManifest.Absent();
        }
        if (found instanceof OutputManifest.Absent) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            makeReadableByAll(target);
            Files.delete(target.resolve(StagingFolder.MARKER));
            return;
        }
        Set<String> old = found instanceof OutputManifest.Owned owned ? owned.files() : entries(target);
        Set<String> both = new LinkedHashSet<>(old);
        both.addAll(files);
        Path combined = staging.resolve(OutputManifest.FILE_NAME + "-combined");
        OutputManifest.write(combined, both.stream().filter(name -> !Files.isDirectory(target.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList());
        Files.move(combined, target.resolve(OutputManifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        for (String name : files) {
            Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        for (String name : old) {
            if (!files.contains(name)) {
                deleteTree(target.resolve(name));
            }
        }
        Files.move(staging.resolve(OutputManifest.FILE_NAME), target.resolve(OutputManifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(target.resolve(StagingFolder.MARKER));
        StagingFolder.deleteFlat(staging);
    }

    /** The names in a folder, its marker not included. */
    private static Set<String> entries(Path dir) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        }
        names.remove(OutputManifest.FILE_NAME);
        return names;
    }

    /** Deletes a file, a symbolic link (not what it points to) or a folder with everything in it. */
    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    /** A temporary folder is private to its owner; an output folder is readable like any other. */
    private static void makeReadableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Deletes a staging folder after a failure; one that cannot be deleted is deleted by the next run. */
    private static void deleteQuietly(Path staging) {
        try {
            StagingFolder.deleteFlat(staging);
        } catch (IOException | UncheckedIOException e) {
            // best effort: the staging marker lets the next run delete it
        }
    }

    private static UserError cannotWrite(Path where, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "a folder on the way does not exist";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way";
        } else if (String.valueOf(e.getMessage()).contains("No space left on device")) {
            return new UserError(ExitCode.CANNOT_WRITE, where + ": cannot write output (the disk is full); nothing was"
                    + " written: free some space or choose another folder with --out", e);
        } else {
            reason = e.getMessage();
        }
        return new UserError(ExitCode.CANNOT_WRITE, where + ": cannot write output (" + reason
                + "); choose a folder you can write to with --out", e);
    }
}
