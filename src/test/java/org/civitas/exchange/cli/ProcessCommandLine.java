package org.civitas.exchange.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.civitas.CivitasApplication;

/**
 * The command line as an operator meets it: the real entry point in a JVM of its own, in English, with
 * none of this machine's {@code SPRING_*}/{@code CIVITAS_*} settings, on the given data directory. Each
 * run that starts the application costs a whole start: keep them few (see {@link InProcessCommandLine}).
 */
final class ProcessCommandLine {

    private static final long TIMEOUT_MINUTES = 6;

    private final Path work;

    /** Runs the JVMs in {@code work}, which also holds their captured output. */
    ProcessCommandLine(Path work) {
        this.work = work;
    }

    CommandRun run(Path dataDir, String... args) throws IOException, InterruptedException {
        return run(dataDir, Map.of(), args);
    }

    CommandRun run(Path dataDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        // quicker start-up for a short-lived JVM; no effect on behaviour
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        command.addAll(List.of("-cp", applicationClassPath(), CivitasApplication.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CIVITAS_"));
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().put("CIVITAS_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("civitas " + String.join(" ", args) + " did not finish within " + TIMEOUT_MINUTES
                    + " minutes; its output: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new CommandRun(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test class path without the test classes: these register a test-only initializer that
     * would give the child an in-memory database instead of the one in its data directory.
     */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
