package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher behaves as the bash one (the same JVM options, the same jar, built when missing,
 * the release layout's jar beside it), and the release zip holds both.
 */
class LaunchersTest {
    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The options between {@code java} and {@code -jar} on the line that starts rlsim. */
    private static String jvmOptions(String launcher) {
        Matcher m = Pattern.compile("(?m)^(?:exec )?java (.*?) -jar ").matcher(launcher);
        assertTrue(m.find(), "the launcher runs java -jar:\n" + launcher);
        // The bash launcher adds its class-data-sharing archive when it has one (see rlsim); Windows has none.
        // The JIT options are a variable in both ($jit, %jit%), set per command: see jitChoice.
        return m.group(1).replace(" ${cds[@]+\"${cds[@]}\"}", "").replace("%jit%", "$jit");
    }

    @Test
    void bothLaunchersRunTheJarWithTheSameOptions() throws IOException {
        String bash = read("rlsim");
        String cmd = read("rlsim.cmd");
        assertEquals(jvmOptions(bash), jvmOptions(cmd), "rlsim and rlsim.cmd give java the same options");
        assertTrue(bash.contains("$here/target/rlsim.jar") && cmd.contains("%here%target\\rlsim.jar"), "the built jar");
        assertTrue(bash.contains("$here/rlsim.jar") && cmd.contains("%here%rlsim.jar"), "the release's jar beside them");
        assertTrue(bash.contains("mvn -q -B -Dstyle.color=never -DskipTests package")
                && cmd.contains("mvn -q -B -Dstyle.color=never -DskipTests package"), "both build the same way");
        assertTrue(bash.contains("exit 70") && cmd.contains("exit /b 70"), "a failed build exits 70 in both");
    }

    /** Both launchers use C1 only, but the optimising compiler for the long-running explore server and Sobol indices. */
    @Test
    void bothLaunchersChooseTheJitByCommand() throws IOException {
        String bash = read("rlsim");
        String cmd = read("rlsim.cmd");
        assertTrue(bash.contains("jit=-XX:TieredStopAtLevel=1\n") && cmd.contains("set \"jit=-XX:TieredStopAtLevel=1\"\r\n"),
                "C1 only by default");
        assertTrue(bash.contains("if [ \"${1:-}\" = explore ]; then\n  jit=-XX:+TieredCompilation\n")
                && cmd.contains("if /i \"%~1\"==\"explore\" set \"jit=-XX:+TieredCompilation\"\r\n"), "C2 for explore");
        assertTrue(bash.contains("{ [ \"${1:-}\" = sensitivity ] && [[ \" $* \" == *\" --global \"* ]]; }; then\n"
                + "  jit=\"-XX:+TieredCompilation -XX:CompileThresholdScaling=10\"\n")
                && cmd.contains("if /i \"%~1\"==\"sensitivity\" for %%a in (%*) do if /i \"%%~a\"==\"--global\""
                + " set \"jit=-XX:+TieredCompilation -XX:CompileThresholdScaling=10\"\r\n"), "C2, thresholds tenfold, for Sobol indices");
    }

    /**
     * The bash launcher gives the optimising compiler to 'run' of scenarios with virtual patients: its test of the
     * arguments, run by bash on a file, a folder and a bundled lesson's name, with and without a population.
     */
    @Test
    void theBashLauncherFindsVirtualPatientsInWhatARunNames() throws IOException, InterruptedException {
        String bash = read("rlsim");
        String function = bash.substring(bash.indexOf("has_population() {"), bash.indexOf("\n}\n", bash.indexOf("has_population() {")) + 3);
        String script = "here=\"$PWD\"\n" + function + "has_population \"$@\" && echo yes || echo no\n";
        assertEquals("yes", bashSays(script, "--out", "x", "scenarios/who-responds.yaml"));
        assertEquals("yes", bashSays(script, "remission-claim"));
        assertEquals("yes", bashSays(script, "scenarios/"));
        assertEquals("no", bashSays(script, "scenarios/oral-vs-iv.yaml", "iv-formulations", "--format", "csv"));
    }

    private static String bashSays(String script, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", "-c", script, "has_population"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void theWindowsLauncherHasWindowsLineEndings() throws IOException {
        String cmd = read("rlsim.cmd");
        assertEquals(cmd.split("\n", -1).length, cmd.split("\r\n", -1).length, "every line ends in CR LF");
        assertTrue(cmd.startsWith("@echo off\r\n"));
    }

    @Test
    void theReleaseZipHoldsTheJarBothLaunchersAndTheLessons() throws IOException {
        String dist = read("src/assembly/dist.xml");
        for (String part : new String[] {"<source>${project.build.directory}/rlsim.jar</source>", "<source>rlsim</source>",
            "<fileMode>0755</fileMode>", "<source>rlsim.cmd</source>", "<directory>scenarios</directory>",
            "<source>README.md</source>", "<source>LICENSE</source>"}) {
            assertTrue(dist.contains(part), "dist.xml lacks " + part);
        }
        assertTrue(read("pom.xml").contains("<descriptor>src/assembly/dist.xml</descriptor>"), "the dist profile uses it");
    }
}
