package org.centralita.speech.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pool that loses a place waits forever: each test fails after 30 s instead of hanging the build. */
@Timeout(30)
class BoundedPoolTest {

    /** Long enough for a caller that is going to block to be blocked (what must not happen is checked after it). */
    private static final long SETTLE_MS = 300;
    private final ExecutorService callers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void shouldLendEachEngineToOneCallerAndCreateNoMoreThanTheMaximum() throws Exception {
        AtomicInteger made = new AtomicInteger();
        BoundedPool<Integer> pool = new BoundedPool<>(2, made::incrementAndGet, engine -> { });
        CountDownLatch bothHolding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Integer>> holders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            holders.add(CompletableFuture.supplyAsync(() -> pool.with(engine -> {
                bothHolding.countDown();
                await(release);
                return engine;
            }), callers));
        }
        assertThat(bothHolding.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> pool.with(engine -> engine), callers);
        Thread.sleep(SETTLE_MS);

        assertThat(third).as("waits while both engines are lent").isNotDone();
        release.countDown();
        assertThat(third.get(10, TimeUnit.SECONDS)).isIn(1, 2);
        assertThat(holders.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(1, 2);
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
                await(fail);
                throw new IllegalStateException("cannot load");
            }
            return "second";
        }, engine -> { });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pool.with(engine -> engine), callers);
        assertThat(creating.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> pool.with(engine -> engine), callers);
        Thread.sleep(SETTLE_MS);

        assertThat(waiting).as("the only place is being created").isNotDone();
        fail.countDown();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first).failsWithin(10, TimeUnit.SECONDS);
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

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
