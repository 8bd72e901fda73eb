package org.rlsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rlsim.report.Numbers;
import java.util.concurrent.Callable;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rlsim params}: every parameter with unit, default, range, meaning and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
        header = "List the model parameters: unit, default, range, source.",
        description = "List every model parameter with its unit, default, allowed range, meaning and source.",
        footer = {"%nChange a parameter for one run with:", "  rlsim run FILE --set NAME=VALUE"})
final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILTER", description = "Show only parameters whose name contains this text.")
    String filter;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (Parameter p : ParameterCatalog.all()) {
            if (filter != null && !p.name().contains(filter)) {
                continue;
            }
            String unit = p.unit().equals("1") ? "" : " " + p.unit();
            out.printf(Locale.ROOT, "%s = %s%s   (allowed %s to %s%s; usual %s to %s; %s)%n", p.name(),
                    Numbers.readable(p.defaultValue()), unit, Numbers.readable(p.min()), Numbers.readable(p.max()), unit,
                    Numbers.readable(p.usualMin()), Numbers.readable(p.usualMax()), p.grade().name().toLowerCase(Locale.ROOT));
            out.println("    " + p.meaning());
            out.println("    source: " + p.source());
            shown++;
        }
        if (shown == 0) {
            out.println("No parameter name contains '" + filter + "'. Run 'rlsim params' to list them all.");
        }
        out.flush();
        return ExitCode.OK;
    }
}
