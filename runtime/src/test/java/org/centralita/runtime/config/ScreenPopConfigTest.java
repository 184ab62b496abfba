package org.centralita.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScreenPopConfigTest {

    @Test
    void shouldReadAConnectorsScreenPopWithItsDefaults() throws ConfigException {
        String text = """
                connectors:
                  crm:
                    base-url: "http://127.0.0.1:9090/api"
                    screen-pop: {path: /screen-pop}
                  billing: {base-url: "http://127.0.0.1:9091"}
                """;

        RuntimeConfig config = ConfigReader.read("centralita.yaml", text);

        assertThat(config.connectors().get("crm").screenPop())
                .isEqualTo(new ScreenPopConfig("/screen-pop", 3, Duration.ofSeconds(1)));
        assertThat(config.connectors().get("billing").screenPop()).isNull();
    }

    @Test
    void shouldReadRetriesAndBackoff() throws ConfigException {
        String text = "connectors:\n  crm: {base-url: 'http://crm', screen-pop: {path: pop, retries: 5, backoff: 250ms}}\n";

        assertThat(ConfigReader.read("centralita.yaml", text).connectors().get("crm").screenPop())
                .isEqualTo(new ScreenPopConfig("pop", 5, Duration.ofMillis(250)));
    }

    @Test
    void shouldReportAMissingPathAndBadRetriesAtOnce() {
        String text = "connectors:\n  crm: {base-url: 'http://crm', screen-pop: {retries: 50}}\n";

        assertThatThrownBy(() -> ConfigReader.read("centralita.yaml", text))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).contains("screen-pop of connector 'crm' needs 'path'"))
                        .anySatisfy(p -> assertThat(p).contains("retries in screen-pop of connector 'crm' must be a number from 0 to 10")));
    }
}
