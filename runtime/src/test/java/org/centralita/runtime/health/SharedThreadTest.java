package org.centralita.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedThreadTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    @Test
    void shouldReportAThreadThatDiedOfAnErrorWithTheErrorAndWhatItMeans() {
        // given
        SharedThread thread = new SharedThread("records-writer", "call records are not written", LONG);

        // when an error escapes its loop
        thread.start(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.problem().isPresent());
        assertThat(thread.problem()).hasValue("records-writer is dead (it died of java.lang.OutOfMemoryError:"
                + " Java heap space): call records are not written");
    }

    @Test
    void shouldReportAThreadThatEndedWithoutBeingStopped() {
        SharedThread thread = new SharedThread("agi-reception", "no new call is taken", LONG);

        thread.start(() -> { });

        await().atMost(Duration.ofSeconds(5)).until(() -> thread.problem().isPresent());
        assertThat(thread.problem().orElseThrow()).startsWith("agi-reception is dead (it ended without being stopped)");
    }

    @Test
    void shouldNotReportAThreadStoppedOnPurpose() throws Exception {
        // given
        SharedThread thread = new SharedThread("records-spooler", "records wait in memory", LONG);
        Thread started = thread.start(() -> { });

        // when it was told to stop before it ended
        thread.stopping();
        started.join(TimeUnit.SECONDS.toMillis(5));

        // then
        assertThat(thread.problem()).isEmpty();
    }

    @Test
    void shouldReportAThreadThatStoppedBeatingAsStuck() {
        // given a thread that beats once and then blocks
        SharedThread thread = new SharedThread("records-writer", "call records are not written", Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        thread.start(() -> {
            thread.beat();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread.stopping();
        });

        // then it is healthy at first, and stuck once it has not beaten for longer than allowed
        assertThat(thread.problem()).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.problem().isPresent());
        assertThat(thread.problem().orElseThrow()).startsWith("records-writer is stuck (no progress for ")
                .endsWith("): call records are not written");
        release.countDown();
    }

    @Test
    void shouldBeHealthyWhileItBeats() {
        // given a thread that beats until told to stop
        SharedThread thread = new SharedThread("agi-reception", "no new call is taken", Duration.ofMillis(500));
        CountDownLatch stop = new CountDownLatch(1);
        thread.start(() -> {
            try {
                while (!stop.await(20, TimeUnit.MILLISECONDS)) {
                    thread.beat();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // then for longer than its stuck limit it has no problem
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> thread.problem().isEmpty());
        thread.stopping();
        stop.countDown();
    }
    @Test
    void shouldNotReportAThreadWaitingIdleForWorkAsStuckButAgainOnceItWorksWithoutBeating() throws Exception {
        // given a thread that says it waits for work, then waits far longer than its stuck limit
        SharedThread thread = new SharedThread("agi-reception", "no new call is taken", Duration.ofMillis(200));
        CountDownLatch work = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        thread.start(() -> {
            thread.idle();
            try {
                work.await();
                // when work comes it beats, then blocks in its work
                thread.beat();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread.stopping();
        });

        // then it is healthy however long it waits idle
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> thread.problem().isEmpty());
        // and stuck once it has worked without beating for longer than allowed
        work.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.problem().isPresent());
        assertThat(thread.problem().orElseThrow()).startsWith("agi-reception is stuck (no progress for ");
        release.countDown();
    }
}
