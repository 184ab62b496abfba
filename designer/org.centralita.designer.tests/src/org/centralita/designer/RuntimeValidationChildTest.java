package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.centralita.designer.model.RuntimeValidation;
import org.junit.jupiter.api.Test;

/**
 * The runtime's check of a directory runs beside Studio's window without taking its CPU: the
 * child process runs below Studio's priority and with the JVM's quick compiler only. A launcher
 * of our own in a home directory stands for the runtime's and says how it was started.
 */
class RuntimeValidationChildTest {

    @Test
    void shouldRunTheChildBelowStudiosPriorityWithTheQuickCompilerAndReadWhatItSays() throws Exception {
        // given: a home whose launcher writes its niceness and JVM options, then answers as validate does
        Path home = Files.createTempDirectory("centralita-home");
        Path said = home.resolve("said.txt");
        Path launcher = home.resolve("centralita");
        Files.writeString(launcher, "#!/bin/sh\n"
                + "echo \"$(cut -d' ' -f19 /proc/$$/stat)|$CENTRALITA_JAVA_OPTS|$*\" > '" + said + "'\n"
                + "echo '{\"valid\":false,\"problems\":[{\"file\":\"a.flow.yaml\",\"line\":3,\"column\":7,"
                + "\"severity\":\"warning\",\"message\":\"said by the child\",\"node\":\"greet\"}]}'\n"
                + "exit 1\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path flows = Files.createTempDirectory("flows");
        String before = System.getProperty(RuntimeValidation.HOME);
        System.setProperty(RuntimeValidation.HOME, home.toString());
        try {
            // when
            RuntimeValidation.Result result = RuntimeValidation.validate(flows);

            // then: the child's answer is read, and the child ran niced 10 below this JVM, C1 only
            assertThat(result.ran()).isTrue();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("said by the child");
                assertThat(p.node()).isEqualTo("greet");
                assertThat(p.position().line()).isEqualTo(3);
            });
            String[] child = Files.readString(said).strip().split("\\|", -1);
            int own = Integer.parseInt(Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ")[16]);
            assertThat(Integer.parseInt(child[0])).as("the child's niceness").isEqualTo(Math.min(19, own + 10));
            assertThat(child[1]).as("CENTRALITA_JAVA_OPTS of the child").endsWith("-XX:TieredStopAtLevel=1");
            assertThat(child[2]).isEqualTo("validate " + flows.toAbsolutePath().normalize() + " --format json");
        } finally {
            if (before == null) {
                System.clearProperty(RuntimeValidation.HOME);
            } else {
                System.setProperty(RuntimeValidation.HOME, before);
            }
        }
    }
}
