package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.publish.PublishFixtures.bundle;
import static org.centralita.runtime.publish.PublishFixtures.flow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.centralita.runtime.publish.FlowBundle;
import org.centralita.runtime.publish.FlowHistory;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.PublishOutcome;
import org.centralita.runtime.publish.PublishOutcome.Published;
import org.centralita.runtime.publish.PublishOutcome.Refused;
import org.centralita.runtime.publish.TestBuilders;
import org.centralita.runtime.store.PostgresExtension;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.StoreFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two runtimes' flow repositories sharing published versions through one store (H2, and a
 * real PostgreSQL): a bundle of several flows is published in one piece or not at all.
 */
class SharedPublishTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path directory;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private RecordsStore storeOfA;
    private String url;

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void shouldServeNoFlowOfABundleAnywhereWhenTheStoreRefusesItsSecondFlow(String database) throws Exception {
        // given runtimes A and B serving version 1 of greeting and news, published together to A
        FlowRepository a = runtime(url(database));
        FlowRepository b = servingVersionOne(a);
        // and a store that refuses the next version of news, saved after greeting's
        StoreFaults.refuseNewVersionsOf(storeOfA, "news");

        // when both are published again in one bundle to A
        PublishOutcome outcome = a.publish(greetingAndNews("two"), "ana");

        // then the publish is refused, naming the flow the store refused
        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.problems())
                .singleElement().asString().contains("the shared store could not save the publish", "flow news"));
        // and a flow published afterwards reaches B, while greeting's version 2 never reached either runtime
        assertThat(a.publish(bundle("weather.flow.yaml", flow("weather", "Sunny.")), "ana"))
                .isInstanceOf(Published.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> b.current("weather").isPresent());
        assertThat(servedNumbers(a)).containsEntry("greeting", 1).containsEntry("news", 1);
        assertThat(servedNumbers(b)).containsEntry("greeting", 1).containsEntry("news", 1);
        assertThat(storeOfA.flowVersions().list("greeting")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void shouldSwitchTheOtherRuntimeToEveryFlowOfABundleAtOnce(String database) throws Exception {
        // given runtimes A and B serving version 1 of greeting and news
        FlowRepository a = runtime(url(database));
        FlowRepository b = servingVersionOne(a);

        // when both are published again in one bundle to A, while B's served set is read over and over
        Set<Map<String, Integer>> seenOnB = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                seenOnB.add(servedNumbers(b));
            }
        });
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !seenOnB.isEmpty());
        assertThat(a.publish(greetingAndNews("two"), "ana")).isInstanceOf(Published.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> servedNumbers(b).equals(Map.of("greeting", 2, "news", 2)));
        reader.interrupt();
        reader.join();

        // then B never served one new version without the other (the reader may be starved of
        // the processor on a loaded machine and miss one of the two states: never a mixed one)
        assertThat(seenOnB).contains(Map.of("greeting", 1, "news", 1))
                .isSubsetOf(Map.of("greeting", 1, "news", 1), Map.of("greeting", 2, "news", 2));
    }

    private String url(String database) throws Exception {
        url = database.equals("h2") ? "jdbc:h2:" + directory.resolve("store") : POSTGRES.newDatabase();
        return url;
    }

    /** A second runtime on A's store, once version 1 of greeting and news, published to A, serves on both. */
    private FlowRepository servingVersionOne(FlowRepository a) {
        FlowRepository b = runtime(url);
        assertThat(a.publish(greetingAndNews("one"), "ana")).isInstanceOf(Published.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> servedNumbers(b).equals(Map.of("greeting", 1, "news", 1)));
        return b;
    }

    /** A runtime's flow repository, publishing through and following the store at {@code url}. */
    private FlowRepository runtime(String url) {
        RecordsStore store = RecordsStore.open(url);
        opened.add(store);
        storeOfA = storeOfA == null ? store : storeOfA;
        FlowRepository repository = new FlowRepository(TestBuilders.real(), 5, Clock.systemUTC());
        StoreVersionLedger ledger = new StoreVersionLedger(store.flowVersions(), Duration.ofMillis(20));
        ledger.attach(repository);
        opened.add(ledger);
        return repository;
    }

    /** The number each flow's new calls get, read from one snapshot of the repository. */
    private static Map<String, Integer> servedNumbers(FlowRepository repository) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (FlowHistory history : repository.flows()) {
            if (!history.flowId().equals("weather")) {
                numbers.put(history.flowId(), history.activeNumber());
            }
        }
        return numbers;
    }

    private static FlowBundle greetingAndNews(String words) {
        return FlowBundle.of(Map.of("greeting.flow.yaml", bytes(flow("greeting", "Hello " + words + ".")),
                "news.flow.yaml", bytes(flow("news", "News " + words + "."))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
