package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flows directory's saved test calls (*.calls.yaml) are not published with its flows. */
class SavedCallsStayBehindTest {

    private static final String CALLS = "calls:\n  - {name: hello, path: [hello, bye], end: hangup}\n";

    @TempDir
    Path directory;

    @Test
    void shouldLeaveTheSavedCallsOfADirectoryBehind() throws IOException {
        PublishFixtures.write(directory, "greeting.flow.yaml", PublishFixtures.flow("greeting", "Hi."));
        PublishFixtures.write(directory, "greeting.calls.yaml", CALLS);
        PublishFixtures.write(directory.resolve("lines"), "other.calls.yaml", CALLS);

        assertThat(BundleReader.read(List.of(directory)).files()).containsOnlyKeys("greeting.flow.yaml");
    }

    @Test
    void shouldLeaveTheSavedCallsBesideAFlowFileBehind() throws IOException {
        PublishFixtures.write(directory, "greeting.flow.yaml", PublishFixtures.flow("greeting", "Hi."));
        PublishFixtures.write(directory, "greeting.calls.yaml", CALLS);
        PublishFixtures.write(directory.resolve("calendars"), "office.yaml", "zone: UTC\n");

        assertThat(BundleReader.read(List.of(directory.resolve("greeting.flow.yaml"))).files())
                .containsOnlyKeys("greeting.flow.yaml", "calendars/office.yaml");
    }
}
