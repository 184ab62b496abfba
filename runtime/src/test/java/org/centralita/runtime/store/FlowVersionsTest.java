package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowVersionsTest {

    @TempDir
    Path dir;

    private RecordsStore store;

    @BeforeEach
    void open() {
        store = RecordsStore.open("jdbc:h2:" + dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static FlowBundle bundle(String greeting) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("bank-main.flow.yaml", "centralita: 1\nid: bank-main\n# " + greeting + "\n");
        files.put("calendars/bank.yaml", "timezone: Europe/Madrid\n");
        return new FlowBundle("bank-main.flow.yaml", files);
    }

    @Test
    void shouldNumberPublishedVersionsAndKeepOnlyTheNewestActive() {
        // when a flow is published three times with different content
        FlowVersions versions = store.flowVersions();
        versions.publish("bank-main", bundle("one"), "ana");
        versions.publish("bank-main", bundle("two"), "ana");
        FlowVersion third = versions.publish("bank-main", bundle("three"), "luis");

        // then versions 1-3 exist, newest first, and only the third is active
        assertThat(third.version()).isEqualTo(3);
        assertThat(versions.list("bank-main")).extracting(FlowVersion::version, FlowVersion::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true),
                        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(versions.active("bank-main")).contains(third);
        assertThat(third.publishedBy()).isEqualTo("luis");
        assertThat(versions.content("bank-main", 2)).contains(bundle("two"));
    }

    @Test
    void shouldRollBackToAnOlderVersion() {
        // given two published versions
        FlowVersions versions = store.flowVersions();
        versions.publish("bank-main", bundle("one"), "ana");
        versions.publish("bank-main", bundle("two"), "ana");

        // when version 1 is activated again
        FlowVersion back = versions.activate("bank-main", 1);

        // then it is the one served, and version 2 is kept
        assertThat(back.active()).isTrue();
        assertThat(versions.active("bank-main").orElseThrow().version()).isEqualTo(1);
        assertThat(versions.get("bank-main", 2).orElseThrow().active()).isFalse();
        assertThatThrownBy(() -> versions.activate("bank-main", 9)).hasMessageContaining("no published version 9");
    }

    @Test
    void shouldNotMakeANewVersionWhenTheActiveContentIsPublishedAgain() {
        FlowVersions versions = store.flowVersions();
        FlowVersion first = versions.publish("bank-main", bundle("one"), "ana");

        FlowVersion again = versions.publish("bank-main", bundle("one"), "ana");

        assertThat(again).isEqualTo(first);
        assertThat(versions.list("bank-main")).hasSize(1);
    }

    @Test
    void shouldTellAWatcherWhichVersionBecameActive() {
        // given a watch polling the H2 store
        List<FlowVersion> seen = new CopyOnWriteArrayList<>();
        FlowVersions versions = store.flowVersions();
        versions.publish("bank-main", bundle("one"), "ana");
        try (FlowVersionWatch watch = versions.watch(seen::add, Duration.ofMillis(50))) {
            // when a new version is published, then the old one is rolled back to
            versions.publish("bank-main", bundle("two"), "ana");
            await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
            versions.activate("bank-main", 1);

            // then the watcher hears of version 2, then of version 1
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
            assertThat(seen).extracting(FlowVersion::version).containsExactly(2, 1);
        }
    }

    static FlowBundle bundle(String flowId, String greeting) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(flowId + ".flow.yaml", "centralita: 1\nid: " + flowId + "\n# " + greeting + "\n");
        return new FlowBundle(flowId + ".flow.yaml", files);
    }

    static Map<String, FlowBundle> bankAndNews(String greeting) {
        return Map.of("bank-main", bundle(greeting), "news", bundle("news", greeting));
    }

    @Test
    void shouldSaveNoFlowOfABundleWhenItsSecondFlowCannotBeSaved() throws SQLException {
        // given version 1 of two flows, published together, and a store that refuses the second's next version
        FlowVersions versions = store.flowVersions();
        versions.publish(bankAndNews("one"), "ana");
        StoreFaults.refuseNewVersionsOf(store, "news");

        // when both are published again in one bundle (bank-main is saved first)
        assertThatThrownBy(() -> versions.publish(bankAndNews("two"), "ana"))
                .isInstanceOf(RecordsStoreException.class)
                .hasMessageContaining("flow news").hasMessageContaining("nothing was saved");

        // then neither has a version 2 and version 1 of each is still the active one
        assertThat(versions.list("bank-main")).extracting(FlowVersion::version).containsExactly(1);
        assertThat(versions.list("news")).extracting(FlowVersion::version).containsExactly(1);
        assertThat(versions.active()).extracting(FlowVersion::flowId, FlowVersion::version)
                .containsExactly(tuple("bank-main", 1), tuple("news", 1));
    }

    @Test
    void shouldTellAWatcherOfTheFlowsOfABundleInOneCall() {
        // given a watch polling the H2 store for versions that change together
        List<List<FlowVersion>> heard = new CopyOnWriteArrayList<>();
        FlowVersions versions = store.flowVersions();
        versions.publish(bankAndNews("one"), "ana");
        try (FlowVersionWatch watch = versions.watchTogether(heard::add, Duration.ofMillis(20))) {
            // when a bundle of both flows is published
            Map<String, FlowVersion> published = versions.publish(bankAndNews("two"), "luis");

            // then both new versions are told in one call
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            assertThat(published.values()).extracting(FlowVersion::version).containsOnly(2);
            assertThat(heard.get(0)).extracting(FlowVersion::flowId, FlowVersion::version)
                    .containsExactlyInAnyOrder(tuple("bank-main", 2), tuple("news", 2));
        }
    }

    @Test
    void shouldWriteABundleBackAsTheFilesItWasReadFrom() throws IOException {
        // given a flow and its calendar on disk
        Path flows = Files.createDirectories(dir.resolve("flows/calendars"));
        Files.writeString(dir.resolve("flows/bank-main.flow.yaml"), "centralita: 1\nid: bank-main\n");
        Files.writeString(flows.resolve("bank.yaml"), "timezone: Europe/Madrid\n");
        FlowBundle read = FlowBundle.read(dir.resolve("flows"), dir.resolve("flows/bank-main.flow.yaml"),
                List.of(flows.resolve("bank.yaml")));

        // when it goes through the store's JSON and is written elsewhere
        FlowBundle stored = FlowBundle.fromJson(read.toJson());
        Path flowFile = stored.writeTo(dir.resolve("served"));

        // then the same files come out, with the same hash
        assertThat(stored).isEqualTo(read);
        assertThat(stored.hash()).isEqualTo(read.hash()).hasSize(64);
        assertThat(Files.readString(flowFile)).isEqualTo("centralita: 1\nid: bank-main\n");
        assertThat(Files.readString(dir.resolve("served/calendars/bank.yaml"))).isEqualTo("timezone: Europe/Madrid\n");
    }

    @Test
    void shouldRefuseABundledPathOutsideTheFlowsDirectory() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("../etc/passwd", "x");
        files.put("main.flow.yaml", "x");

        assertThatThrownBy(() -> new FlowBundle("main.flow.yaml", files))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../etc/passwd");
    }
}
