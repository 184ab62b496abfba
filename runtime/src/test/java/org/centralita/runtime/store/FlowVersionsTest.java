package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
