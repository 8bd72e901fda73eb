/**
 * The {@code rlsim} command line, built with picocli: {@link org.rlsim.cli.Main} and one small
 * {@code Callable<Integer>} per subcommand ({@code run}, {@code validate}, {@code list}, {@code describe},
 * {@code params}, {@code patients}, {@code calibration}, {@code model-card}). A command parses its
 * options, calls the packages that do the work, prints through the writers picocli gives it (so tests
 * capture everything) and returns an {@link org.rlsim.cli.ExitCode}, named in one place and listed in
 * {@code --help}.
 *
 * <p>Errors never reach the user as a stack trace: {@code Errors} turns each into one line saying what
 * is wrong, where (file:line:column, option or parameter) and how to fix it, with its exit code.
 * {@code OutputFolder} writes a run's files into a temporary folder first and moves them into place only
 * when all are complete, so a failure never leaves half-written output. The only package that knows
 * there is a command line.
 */
package org.rlsim.cli;
