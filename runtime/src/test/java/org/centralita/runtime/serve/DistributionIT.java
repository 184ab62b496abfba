package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacks the distribution built by this module and runs its launcher as an operator would. */
class DistributionIT {

    @TempDir
    Path unpacked;

    @Test
    void shouldRunTheUnpackedLauncherWithItsOwnLibraries() throws Exception {
        // given the tar.gz that package built, unpacked with the system's tar (modes kept)
        Path archive = Path.of(System.getProperty("centralita.distribution"));
        assertThat(archive).exists();
        assertThat(run(unpacked, List.of("tar", "-xzf", archive.toString())).exitCode).isZero();
        Path home;
        try (var entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow();
        }

        // when the launcher is asked for help
        Result help = run(home, List.of(home.resolve("bin/centralita").toString(), "--help"));

        // then it runs from lib/ and lists the runtime's commands, with the default config beside it
        assertThat(help.exitCode).as(help.output).isZero();
        assertThat(help.output).contains("serve").contains("publish").contains("validate");
        assertThat(Files.isExecutable(home.resolve("bin/centralita"))).isTrue();
        assertThat(home.resolve("config/centralita.yaml")).content().contains("flows: ./flows");
        assertThat(home.resolve("systemd/centralita.service")).content().contains("KillSignal=SIGTERM")
                .contains("Environment=\"JAVA_OPTS=-Xms512m -Xmx2g\"");
        // the unit's Documentation= points into the distribution
        assertThat(home.resolve("systemd/centralita.service")).content()
                .contains("Documentation=file:/opt/centralita/docs/operations.md");
        assertThat(home.resolve("docs/operations.md")).exists();
    }

    @Test
    void shouldValidateAnExampleFlowWithTheUnpackedLauncher() throws Exception {
        // given the unpacked distribution and the project's example flows
        Path archive = Path.of(System.getProperty("centralita.distribution"));
        run(unpacked, List.of("tar", "-xzf", archive.toString()));
        Path launcher;
        try (var entries = Files.list(unpacked)) {
            launcher = entries.findFirst().orElseThrow().resolve("bin/centralita");
        }
        Path examples = Path.of("..", "examples", "flows").toAbsolutePath().normalize();

        // when
        Result validate = run(unpacked, List.of(launcher.toString(), "validate", examples.toString()));

        // then every example flow validates with the distribution's own classpath
        assertThat(validate.exitCode).as(validate.output).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        return new Result(process.exitValue(), output);
    }
}
