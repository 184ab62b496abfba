package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralita.runtime.admin.ScrapedMetrics.value;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.publish.PublishFixtures;
import org.centralita.runtime.store.CallRecord;
import org.centralita.runtime.store.PostgresExtension;
import org.centralita.runtime.store.StoreFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtimes on a real PostgreSQL (a private cluster from Debian's package): records reach it and
 * survive it being stopped mid-run; two runtimes share published versions and one store.
 */
class SharedPostgresTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @TempDir
    Path directory;
    private final List<ServedRuntime> runtimes = new ArrayList<>();

    @AfterEach
    void stop() {
        runtimes.forEach(ServedRuntime::close);
    }

    private ServedRuntime start(String name, Path flows, String url) throws Exception {
        ServedRuntime runtime = ServedRuntime.start(directory.resolve(name), flows, url, 50, Clock.systemUTC(), "");
        runtimes.add(runtime);
        return runtime;
    }

    @Test
    void shouldFailNoCallAndLoseNoRecordWhenTheDatabaseStopsMidRun() throws Exception {
        // given a runtime on PostgreSQL whose first call reached the database
        PublishFixtures.write(directory.resolve("flows"), MenuFlows.FILE, MenuFlows.menu("one"));
        ServedRuntime runtime = start("runtime", directory.resolve("flows"), POSTGRES.newDatabase());
        SimulatedCall first = runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1"));
        assertThat(first.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(runtime.record(first.uniqueId()).outcome()).isEqualTo("hangup");
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        List<SimulatedCall> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(runtime.call("greeting", ServedRuntime.channel(), GatedCaller.of("1", gate, waiting)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting.get() == 10);

        // when the database stops while calls run, and more calls come while it is down
        POSTGRES.cluster().stop();
        gate.countDown();
        for (int i = 0; i < 10; i++) {
            calls.add(runtime.call("greeting", ServedRuntime.channel(), KeysCaller.of("1")));
        }

        // then every call ends as the flow says
        for (SimulatedCall call : calls) {
            assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
            assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
        }
        // and /metrics shows their records waiting and the writes failing
        await().atMost(Duration.ofSeconds(20)).until(() -> scraped(runtime, "centralita_records_write_failures_total") > 0
                && scraped(runtime, "centralita_records_submitted_total") == calls.size() + 1);
        String down = runtime.admin("GET", "/metrics", null).body();
        assertThat(value(down, "centralita_records_queued") + value(down, "centralita_records_journal_pending"))
                .isPositive();
        // and once the database is back, every record is there
        POSTGRES.cluster().startAgain();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> countOrMinusOne(runtime) == calls.size() + 1);
        for (SimulatedCall call : calls) {
            assertThat(runtime.record(call.uniqueId()).outcome()).isEqualTo("hangup");
        }
        assertThat(runtime.server().writer().dropped()).isZero();
        // and /metrics shows nothing waiting any more
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.server().writer().drained());
        String back = runtime.admin("GET", "/metrics", null).body();
        // (a write whose acknowledgement the stop cut off is replayed and counted as a duplicate)
        assertThat(value(back, "centralita_records_written_total") + value(back, "centralita_records_duplicates_total"))
                .isEqualTo(calls.size() + 1);
        assertThat(value(back, "centralita_records_queued")).isZero();
        assertThat(value(back, "centralita_records_journal_pending")).isZero();
        assertThat(value(back, "centralita_records_dropped_total")).isZero();
    }

    @Test
    void shouldServeAFlowPublishedToOneRuntimeFromTheOtherAndRecordBothInOneStore() throws Exception {
        // given runtime A serving a flows directory and runtime B serving none, on one PostgreSQL
        String url = POSTGRES.newDatabase();
        PublishFixtures.write(directory.resolve("flows-a"), MenuFlows.FILE, MenuFlows.menu("one"));
        Files.createDirectories(directory.resolve("flows-b"));
        ServedRuntime a = start("a", directory.resolve("flows-a"), url);
        ServedRuntime b = start("b", directory.resolve("flows-b"), url);
        assertThat(b.server().runtime().repository().current("greeting").orElseThrow().number()).isEqualTo(1);

        // when a new flow is published to A, and a new version of the first to B
        assertThat(a.publish(Map.of("news.flow.yaml", PublishFixtures.flow("news", "Today's news."))).statusCode())
                .isEqualTo(200);
        String second = b.publish(Map.of(MenuFlows.FILE, MenuFlows.menu("two"))).body();

        // then each runtime serves both within seconds, with the numbers the store gave
        assertThat(second).contains("{\"flow\":\"greeting\",\"version\":2}");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> b.server().runtime().repository().current("news").isPresent());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.server().runtime().repository().current("greeting").orElseThrow().number() == 2);
        // (two PBXs: each Asterisk's unique ids are its own)
        SimulatedCall toA = a.call("news", ServedRuntime.channel().uniqueId("pbx-a.1"), KeysCaller.of(""));
        SimulatedCall toB = b.call("news", ServedRuntime.channel().uniqueId("pbx-b.1"), KeysCaller.of(""));
        assertThat(toA.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(toB.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        // and both calls are in the one store, each with the runtime that ran it
        CallRecord fromA = a.record(toA.uniqueId());
        CallRecord fromB = a.record(toB.uniqueId());
        assertThat(fromA.flowId()).isEqualTo("news");
        assertThat(fromB.flowId()).isEqualTo("news");
        assertThat(fromA.runtimeNode()).isNotEqualTo(fromB.runtimeNode());
    }

    @Test
    void shouldRefuseABundleTheStoreCannotSaveWholeAndKeepEveryRuntimeOnTheOldVersions() throws Exception {
        // given runtimes A and B serving version 1 of greeting and news, and a store refusing news' next version
        String url = POSTGRES.newDatabase();
        PublishFixtures.write(directory.resolve("flows-a"), MenuFlows.FILE, MenuFlows.menu("one"));
        PublishFixtures.write(directory.resolve("flows-a"), "news.flow.yaml", PublishFixtures.flow("news", "Old news."));
        Files.createDirectories(directory.resolve("flows-b"));
        ServedRuntime a = start("a", directory.resolve("flows-a"), url);
        ServedRuntime b = start("b", directory.resolve("flows-b"), url);
        StoreFaults.refuseNewVersionsOf(a.server().store(), "news");

        // when a bundle of new greeting and news versions is published to A (greeting is saved first)
        HttpResponse<String> refused = a.publish(Map.of(MenuFlows.FILE, MenuFlows.menu("two"),
                "news.flow.yaml", PublishFixtures.flow("news", "New news.")));

        // then A refuses it, naming news, and a call to greeting on either runtime runs version 1
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("nothing was changed", "flow news");
        SimulatedCall toA = a.call("greeting", ServedRuntime.channel().uniqueId("pbx-a.2"), KeysCaller.of("1"));
        SimulatedCall toB = b.call("greeting", ServedRuntime.channel().uniqueId("pbx-b.2"), KeysCaller.of("1"));
        assertThat(toA.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(toB.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertThat(a.record(toA.uniqueId()).flowVersion()).isEqualTo("1");
        assertThat(a.record(toB.uniqueId()).flowVersion()).isEqualTo("1");
        assertThat(a.server().store().flowVersions().list("greeting")).hasSize(1);

        // and once the store takes it, the same bundle reaches both runtimes whole
        StoreFaults.acceptNewVersions(a.server().store());
        assertThat(a.publish(Map.of(MenuFlows.FILE, MenuFlows.menu("two"),
                "news.flow.yaml", PublishFixtures.flow("news", "New news."))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> b.server().runtime().repository().current("news")
                .orElseThrow().number() == 2);
        assertThat(b.server().runtime().repository().current("greeting").orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void shouldRollBackEveryRuntimeWhenOneRollsBack() throws Exception {
        // given two runtimes serving version 2 of a flow, published to the first
        String url = POSTGRES.newDatabase();
        PublishFixtures.write(directory.resolve("flows-a"), MenuFlows.FILE, MenuFlows.menu("one"));
        Files.createDirectories(directory.resolve("flows-b"));
        ServedRuntime a = start("a", directory.resolve("flows-a"), url);
        ServedRuntime b = start("b", directory.resolve("flows-b"), url);
        assertThat(a.publish(Map.of(MenuFlows.FILE, MenuFlows.menu("two"))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> b.server().runtime().repository().current("greeting").orElseThrow().number() == 2);

        // when the second runtime rolls back to version 1
        int status = b.admin("POST", "/flows/greeting/rollback?version=1", null).statusCode();

        // then both serve version 1 again
        assertThat(status).isEqualTo(200);
        assertThat(b.server().runtime().repository().current("greeting").orElseThrow().number()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.server().runtime().repository().current("greeting").orElseThrow().number() == 1);
        assertThat(b.server().store().flowVersions().active("greeting").orElseThrow().version()).isEqualTo(1);
    }

    private static double scraped(ServedRuntime runtime, String sample) throws Exception {
        return value(runtime.admin("GET", "/metrics", null).body(), sample);
    }

    private static long countOrMinusOne(ServedRuntime runtime) {
        try {
            return runtime.server().store().calls().count();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
