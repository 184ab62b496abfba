package org.centralita.runtime.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.junit.jupiter.api.Test;

class AmiSettingsTest {

    @Test
    void shouldReadTheContractsAmiSection() throws ConfigException {
        var settings = AmiSettings.from(ConfigReader.read(Path.of("../examples/centralita.yaml"))).orElseThrow();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(5038);
        assertThat(settings.username()).isEqualTo("centralita");
        assertThat(settings.secretEnv()).isEqualTo("AMI_SECRET");
        assertThat(settings.refresh()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldLeaveAmiOffWithoutAnAmiSection() throws ConfigException {
        assertThat(AmiSettings.from(ConfigReader.read("centralita.yaml", "flows: ./flows\n"))).isEmpty();
    }

    @Test
    void shouldDefaultEveryKeyOfAnEmptySection() throws ConfigException {
        var settings = AmiSettings.from(ConfigReader.read("centralita.yaml", "ami: {refresh: 2s}\n")).orElseThrow();

        assertThat(settings).isEqualTo(AmiSettings.defaults().withTimings(Duration.ofSeconds(2),
                AmiSettings.defaults().retryFirst(), AmiSettings.defaults().retryMax()));
    }

    @Test
    void shouldReportUnknownKeysAndBadValuesAtOnce() {
        String text = "ami: {host: pbx, port: 99999, secret: hunter2}\n";

        assertThatThrownBy(() -> AmiSettings.from(ConfigReader.read("centralita.yaml", text)))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactlyInAnyOrder(
                        "centralita.yaml:1:31: error: unknown key 'secret' in ami; the keys are host, port, refresh, secret-env, username",
                        "centralita.yaml:1:24: error: port in ami must be a number from 1 to 65535, not '99999'"));
    }
}
