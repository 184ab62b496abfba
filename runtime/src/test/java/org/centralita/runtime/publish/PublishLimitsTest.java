package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.centralita.flows.yaml.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Oversized and bomb-shaped publishes are refused while they stream in, in bounded memory (issue 10). */
class PublishLimitsTest {

    private static final long MAX_BUNDLE = 64L * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    @Timeout(60)
    void shouldRefuseAFortyMegabyteFlowInAZipAfterReadingOnlyItsLimit() throws Exception {
        // given a zip of a few kilobytes that unpacks to a 40 MB flow file (a zip bomb's shape)
        byte[] zip = zipOf("big.flow.yaml", 40 * 1024 * 1024);
        assertThat(zip.length).isLessThan(1024 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        // when / then it is refused naming the entry and the limit
        assertThatThrownBy(() -> BundleArchive.fromZip(new ByteArrayInputStream(zip), MAX_BUNDLE))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessage("big.flow.yaml: a flow or calendar file may be at most 2.0 MiB");
        // having unpacked only a little past the limit, not the 40 MB
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(16L * 1024 * 1024);
    }

    @Test
    @Timeout(60)
    void shouldRefuseARecordingThatUnpacksPastTheBundleLimit() throws Exception {
        byte[] zip = zipOf("recordings/welcome.wav", 3 * 1024 * 1024);

        assertThatThrownBy(() -> BundleArchive.fromZip(new ByteArrayInputStream(zip), 1024 * 1024))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessage("recordings/welcome.wav: the bundle unpacks to more than 1.0 MiB");
    }

    @Test
    void shouldRefuseMoreEntriesThanTheLimit() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= BundleArchive.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("r/" + i + ".txt"));
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> BundleArchive.fromZip(new ByteArrayInputStream(bytes.toByteArray()), MAX_BUNDLE))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessage("the bundle holds more than " + BundleArchive.MAX_ENTRIES + " entries");
    }

    @Test
    void shouldStillReadABundleWithinTheLimits() throws Exception {
        byte[] zip = BundleArchive.toZip(PublishFixtures.bundle("greeting.flow.yaml", PublishFixtures.flow("greeting", "Hi.")));

        assertThat(BundleArchive.fromZip(new ByteArrayInputStream(zip), MAX_BUNDLE).files()).containsOnlyKeys("greeting.flow.yaml");
    }

    @Test
    void shouldRefuseAnOversizedFlowFileOnItsSizeBeforeReadingIt() throws Exception {
        // given a 50 MB flow file (sparse: it takes no disk) next to a good one
        Path flows = directory.resolve("flows");
        PublishFixtures.write(flows, "greeting.flow.yaml", PublishFixtures.flow("greeting", "Hi."));
        Path huge = flows.resolve("huge.flow.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        // when / then `centralita publish flows/` refuses it naming the file and the limit
        assertThatThrownBy(() -> BundleReader.read(List.of(flows))).isInstanceOf(InvalidBundleException.class)
                .hasMessage(huge + ": 50.0 MiB; a flow or calendar file may be at most "
                        + ReadLimits.size(ReadLimits.MAX_FILE_BYTES));
    }

    /** A zip with one entry of {@code size} repeated bytes. */
    private static byte[] zipOf(String name, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            for (int left = size; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
