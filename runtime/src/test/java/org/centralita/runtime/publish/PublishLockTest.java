package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A publish whose build takes long (a slow expression, a huge file) holds no lock over other publishes (issue 10). */
class PublishLockTest {

    private final CountDownLatch slowBuildStarted = new CountDownLatch(1);
    private final CountDownLatch slowBuildMayEnd = new CountDownLatch(1);
    private final ExecutorService publisher = Executors.newSingleThreadExecutor();

    @AfterEach
    void release() {
        slowBuildMayEnd.countDown();
        publisher.shutdownNow();
    }

    @Test
    void shouldPublishWhileAnotherPublishIsStillEvaluating() throws Exception {
        // given a repository whose build of the 'slow' flow stays busy until released, as a build
        // evaluating a slow expression would
        FlowBuilder real = TestBuilders.real();
        FlowBuilder slowForOneFlow = paths -> {
            if (Files.exists(paths.get(0).resolve("slow.flow.yaml"))) {
                slowBuildStarted.countDown();
                awaitRelease();
            }
            return real.build(paths);
        };
        FlowRepository repository = new FlowRepository(slowForOneFlow, 5, Clock.systemUTC());
        Future<PublishOutcome> first = publisher.submit(() -> repository.publish(
                PublishFixtures.bundle("slow.flow.yaml", PublishFixtures.flow("slow", "Slow.")), "first"));
        assertThat(slowBuildStarted.await(30, TimeUnit.SECONDS)).isTrue();

        // when a second publish comes while the first is still building
        PublishOutcome second = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> repository.publish(
                PublishFixtures.bundle("quick.flow.yaml", PublishFixtures.flow("quick", "Quick.")), "second"));

        // then it is served at once, the first still busy; the first is served once it ends
        assertThat(second).isInstanceOf(PublishOutcome.Published.class);
        assertThat(repository.current("quick")).isPresent();
        assertThat(first.isDone()).isFalse();
        slowBuildMayEnd.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(repository.current("slow")).isPresent();
        assertThat(repository.current("quick")).isPresent();
    }

    private void awaitRelease() {
        try {
            slowBuildMayEnd.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
