package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void shouldSignalABundleAsOneAndSaveNoFlowOfABundleWhoseSecondFlowIsRefused() throws Exception {
        // given two runtimes on one store serving version 1 of two flows; the store refuses news' next version
        String url = POSTGRES.newDatabase();
        List<List<FlowVersion>> heard = new CopyOnWriteArrayList<>();
        try (RecordsStore publisher = RecordsStore.open(url);
             RecordsStore listener = RecordsStore.open(url);
             FlowVersionWatch watch = listener.flowVersions().watchTogether(heard::add, Duration.ofMinutes(5))) {
            publisher.flowVersions().publish(FlowVersionsTest.bankAndNews("one"), "ana");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 1);
            // (a bundle's flows are told in one notification)
            assertThat(heard.get(0)).extracting(FlowVersion::flowId).containsExactlyInAnyOrder("bank-main", "news");
            StoreFaults.refuseNewVersionsOf(publisher, "news");

            // when a bundle of both is published (bank-main first), then a flow of its own
            assertThatThrownBy(() -> publisher.flowVersions().publish(FlowVersionsTest.bankAndNews("two"), "ana"))
                    .isInstanceOf(RecordsStoreException.class).hasMessageContaining("check constraint");
            publisher.flowVersions().publish("weather", FlowVersionsTest.bundle("weather", "sunny"), "ana");

            // then the other runtime hears only of the lone flow, and version 1 of both is what is active
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);
            assertThat(heard.get(1)).extracting(FlowVersion::flowId).containsExactly("weather");
            assertThat(listener.flowVersions().list("bank-main")).extracting(FlowVersion::version).containsExactly(1);
            assertThat(listener.flowVersions().active("news").orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void shouldSaveNoFlowOfABundleWhenTheConnectionBreaksMidBundle() throws Exception {
        // given version 1 of two flows, and a store whose connection dies while saving news' next version
        String url = POSTGRES.newDatabase();
        try (RecordsStore store = RecordsStore.open(url)) {
            store.flowVersions().publish(FlowVersionsTest.bankAndNews("one"), "ana");
            StoreFaults.breakConnectionOnNewVersionOf(store, "news");

            // when a bundle of both is published (bank-main is inserted before the connection breaks)
            assertThatThrownBy(() -> store.flowVersions().publish(FlowVersionsTest.bankAndNews("two"), "ana"))
                    .isInstanceOf(RecordsStoreException.class).hasMessageContaining("flow news");

            // then the store (read on a new connection) kept neither new version
            assertThat(store.flowVersions().list("bank-main")).extracting(FlowVersion::version).containsExactly(1);
            assertThat(store.flowVersions().active()).extracting(FlowVersion::version).containsExactly(1, 1);
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
