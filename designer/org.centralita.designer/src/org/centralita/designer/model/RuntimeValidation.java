package org.centralita.designer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.centralita.designer.Messages;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Severity;
import org.centralita.flows.yaml.SourcePosition;
import org.eclipse.core.runtime.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a flows directory with the runtime, as {@code centralita validate DIR --format json}
 * in a child process: the flows, the calendars, and the rule files compiled by Drools, which
 * runs in the runtime and not inside Studio. The launcher is found through the
 * {@value #HOME} system property, else the preference of that name.
 *
 * <p>The check runs in the background while the analyst works (Studio starts it when it lists a
 * directory and after each save), so it must not take the CPU from Studio's window: the child runs
 * at a lower priority ({@code nice -n 10} where the system has {@code nice}) and with the JVM's
 * quick compiler only ({@value #CHILD_JVM_OPTIONS}: a run of a few seconds, which the optimizing
 * compiler would only slow down, about half the CPU of the JVM's defaults). Without this, the
 * check of the example flows at Studio's start (about 4 s of CPU) doubled the time of the first
 * flow opened meanwhile on two cores (docs/benchmarks.md, "Designer").
 */
public final class RuntimeValidation {

    /** The system property (and preference) naming the Centralita directory with the launcher. */
    public static final String HOME = "centralita.home";
    private static final String PLUGIN = "org.centralita.designer";
    private static final long TIMEOUT_SECONDS = 180;
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeValidation.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Added to {@code CENTRALITA_JAVA_OPTS} for the child: C1 only, the cheapest for a short run. */
    static final String CHILD_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";
    /** How much lower than Studio the child runs ({@code nice}'s increment). */
    static final int CHILD_NICENESS = 10;
    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    /**
     * What the runtime said: the problems, or why it could not be asked (then problems is empty).
     *
     * @param unavailable the message for the analyst when the runtime did not validate, else null
     */
    public record Result(List<Problem> problems, String unavailable) {
        public boolean ran() {
            return unavailable == null;
        }
    }

    private RuntimeValidation() {
    }

    /** The Centralita directory: the system property, else the preference, if set. */
    public static Optional<Path> home() {
        String home = System.getProperty(HOME);
        if (home == null || home.isBlank()) {
            home = Platform.getPreferencesService().getString(PLUGIN, HOME, null, null);
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home).toAbsolutePath().normalize());
    }

    /** The launcher in {@code home}: {@code centralita} of a source tree, {@code bin/centralita} of a distribution. */
    static Optional<Path> launcher(Path home) {
        for (Path candidate : List.of(home.resolve("centralita"), home.resolve("bin").resolve("centralita"))) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every problem of {@code directory} as the runtime reports it (blocks: run it off the UI thread). */
    public static Result validate(Path directory) {
        Optional<Path> home = home();
        if (home.isEmpty()) {
            return new Result(List.of(), Messages.bind(Messages.Problems_noHome, HOME));
        }
        Optional<Path> launcher = launcher(home.get());
        if (launcher.isEmpty()) {
            return new Result(List.of(), Messages.bind(Messages.Problems_noLauncher, home.get()));
        }
        Path errors = null;
        try {
            errors = Files.createTempFile("centralita-validate", ".err");
            ProcessBuilder builder = new ProcessBuilder(command(launcher.get(), directory)).redirectError(errors.toFile());
            String options = builder.environment().getOrDefault("CENTRALITA_JAVA_OPTS", "");
            builder.environment().put("CENTRALITA_JAVA_OPTS", (options + " " + CHILD_JVM_OPTIONS).strip());
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(List.of(), Messages.bind(Messages.Problems_runtimeFailed, launcher.get(), "timed out"));
            }
            int status = process.exitValue();
            if (status == 0 || status == 1) {
                Optional<List<Problem>> problems = parse(new String(out, StandardCharsets.UTF_8));
                if (problems.isPresent()) {
                    return new Result(problems.get(), null);
                }
            }
            String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
            LOG.warn("{} validate exited {}: {}", launcher.get(), status, said);
            return new Result(List.of(), Messages.bind(Messages.Problems_runtimeFailed, launcher.get(),
                    said.isEmpty() ? "exit status " + status : said));
        } catch (IOException e) {
            return new Result(List.of(), Messages.bind(Messages.Problems_runtimeFailed, launcher.get(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(List.of(), Messages.bind(Messages.Problems_runtimeFailed, launcher.get(), "interrupted"));
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException e) {
                    LOG.debug("could not delete {}", errors);
                }
            }
        }
    }

    /** {@code [nice -n 10] LAUNCHER validate DIR --format json}: below Studio's priority where it can be. */
    static List<String> command(Path launcher, Path directory) {
        List<String> command = new ArrayList<>();
        NICE.stream().filter(Files::isExecutable).findFirst().ifPresent(nice -> {
            command.add(nice.toString());
            command.add("-n");
            command.add(Integer.toString(CHILD_NICENESS));
        });
        command.addAll(List.of(launcher.toString(), "validate", directory.toAbsolutePath().normalize().toString(), "--format", "json"));
        return command;
    }

    /** The problems of {@code validate --format json}'s document, or empty when it is not one. */
    static Optional<List<Problem>> parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("problems").isArray()) {
                return Optional.empty();
            }
            List<Problem> problems = new ArrayList<>();
            for (JsonNode p : root.get("problems")) {
                Severity severity = "warning".equals(p.path("severity").asText()) ? Severity.WARNING : Severity.ERROR;
                SourcePosition at = new SourcePosition(p.path("file").asText(), Math.max(1, p.path("line").asInt(1)),
                        Math.max(1, p.path("column").asInt(1)));
                String node = p.path("node").isTextual() ? p.get("node").asText() : null;
                problems.add(new Problem(severity, at, node, p.path("message").asText()));
            }
            return Optional.of(problems);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
