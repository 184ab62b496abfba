package org.centralita.flows.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.flows.model.FlowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Oversized flow files and values are refused before they are read whole or parsed (issue 10). */
class ReadLimitsTest {

    private static final String HEADER = "centralita: 1\nid: huge\nlanguages: [en-US]\nstart: a\ndescription: ";

    @TempDir
    Path directory;

    @Test
    @Timeout(30)
    void shouldRefuseAFiftyMegabyteFlowFileWithoutReadingIt() throws Exception {
        // given a flow file holding one 50 MB value
        Path file = directory.resolve("huge.flow.yaml");
        writeWithValue(file, 50 * 1024 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        // when / then it is refused, naming the file and the limit
        assertThatThrownBy(() -> FlowReader.read(file)).isInstanceOf(FlowReadException.class)
                .extracting(e -> ((FlowReadException) e).describe()).asString()
                .startsWith(file + ":1:1: error: the file is 50.0 MiB")
                .contains("may be at most 2.0 MiB");
        // and without holding it in memory (far less than the 50 MB it would take to read it)
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void shouldRefuseAValueLongerThanTheLimitNamingItsPlace() throws Exception {
        // given a file under the size limit whose one value passes the value limit
        Path file = directory.resolve("long.flow.yaml");
        writeWithValue(file, ReadLimits.MAX_VALUE_CHARS + 1);

        // when / then
        assertThatThrownBy(() -> FlowReader.read(file)).isInstanceOf(FlowReadException.class)
                .extracting(e -> ((FlowReadException) e).describe()).asString()
                .isEqualTo(file + ":5:14: error: this value is " + (ReadLimits.MAX_VALUE_CHARS + 1)
                        + " characters long; a value may be at most " + ReadLimits.MAX_VALUE_CHARS);
    }

    @Test
    void shouldRefuseAKeyLongerThanTheLimit() {
        String text = "id: x\n? " + "k".repeat(ReadLimits.MAX_VALUE_CHARS + 1) + "\n: 1\n";

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", text)).isInstanceOf(FlowReadException.class)
                .hasMessageContaining("a value may be at most");
    }

    @Test
    void shouldRefuseNestingDeeperThanTheLimit() {
        String deep = "a: " + "[".repeat(ReadLimits.MAX_NESTING_DEPTH + 5) + "]".repeat(ReadLimits.MAX_NESTING_DEPTH + 5);

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", deep)).isInstanceOf(FlowReadException.class)
                .hasMessageContaining("Nesting Depth exceeded max " + ReadLimits.MAX_NESTING_DEPTH);
    }

    @Test
    void shouldRefuseTextPastTheSizeLimitGivenDirectly() {
        String text = HEADER + "x".repeat(ReadLimits.MAX_FILE_BYTES);

        assertThatThrownBy(() -> YamlDocumentReader.read("f.yaml", text)).isInstanceOf(FlowReadException.class)
                .hasMessageContaining("may be at most 2.0 MiB");
    }

    @Test
    void shouldReadAValueJustWithinTheLimit() throws Exception {
        Path file = directory.resolve("fits.flow.yaml");
        writeWithValue(file, ReadLimits.MAX_VALUE_CHARS);

        assertThat(FlowReader.readText(file)).hasSizeGreaterThan(ReadLimits.MAX_VALUE_CHARS);
    }

    private static void writeWithValue(Path file, int length) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            char[] chunk = "a".repeat(8192).toCharArray();
            for (int left = length; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write("\nnodes: {}\n");
        }
    }
}
