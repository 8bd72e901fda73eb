package org.rlsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.scenario.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's parse errors rewritten in rlsim's one-line form {@code <where>: <what is wrong>; <how to fix it>},
 * where "where" is the command as typed (e.g. {@code run --outt}) and the fix names the closest valid
 * command or option when there is one.
 */
final class UsageErrors {
    /** Picocli's prefix of a value its converter refused, e.g. {@code Invalid value for option '--slide': }. */
    private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for option '[^']*'(?: \\([^)]*\\))?: ");
    /** Picocli's message for a value outside an enum: the choices (group 1) and the value (group 2). */
    private static final Pattern NOT_ONE_OF = Pattern.compile("expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'");

    private UsageErrors() {
    }

    /** The message for a command-line mistake, without the leading {@code rlsim: }. */
    static String message(CommandLine.ParameterException e) {
        CommandLine cli = e.getCommandLine();
        CommandSpec spec = cli.getCommandSpec();
        String command = spec.qualifiedName(" ").replaceFirst("^rlsim ?", "");
        String help = command.isEmpty() ? "rlsim --help" : "rlsim help " + command;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, spec, command, help);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing(missing, spec, command, help);
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            String option = twice.getOverwritten() instanceof OptionSpec o ? o.longestName() : "an option";
            return where(command, option) + ": given twice; give it once";
        }
        String text = INVALID_VALUE.matcher(e.getMessage().replaceFirst("\\.$", "")).replaceFirst("");
        Matcher choice = NOT_ONE_OF.matcher(text);
        if (choice.matches()) {
            text = "'" + choice.group(2) + "' is not one of " + choice.group(1) + "; write e.g. "
                    + choice.group(1).split(",")[0];
        }
        return where(command, e.getArgSpec() instanceof OptionSpec o ? o.longestName() : "")
                + ": " + lowerFirst(text) + (text.contains("; ") ? "" : "; " + help + " shows what it takes");
    }


    private static String unmatched(CommandLine.UnmatchedArgumentException e, CommandSpec spec, String command,
                                    String help) {
        List<String> args = e.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = e.getSuggestions();
        Optional<String> closest = suggestions.isEmpty() ? Optional.empty() : Optional.of(suggestions.get(0));
        if (closest.isEmpty()) {
            List<String> names = new ArrayList<>(spec.subcommands().keySet());
            spec.options().forEach(o -> names.addAll(List.of(o.names())));
            closest = DidYouMean.closest(first, names);
        }
        if (first.startsWith("-")) {
            return where(command, first) + ": unknown option; "
                    + closest.map(s -> "did you mean '" + s + "'? (" + help + " lists the options)")
                            .orElse(help + " lists the options");
        }
        if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            if (first.matches("(?i).*\\.ya?ml|.*[/\\\\].*")) {
                return where(command, first) + ": not an rlsim command; to run this scenario write: rlsim run " + first;
            }
            String commands = String.join(", ", spec.subcommands().keySet());
            return where(command, first) + ": not an rlsim command; "
                    + closest.map(s -> "did you mean '" + s + "'? (the commands: " + commands + ")")
                            .orElse("choose one of: " + commands);
        }
        String takes = String.join(" ", spec.positionalParameters().stream().map(p -> p.paramLabel()).toList());
        return where(command, first) + ": one argument too many (" + command + " takes "
                + (takes.isEmpty() ? "no arguments" : takes) + "); remove it, or quote a value that has spaces";
    }

    private static String missing(CommandLine.MissingParameterException e, CommandSpec spec, String command,
                                  String help) {
        List<ArgSpec> missing = e.getMissing();
        ArgSpec arg = missing.isEmpty() ? null : missing.get(0);
        if (arg instanceof OptionSpec option) {
            return where(command, option.longestName()) + ": needs a value; write e.g. " + option.longestName() + " "
                    + option.paramLabel();
        }
        String label = arg == null ? "an argument" : arg.paramLabel();
        return where(command, "") + ": " + label + " is missing; " + example(spec).map(x -> "write e.g. " + x + " (" + help + ")")
                .orElse(help + " shows what it takes");
    }

    /** The first example in a command's help footer, e.g. {@code rlsim run scenarios/oral-vs-iv.yaml}. */
    private static Optional<String> example(CommandSpec spec) {
        for (String line : spec.usageMessage().footer()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("rlsim ")) {
                return Optional.of(trimmed.replaceFirst("\\s{2,}.*$", ""));
            }
        }
        return Optional.empty();
    }

    private static String where(String command, String argument) {
        String place = (command + " " + argument).trim();
        return place.isEmpty() ? "rlsim" : place;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
