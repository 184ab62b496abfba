package org.centralita.runtime.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.runtime.config.ConnectorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCrmConnectorTest {

    private FakeCrm crm;
    private HttpCrmConnector connector;

    @BeforeEach
    void startCrm() throws IOException {
        crm = new FakeCrm();
        connector = new HttpCrmConnector(new ConnectorConfig("crm", crm.baseUrl(), "CRM_TOKEN", Duration.ofSeconds(2)),
                name -> name.equals("CRM_TOKEN") ? "s3cret" : null);
    }

    @AfterEach
    void stopCrm() {
        crm.close();
    }

    private static CrmRequest get(String path, Duration timeout) {
        return new CrmRequest("GET", path, Map.of(), null, timeout);
    }

    @Test
    void shouldFindARecordWithTheBearerTokenAndEncodedQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("include", "card & more");
        CrmReply reply = connector.call(new CrmRequest("GET", "/accounts/12345678", query, null, null));

        assertThat(reply.result()).isEqualTo(CrmReply.Result.FOUND);
        assertThat(reply.traceStatus()).isEqualTo(200);
        assertThat(reply.body().at("/card/status").asText()).isEqualTo("active");
        FakeCrm.Received received = crm.received().get(0);
        assertThat(received.authorization()).isEqualTo("Bearer s3cret");
        assertThat(received.uri().getRawQuery()).isEqualTo("include=card%20%26%20more");
    }

    @Test
    void shouldSendAJsonBody() {
        var body = JsonNodeFactory.instance.objectNode().put("account", "12345678");

        connector.call(new CrmRequest("POST", "/accounts/search", Map.of(), body, null));

        assertThat(crm.received().get(0).method()).isEqualTo("POST");
        assertThat(crm.received().get(0).body()).isEqualTo("{\"account\":\"12345678\"}");
    }

    @Test
    void shouldSayNotFoundForA404AndErrorForA500() {
        assertThat(connector.call(get("/accounts/404", null)).result()).isEqualTo(CrmReply.Result.NOT_FOUND);
        CrmReply failed = connector.call(get("/accounts/500", null));
        assertThat(failed.result()).isEqualTo(CrmReply.Result.ERROR);
        assertThat(failed.traceStatus()).isEqualTo(500);
    }

    @Test
    void shouldTimeOutOnASlowCrm() {
        CrmReply reply = connector.call(get("/slow/1", Duration.ofMillis(200)));

        assertThat(reply.result()).isEqualTo(CrmReply.Result.ERROR);
        assertThat(reply.traceStatus()).isEqualTo("timeout");
        assertThat(reply.millis()).isBetween(150L, 5000L);
    }

    @Test
    void shouldFailWhenTheCrmRefusesTheConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpCrmConnector nowhere = new HttpCrmConnector(new ConnectorConfig("crm",
                URI.create("http://127.0.0.1:" + closedPort), null, Duration.ofSeconds(1)), name -> null);

        CrmReply reply = nowhere.call(get("/accounts/1", null));

        assertThat(reply.result()).isEqualTo(CrmReply.Result.ERROR);
        assertThat(reply.traceStatus()).isEqualTo("failed");
    }
}
