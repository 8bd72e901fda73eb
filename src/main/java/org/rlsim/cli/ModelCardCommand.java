package org.rlsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rlsim.card.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim model-card}: regenerates the model card's tables from the code (for maintainers). */
@Command(name = "model-card", mixinStandardHelpOptions = true,
        header = "Regenerate the model card's tables from the code.",
        description = {"Regenerate the generated sections of the model card (parameter tables, patients, calibration"
                + " table, known misses) from the code, keeping the hand-written text. Prints the card, or with"
                + " --write rewrites FILE in place.",
            "Run it from the rlsim folder: the calibration reads scenarios/calibration/."},
        footer = {"%nExample:", "  rlsim model-card --write"})
final class ModelCardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = ModelCard.DEFAULT_PATH,
            description = "The model card (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--write", description = "Rewrite FILE in place instead of printing it.")
    boolean write;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String card;
        try {
            card = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, file + ": cannot read the model card (" + e.getClass().getSimpleName()
                    + "); run from the rlsim folder or give the card's path");
        }
        String updated;
        try {
            updated = ModelCard.regenerate(card);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, file + ": " + e.getMessage());
        }
        if (!write) {
            out.print(updated);
        } else if (updated.equals(card)) {
            out.println(file + " is up to date.");
        } else {
            try {
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".model-card-", ".md");
                Files.writeString(temporary, updated, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UserError(ExitCode.CANNOT_WRITE, file + ": cannot write the model card (" + e.getMessage()
                        + "); check that the file and its folder are writable", e);
            }
            out.println(file + " updated.");
        }
        out.flush();
        return ExitCode.OK;
    }
}
