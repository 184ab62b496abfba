package org.centralita.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The JVM's thread meters: the names Micrometer gives them, the states from one dump a scrape. */
class ThreadStatesTest {

    @Test
    void shouldCountTheSixStatesFromOneDumpOfTheThreadsAndDumpAgainOnceItIsStale() throws Exception {
        // given the JVM's thread bean, counting its dumps, and a clock the test moves
        ThreadMXBean real = ManagementFactory.getThreadMXBean();
        AtomicInteger dumps = new AtomicInteger();
        ThreadMXBean counted = (ThreadMXBean) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ThreadMXBean.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getThreadInfo")) {
                        dumps.incrementAndGet();
                    }
                    return method.invoke(real, args);
                });
        AtomicLong now = new AtomicLong();
        ThreadStates states = new ThreadStates(counted, now::get, Duration.ofSeconds(1));

        // when the six states are read, as one scrape does
        long total = 0;
        for (Thread.State state : Thread.State.values()) {
            total += states.count(state);
        }

        // then one dump served them all
        assertThat(dumps.get()).isEqualTo(1);
        assertThat(total).isPositive();
        assertThat(states.count(Thread.State.RUNNABLE)).isPositive();
        long waitingBefore = states.count(Thread.State.WAITING);

        // when three more threads wait, and the states are read again within the second, then after it
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "waits-" + i);
            thread.start();
            waiting.add(thread);
        }
        try {
            for (Thread thread : waiting) {
                while (thread.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                }
            }
            now.addAndGet(Duration.ofMillis(999).toNanos());
            long withinTheSecond = states.count(Thread.State.WAITING);
            now.addAndGet(Duration.ofMillis(1).toNanos());
            long afterIt = states.count(Thread.State.WAITING);

            // then the first is the same dump, the second a new one that sees them
            assertThat(withinTheSecond).isEqualTo(waitingBefore);
            assertThat(afterIt).isGreaterThanOrEqualTo(3);
            assertThat(dumps.get()).isEqualTo(2);
        } finally {
            release.countDown();
            for (Thread thread : waiting) {
                thread.join();
            }
        }
    }

    @Test
    void shouldScrapeTheThreadMetersUnderMicrometersNames() {
        // when
        String scrape = new RuntimeMetrics().scrape();

        // then
        assertThat(ScrapedMetrics.value(scrape, "jvm_threads_states_threads{state=\"runnable\"}")).isPositive();
        for (String state : new String[] {"new", "blocked", "waiting", "timed-waiting", "terminated"}) {
            ScrapedMetrics.value(scrape, "jvm_threads_states_threads{state=\"" + state + "\"}");
        }
        assertThat(ScrapedMetrics.value(scrape, "jvm_threads_live_threads")).isPositive();
        assertThat(ScrapedMetrics.value(scrape, "jvm_threads_peak_threads")).isPositive();
        assertThat(ScrapedMetrics.value(scrape, "jvm_threads_daemon_threads")).isNotNegative();
        assertThat(ScrapedMetrics.value(scrape, "jvm_threads_started_threads_total")).isPositive();
    }
}
