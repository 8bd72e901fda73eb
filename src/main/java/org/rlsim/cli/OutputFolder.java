package org.rlsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.rlsim.chart.ChartExporter;
import org.rlsim.chart.SlideCharts;
import org.rlsim.chart.SlidePreset;
import org.rlsim.report.ExpectationsCsv;
import org.rlsim.report.RunInfo;
import org.rlsim.report.SummaryCsv;
import org.rlsim.report.TimeSeriesCsv;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.Verdict;

/**
 * Writes a scenario's output files into {@code <root>/<scenario name>/}. The files are written into a
 * hidden temporary folder beside it first and moved into place only when all are complete, so a
 * failure never leaves a half-written output folder; an older output folder of the same name is
 * replaced.
 */
final class OutputFolder {
    private final Path root;
    private final Set<OutputFormat> formats;

    OutputFolder(Path root, Set<OutputFormat> formats) {
        this.root = root;
        this.formats = Set.copyOf(formats);
    }

    /**
     * Writes every file of a scenario run and returns the folder they are in.
     *
     * @param verdicts the result's expectations, checked; {@code expectations.csv} is written when there are any
     * @param slide    the shape and size of every chart
     */
    Path write(ScenarioResult result, List<Verdict> verdicts, SlidePreset slide) throws UserError {
        return write(result.scenario().name(), dir -> writeFiles(result, verdicts, slide, dir));
    }

    /** What goes into an output folder: writes its files into the (staging) folder given. */
    @FunctionalInterface
    interface Content {
        void writeInto(Path dir) throws IOException;
    }

    /**
     * Writes a folder {@code <root>/<name>/} atomically: the content goes into a hidden staging folder
     * that replaces an older folder of the same name only when complete.
     */
    Path write(String name, Content content) throws UserError {
        prepareRoot();
        Path staging;
        try {
            staging = Files.createTempDirectory(root, "." + name + "-incomplete-");
        } catch (IOException e) {
            throw cannotWrite(root, e);
        }
        try {
            content.writeInto(staging);
            Path target = root.resolve(name);
            replace(target, staging);
            return target;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw cannotWrite(root.resolve(name), e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    private void prepareRoot() throws UserError {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UserError(ExitCode.CANNOT_WRITE, "--out " + root
                    + ": this is a file, not a folder; give a folder name with --out");
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
    private void writeFiles(ScenarioResult result, List<Verdict> verdicts, SlidePreset slide, Path dir) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        if (formats.contains(OutputFormat.csv)) {
            files.add(new OutputFile(TimeSeriesCsv.FILE_NAME, f -> writeText(f, w -> TimeSeriesCsv.write(result, w))));
            files.add(new OutputFile(SummaryCsv.FILE_NAME, f -> writeText(f, w -> SummaryCsv.write(result, w))));
            if (!verdicts.isEmpty()) {
                files.add(new OutputFile(ExpectationsCsv.FILE_NAME, f -> writeText(f, w -> ExpectationsCsv.write(verdicts, w))));
            }
        }
        for (SlideCharts.NamedChart chart : SlideCharts.all(result, slide.style())) {
            addCharts(files, chart, slide);
        }
        writeAll(files, dir);
        List<String> written = new ArrayList<>(files.stream().flatMap(f -> f.names().stream()).toList());
        written.add(RunInfo.FILE_NAME);
        Files.writeString(dir.resolve(RunInfo.FILE_NAME), RunInfo.text(result, written), StandardCharsets.UTF_8);
    }

    /** Writes independent files into a folder in parallel (charts take most of the time and each has its own chart object). */
    static void writeAll(List<OutputFile> files, Path dir) throws IOException {
        if (files.isEmpty()) {
            return;
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
            pool.shutdownNow();
        }
    }

    /**
     * Adds {@code <baseName>.png}, {@code .svg} and/or {@code .pdf} of a chart, as {@code --format} asks:
     * one task that builds the chart once and draws it in each format.
     */
    void addCharts(List<OutputFile> files, SlideCharts.NamedChart chart, SlidePreset slide) {
        int w = slide.widthPx();
        int h = slide.heightPx();
        Map<String, ChartWriter> writers = new LinkedHashMap<>();
        if (formats.contains(OutputFormat.png)) {
            writers.put(chart.baseName() + ".png", ChartExporter::writePng);
        }
        if (formats.contains(OutputFormat.svg)) {
            writers.put(chart.baseName() + ".svg", ChartExporter::writeSvg);
        }
        if (formats.contains(OutputFormat.pdf)) {
            writers.put(chart.baseName() + ".pdf", ChartExporter::writePdf);
        }
        if (writers.isEmpty()) {
            return;
        }
        files.add(new OutputFile(List.copyOf(writers.keySet()), dir -> {
            JFreeChart built = chart.build();
            for (Map.Entry<String, ChartWriter> writer : writers.entrySet()) {
                writer.getValue().write(built, dir.resolve(writer.getKey()), w, h);
            }
        }));
    }

    /** One of {@link ChartExporter}'s writers. */
    @FunctionalInterface
    private interface ChartWriter {
        void write(JFreeChart chart, Path file, int width, int height) throws IOException;
    }

    @FunctionalInterface
    interface TextWriter {
        void write(Writer w) throws IOException;
    }

    static void writeText(Path file, TextWriter content) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.write(w);
        }
    }

    /** Waits for one file; an I/O failure is rethrown as such, anything else as the bug it is. */
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
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Moves the staging folder to the target, replacing an older target folder. */
    private static void replace(Path target, Path staging) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        makeReadableByAll(target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    /** A temporary folder is private to its owner; an output folder is readable like any other. */
    private static void makeReadableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover hidden temporary folder is harmless
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
        } else {
            reason = e.getMessage();
        }
        return new UserError(ExitCode.CANNOT_WRITE, where + ": cannot write output (" + reason
                + "); choose a folder you can write to with --out", e);
    }
}
