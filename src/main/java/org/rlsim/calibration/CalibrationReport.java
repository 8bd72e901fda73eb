package org.rlsim.calibration;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every calibration experiment and prints the table: target, source, published value,
 * tolerance, model value, pass/fail. Run from the project root (the scenarios are read from
 * {@code scenarios/calibration/}):
 * <pre>
 *   mvn -q compile exec:java -Dexec.mainClass=org.rlsim.calibration.CalibrationReport
 *   java -cp target/classes:$(cat cp.txt) org.rlsim.calibration.CalibrationReport
 * </pre>
 */
public final class CalibrationReport {
    /** One line of the table. */
    public record Row(Target target, Outcome outcome) {
    }

    private CalibrationReport() {
    }

    /** Runs every experiment, in target order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Experiment e : Experiments.all()) {
            rows.add(new Row(e.target(), e.run()));
        }
        return rows;
    }

    /** Prints the table as Markdown. */
    public static void print(List<Row> rows, PrintStream out) {
        out.println("| Target | Statement | Source | Published | Tolerance | Model | Result |");
        out.println("|---|---|---|---|---|---|---|");
        int passed = 0;
        for (Row r : rows) {
            Target t = r.target();
            out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", t.id(), t.statement(), t.source(), t.published(),
                    t.tolerance(), r.outcome().modelValue(), r.outcome().pass() ? "pass" : "FAIL");
            passed += r.outcome().pass() ? 1 : 0;
        }
        out.printf("%n%d of %d targets met.%n", passed, rows.size());
    }

    public static void main(String[] args) {
        print(rows(), System.out);
    }
}
