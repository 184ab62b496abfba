package org.centralita.runtime.screenpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.config.ConnectorConfig;
import org.centralita.runtime.config.ScreenPopConfig;
import org.centralita.runtime.engine.HandoffListener;
import org.centralita.runtime.engine.QueueHandoff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScreenPopSenderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final RuntimeMetrics metrics = new RuntimeMetrics();
    private CrmStub crm;
    private ScreenPopSender sender;

    @AfterEach
    void stop() {
        if (sender != null) {
            sender.close();
        }
        if (crm != null) {
            crm.close();
        }
    }

    static QueueHandoff handoff() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("account", "12345678");
        context.put("pin", "***");
        return new QueueHandoff("1700000000.42", "bank-main", "3", "to-agents", "retail", 2, context);
    }

    private ScreenPopSender senderFor(CrmStub stub, Duration timeout, int retries) {
        ConnectorConfig connector = new ConnectorConfig("crm", URI.create(stub.baseUrl() + "/"), "CRM_TOKEN", timeout,
                new ScreenPopConfig("screen-pop", retries, Duration.ofMillis(20)));
        HandoffListener listener = ScreenPopSender.fromConfig(Map.of("crm", connector), Map.of("CRM_TOKEN", "t0k3n")::get,
                metrics);
        return (ScreenPopSender) listener;
    }

    @Test
    void shouldPostTheCallsQueueContextWithSecretsMasked() throws Exception {
        // given
        crm = CrmStub.answering(204);
        sender = senderFor(crm, Duration.ofSeconds(2), 3);

        // when
        sender.queued(handoff());

        // then
        await().atMost(PATIENCE).until(() -> sender.pending() == 0);
        assertThat(crm.received()).hasSize(1);
        CrmStub.Received post = crm.received().get(0);
        assertThat(new ObjectMapper().readTree(post.body())).isEqualTo(new ObjectMapper().readTree("""
                {"call_id": "1700000000.42", "flow": "bank-main", "version": "3", "node": "to-agents",
                 "queue": "retail", "priority": 2, "context": {"account": "12345678", "pin": "***"}}"""));
        assertThat(post.authorization()).isEqualTo("Bearer t0k3n");
        assertThat(post.callId()).isEqualTo("1700000000.42");
        assertThat(metrics.scrape()).contains("centralita_screen_pops_total{connector=\"crm\",result=\"delivered\"} 1.0");
    }

    @Test
    void shouldDeliverOnTheThirdTryWhenTheCrmFailsTwice() {
        crm = CrmStub.answering(500, 503, 200);
        sender = senderFor(crm, Duration.ofSeconds(2), 3);

        sender.queued(handoff());

        await().atMost(PATIENCE).until(() -> sender.pending() == 0);
        assertThat(crm.received()).hasSize(3).extracting(CrmStub.Received::body).containsOnly(crm.received().get(0).body());
        assertThat(metrics.scrape()).contains("centralita_screen_pops_total{connector=\"crm\",result=\"delivered\"} 1.0");
    }

    @Test
    void shouldGiveUpAfterTheRetriesAndCountTheFailure() {
        crm = CrmStub.answering(500);
        sender = senderFor(crm, Duration.ofSeconds(2), 2);

        sender.queued(handoff());

        await().atMost(PATIENCE).until(() -> sender.pending() == 0);
        assertThat(crm.received()).hasSize(3);
        assertThat(metrics.scrape()).contains("centralita_screen_pops_total{connector=\"crm\",result=\"failed\"} 1.0");
    }

    @Test
    void shouldReturnAtOnceWhileTheCrmHangs() {
        crm = CrmStub.hanging();
        sender = senderFor(crm, Duration.ofSeconds(30), 3);

        long started = System.nanoTime();
        sender.queued(handoff());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
        await().atMost(PATIENCE).until(() -> crm.received().size() == 1);
        assertThat(sender.pending()).isEqualTo(1);
    }

    @Test
    void shouldListenToNothingWhenNoConnectorDefinesAScreenPop() {
        ConnectorConfig plain = new ConnectorConfig("crm", URI.create("http://127.0.0.1:9/api"), null, Duration.ofSeconds(2));

        assertThat(ScreenPopSender.fromConfig(Map.of("crm", plain), name -> null, metrics)).isSameAs(HandoffListener.NONE);
    }
}
