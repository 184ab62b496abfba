package org.centralita.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    @Test
    void shouldReadTheContractsExampleConfiguration() throws ConfigException {
        RuntimeConfig config = ConfigReader.read(Path.of("../examples/centralita.yaml"));

        assertThat(config.flows()).isEqualTo(Path.of("../examples/flows").toAbsolutePath().normalize());
        assertThat(config.connectors().get("crm"))
                .isEqualTo(new ConnectorConfig("crm", URI.create("http://127.0.0.1:9090"), "CRM_TOKEN", Duration.ofSeconds(2)));
        assertThat(config.section("agi")).isPresent();
    }

    @Test
    void shouldDefaultEveryKey() throws ConfigException {
        RuntimeConfig config = ConfigReader.read("centralita.yaml", "connectors:\n  crm: {base-url: 'http://crm'}\n");

        assertThat(config.flows()).isEqualTo(RuntimeConfig.DEFAULT_FLOWS.toAbsolutePath().normalize());
        assertThat(config.connectors().get("crm").timeout()).isEqualTo(ConnectorConfig.DEFAULT_TIMEOUT);
        assertThat(config.connectors().get("crm").tokenEnv()).isNull();
    }

    @Test
    void shouldReportEveryUnknownKeyWithItsLineAndASuggestion() {
        String text = """
                flow: ./flows
                connectors:
                  crm: {base-url: "http://crm", timeout: 2s, tokenenv: CRM_TOKEN}
                """;

        assertThatThrownBy(() -> ConfigReader.read("centralita.yaml", text))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "centralita.yaml:1:1: error: unknown key 'flow' in the configuration (did you mean 'flows'?)",
                        "centralita.yaml:3:46: error: unknown key 'tokenenv' in connector 'crm' (did you mean 'token-env'?)"));
    }

    @Test
    void shouldRefuseABadDurationAndAMissingUrl() {
        String text = "connectors:\n  crm: {timeout: soon}\n";

        assertThatThrownBy(() -> ConfigReader.read("c.yaml", text))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "c.yaml:2:8: error: connector 'crm' needs 'base-url'",
                        "c.yaml:2:18: error: timeout in connector 'crm' must be a duration like 2s or 500ms, not 'soon'"));
    }
}
