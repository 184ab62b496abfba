package org.centralita.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.runtime.publish.PublishFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `centralita validate` against the hostile flows of issue 10: it answers at once, never hangs. */
class HostileFlowsCommandLineTest {

    @TempDir
    Path dir;

    /** What a run of the command line gave: its exit status and all it printed. */
    private record Ran(int status, String printed) {
    }

    private static Ran centralita(String... args) {
        StringWriter printed = new StringWriter();
        PrintWriter both = new PrintWriter(printed, true);
        return new Ran(Main.run(both, both, args), printed.toString());
    }

    private Path flow(String name, String decision) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, PublishFixtures.decisionFlow(name.replace(".flow.yaml", ""), "", decision));
        return file;
    }

    @Test
    @Timeout(60)
    void shouldValidateACatastrophicBacktrackingRegexWithoutHanging() throws Exception {
        // given the exploit: a constant the validator evaluates once
        Path exploit = flow("exploit.flow.yaml", "\"'" + "a".repeat(40) + "!' =~ '(.*a){20}$'\"");

        // when / then it is decided at once (it is a valid flow: its condition is simply false)
        Ran validate = centralita("validate", exploit.toString());
        assertThat(validate.status()).as(validate.printed()).isZero();
        assertThat(validate.printed()).doesNotContain("error");
    }

    @Test
    @Timeout(60)
    void shouldRefuseAFiftyMegabyteFlowFileNamingTheLimit() throws Exception {
        // given a 50 MB flow file (sparse: it takes no disk)
        Path huge = dir.resolve("huge.flow.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        // when / then
        Ran validate = centralita("validate", huge.toString());
        assertThat(validate.status()).isNotZero();
        assertThat(validate.printed()).contains(huge + ":1:1: error: the file is 50.0 MiB; a flow or calendar file "
                + "may be at most 2.0 MiB");
    }

    @Test
    void shouldAnswerAtOnceForAConstantCallingAMethodThatWouldFillTheMemory() throws Exception {
        // given a flow whose constant condition calls a method denied for working without bound
        Path repeat = flow("repeat.flow.yaml", "\"'a'.repeat(2000000000) == 'a'\"");

        // when / then validate reports nothing (a constant that fails is left to the call's error
        // path) and answers at once instead of filling the memory
        assertThat(centralita("validate", repeat.toString()).status()).isZero();
    }

    @Test
    void shouldValidateAndRunALongLiteralInAnExpression() throws Exception {
        // given a flow computing with a whole number beyond int
        Path flow = dir.resolve("big.flow.yaml");
        Files.writeString(flow, """
                centralita: 1
                id: big
                start: compute
                variables:
                  limit: {type: number, default: 0}
                nodes:
                  compute:
                    type: set
                    assign: {limit: limit + 4000000000000L}
                    next: bye
                  bye: {type: hangup}
                """);

        // when / then validate accepts it and a call computes it
        assertThat(centralita("validate", flow.toString()).status()).isZero();
        Ran call = centralita("simulate", flow.toString(), "--trace", "-");
        assertThat(call.status()).as(call.printed()).isZero();
        assertThat(call.printed()).contains("\"variable\":\"limit\",\"value\":4000000000000");
    }
}
