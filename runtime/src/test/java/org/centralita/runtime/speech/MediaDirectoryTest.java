package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached prompt put where Asterisk reads it: looked for there at most once a minute. */
class MediaDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void shouldPutAPromptInTheSharedDirectoryAndLookForItAgainOnlyAfterAMinute() throws Exception {
        // given a cached prompt, on a clock the test moves
        Path cached = Files.write(Files.createDirectories(dir.resolve("cache")).resolve("0a1b2c.wav"), new byte[] {1, 2, 3});
        AtomicLong now = new AtomicLong(1_000_000);
        MediaDirectory media = new MediaDirectory(dir.resolve("sounds"), now::get);

        // when it is played
        String name = media.publish(cached);

        // then it is in the shared directory, named absolute without its extension
        Path shared = dir.resolve("sounds").toAbsolutePath().resolve("0a1b2c.wav");
        assertThat(name).isEqualTo(shared.toString().replaceFirst("\\.wav$", ""));
        assertThat(shared).hasBinaryContent(new byte[] {1, 2, 3});

        // when something else deletes it and it is played again within the minute
        Files.delete(shared);
        now.addAndGet(59_000);

        // then the same name, not looked for (playing it fails as a missing recording does)
        assertThat(media.publish(cached)).isEqualTo(name);
        assertThat(shared).doesNotExist();

        // and after the minute it is looked for and put there again
        now.addAndGet(2_000);
        assertThat(media.publish(cached)).isEqualTo(name);
        assertThat(shared).hasBinaryContent(new byte[] {1, 2, 3});
    }
}
