package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Published versions shared by several runtimes through one PostgreSQL. */
class PostgresFlowVersionsTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @Test
    void shouldNotifyAnotherRuntimeOfAPublishAndARollback() throws Exception {
        // given two runtimes on one store; the second watches (with a poll far too slow to matter)
        String url = POSTGRES.newDatabase();
        List<FlowVersion> heard = new CopyOnWriteArrayList<>();
        try (RecordsStore publisher = RecordsStore.open(url);
             RecordsStore listener = RecordsStore.open(url);
             FlowVersionWatch watch = listener.flowVersions().watch(heard::add, Duration.ofMinutes(5))) {
            // when the first publishes twice, then rolls back
            publisher.flowVersions().publish("bank-main", FlowVersionsTest.bundle("one"), "ana");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 1);
            publisher.flowVersions().publish("bank-main", FlowVersionsTest.bundle("two"), "ana");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);
            publisher.flowVersions().activate("bank-main", 1);

            // then the second hears each change at once, through LISTEN/NOTIFY
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 3);
            assertThat(heard).extracting(FlowVersion::version).containsExactly(1, 2, 1);
            assertThat(listener.flowVersions().content("bank-main", 2)).contains(FlowVersionsTest.bundle("two"));
        }
    }

    @Test
    void shouldGiveConcurrentPublishersDistinctVersionNumbers() throws Exception {
        // given two runtimes publishing the same flow at the same time
        String url = POSTGRES.newDatabase();
        try (RecordsStore a = RecordsStore.open(url); RecordsStore b = RecordsStore.open(url)) {
            a.ensureMigrated();
            Thread other = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    b.flowVersions().publish("bank-main", FlowVersionsTest.bundle("b" + i), "b");
                }
            });
            other.start();
            for (int i = 0; i < 10; i++) {
                a.flowVersions().publish("bank-main", FlowVersionsTest.bundle("a" + i), "a");
            }
            other.join(Duration.ofSeconds(30).toMillis());

            // then twenty versions, numbered 1 to 20, exactly one active
            List<FlowVersion> all = a.flowVersions().list("bank-main");
            assertThat(all).extracting(FlowVersion::version).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
            assertThat(all).filteredOn(FlowVersion::active).hasSize(1);
        }
    }
}
