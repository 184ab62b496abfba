package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.template;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.CrmNode;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.runtime.config.ConnectorConfig;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.crm.FakeCrm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmConversationTest {

    private FakeCrm crm;
    private CrmConnectors connectors;

    @BeforeEach
    void startCrm() throws IOException {
        crm = new FakeCrm();
        connectors = CrmConnectors.fromConfig(Map.of("crm",
                new ConnectorConfig("crm", crm.baseUrl(), null, Duration.ofSeconds(2))), name -> null);
    }

    @AfterEach
    void stopCrm() {
        crm.close();
    }

    private static ExecutableFlow lookup(String path, Duration timeout) {
        Map<String, String> store = new LinkedHashMap<>();
        store.put("customer", "/name");
        store.put("balance", "/balance");
        store.put("vip", "/vip");
        store.put("secret", "/card/pin");
        return TestFlows.flow("crm").variable("account", "digits").variable("customer", "text")
                .variable("balance", "number").variable("vip", "boolean").secret("secret", "text")
                .node(new CrmNode("lookup", "crm", "GET", template(path), Map.of(), null, timeout, store,
                        "found", "not-found", "crm-down"))
                .node(new HangupNode("found", say("Hello ${customer}, your balance is ${balance}."), null))
                .node(new HangupNode("not-found", say("We do not know that account."), null))
                .node(new HangupNode("crm-down", say("Our systems are down."), null))
                .build();
    }

    @Test
    void shouldStoreTheReplyInTypedVariablesAndTakeFound() {
        var call = Conversation.call(lookup("/accounts/${account}", null)).withCrm(connectors)
                .preset("account", "12345678").run();

        assertThat(call.prompts()).containsExactly("Hello Jordan Lee, your balance is 1520.75.");
        assertThat(call.events("crm").get(0).fields()).containsEntry("connector", "crm").containsEntry("status", 200);
        assertThat(call.events("assign")).extracting(e -> e.get("variable") + "=" + e.get("value"))
                .contains("vip=true", "secret=***");
    }

    @Test
    void shouldTakeNotFoundForAnUnknownRecord() {
        var call = Conversation.call(lookup("/accounts/${account}", null)).withCrm(connectors)
                .preset("account", "999").run();

        assertThat(call.events("crm").get(0).fields()).containsEntry("status", 404);
        assertThat(call.prompts()).containsExactly("We do not know that account.");
    }

    @Test
    void shouldTakeTheErrorOutcomeWhenTheCrmTimesOut() {
        var call = Conversation.call(lookup("/slow/${account}", Duration.ofMillis(200))).withCrm(connectors)
                .preset("account", "1").run();

        assertThat(call.events("crm").get(0).fields()).containsEntry("status", "timeout");
        assertThat(call.events("error").get(0).node()).isEqualTo("lookup");
        assertThat(call.prompts()).containsExactly("Our systems are down.");
    }

    @Test
    void shouldEncodeValuesInThePath() {
        Conversation.call(lookup("/customers/${call.ani}", null)).withCrm(connectors).from("+34 600").run();

        assertThat(crm.received().get(0).uri().getRawPath()).isEqualTo("/api/customers/%2B34%20600");
    }
}
