package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.publish.PublishFixtures.brokenFlow;
import static org.centralita.runtime.publish.PublishFixtures.flow;
import static org.centralita.runtime.publish.PublishFixtures.write;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowDirectoryWatcherTest {

    @TempDir
    Path flows;

    private final FlowRepository repository = new FlowRepository(TestBuilders.real(), 10, Clock.systemUTC());
    private FlowDirectoryWatcher watcher;

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void shouldPublishTheDirectoryAtStartAndAgainAfterASavedChange() throws Exception {
        // given
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello one."));
        watcher = new FlowDirectoryWatcher(flows, repository, Duration.ofMillis(100));

        // when
        watcher.start();

        // then version 1 serves at once, and a save makes version 2
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(1);
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello two."));
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.current("greeting").orElseThrow().number() == 2);
    }

    @Test
    void shouldRefuseABrokenSaveAndPublishTheNextGoodOne() throws Exception {
        // given
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello one."));
        watcher = new FlowDirectoryWatcher(flows, repository, Duration.ofMillis(100));
        watcher.start();

        // when a broken save is followed, later, by a fixed one
        write(flows, "greeting.flow.yaml", brokenFlow("greeting"));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
                .until(() -> repository.current("greeting").orElseThrow().number() == 1);
        write(flows, "greeting.flow.yaml", flow("greeting", "Hello fixed."));

        // then the broken save never became a version: the fix is version 2
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.current("greeting").orElseThrow().number() == 2);
        assertThat(repository.history("greeting").orElseThrow().versions()).extracting(FlowVersion::number)
                .containsExactly(1, 2);
    }

    @Test
    void shouldPublishAFlowAddedInANewSubdirectory() throws Exception {
        // given an empty flows directory being watched
        watcher = new FlowDirectoryWatcher(flows, repository, Duration.ofMillis(100));
        watcher.start();

        // when
        write(flows.resolve("billing"), "billing.flow.yaml", flow("billing", "Billing."));

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.current("billing").isPresent());
    }
}
