package org.centralita.speech.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pool that loses a place waits forever: each test fails after 30 s instead of hanging the build. */
@Timeout(30)
class BoundedPoolTest {

    /** A caller on a thread of its own, so that the test can see it blocked. */
    private record Caller<T>(Thread thread, CompletableFuture<T> result) {

        static <T> Caller<T> start(Supplier<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable failed) {
                    result.completeExceptionally(failed);
                }
            });
            thread.setDaemon(true);
            thread.start();
            return new Caller<>(thread, result);
        }

        /** Waits until the caller is parked (in the pool, waiting for an engine). */
        Caller<T> blocked() {
            await().atMost(Duration.ofSeconds(10)).until(() -> thread.getState() == Thread.State.WAITING);
            return this;
        }
    }

    @Test
    void shouldLendEachEngineToOneCallerAndCreateNoMoreThanTheMaximum() throws Exception {
        AtomicInteger made = new AtomicInteger();
        BoundedPool<Integer> pool = new BoundedPool<>(2, made::incrementAndGet, engine -> { });
        CountDownLatch bothHolding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Caller<Integer>> holders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            holders.add(Caller.start(() -> pool.with(engine -> {
                bothHolding.countDown();
                awaitLatch(release);
                return engine;
            })));
        }
        assertThat(bothHolding.await(10, TimeUnit.SECONDS)).isTrue();
        Caller<Integer> third = Caller.start(() -> pool.with(engine -> engine)).blocked();

        assertThat(third.result()).as("waits while both engines are lent").isNotDone();
        release.countDown();
        assertThat(third.result().get(10, TimeUnit.SECONDS)).isIn(1, 2);
        assertThat(holders.stream().map(holder -> holder.result().join())).containsExactlyInAnyOrder(1, 2);
        assertThat(made.get()).isEqualTo(2);
        assertThat(pool.size()).isEqualTo(2);
    }

    @Test
    void shouldPreferAnIdleEngineThatIsAlreadySetUp() {
        AtomicInteger made = new AtomicInteger();
        BoundedPool<Integer> pool = new BoundedPool<>(2, made::incrementAndGet, engine -> { });
        pool.with(first -> pool.with(second -> second));

        Integer two = pool.with(engine -> engine == 2, engine -> engine);
        Integer one = pool.with(engine -> engine == 1, engine -> engine);

        assertThat(two).isEqualTo(2);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void shouldGiveAFailedCreationsPlaceBackEvenForAnError() {
        AtomicInteger attempts = new AtomicInteger();
        BoundedPool<String> pool = new BoundedPool<>(1, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new AssertionError("model file refused");
            }
            return "engine";
        }, engine -> { });

        assertThatThrownBy(() -> pool.with(engine -> engine)).isInstanceOf(AssertionError.class);
        String lent = pool.with(engine -> engine);

        assertThat(lent).as("the place of the failed engine is free again").isEqualTo("engine");
        assertThat(pool.size()).isEqualTo(1);
    }

    @Test
    void shouldWakeACallerWaitingOnACreationThatFails() throws Exception {
        CountDownLatch creating = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        BoundedPool<String> pool = new BoundedPool<>(1, () -> {
            if (attempts.incrementAndGet() == 1) {
                creating.countDown();
                awaitLatch(fail);
                throw new IllegalStateException("cannot load");
            }
            return "second";
        }, engine -> { });
        Caller<String> first = Caller.start(() -> pool.with(engine -> engine));
        assertThat(creating.await(10, TimeUnit.SECONDS)).isTrue();
        Caller<String> waiting = Caller.start(() -> pool.with(engine -> engine)).blocked();

        assertThat(waiting.result()).as("the only place is being created").isNotDone();
        fail.countDown();
        assertThat(waiting.result().get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first.result()).failsWithin(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldDisposeEveryEngineAtClose() {
        List<String> disposed = new ArrayList<>();
        BoundedPool<String> pool = new BoundedPool<>(2, () -> "engine", disposed::add);
        pool.with(engine -> engine);
        pool.close();

        assertThat(disposed).containsExactly("engine");
        assertThat(pool.size()).isZero();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
