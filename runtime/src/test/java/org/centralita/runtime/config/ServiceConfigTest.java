package org.centralita.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.NumberDialing;
import org.centralita.runtime.agi.QueueMode;
import org.centralita.runtime.store.StoreSettings;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    @Test
    void shouldDefaultEveryKeyAsTheContractSays() throws Exception {
        // when
        ServiceConfig config = ServiceConfig.from(ConfigReader.read("centralita.yaml", "flows: ./flows\n"));

        // then
        assertThat(config.agi()).isEqualTo(new AgiSettings("127.0.0.1", 4573, List.of("127.0.0.1"), 2000,
                QueueMode.DIALPLAN));
        assertThat(config.store().url()).isEqualTo("jdbc:h2:" + Path.of("data/centralita").toAbsolutePath());
    }

    @Test
    void shouldReadTheExamplesConfiguration() throws Exception {
        // when
        ServiceConfig config = ServiceConfig.from(ConfigReader.read(Path.of("../examples/centralita.yaml")));

        // then
        assertThat(config.agi().maxCalls()).isEqualTo(2000);
        assertThat(config.store().postgres()).isFalse();
    }

    @Test
    void shouldShipAConfigurationWhoseAgiKeysAreTheDefaults() throws Exception {
        // when
        ServiceConfig config = ServiceConfig.from(ConfigReader.read(Path.of("src/dist/config/centralita.yaml")));

        // then
        assertThat(config.agi()).isEqualTo(AgiSettings.defaults());
    }

    @Test
    void shouldTypeTheAgiAndStoreSections() throws Exception {
        // given
        String yaml = """
                agi: {bind: 0.0.0.0, port: 4600, allow: [10.0.0.5, 10.0.0.6], max-calls: 300, queue-mode: agi}
                store: {url: "jdbc:postgresql://db/centralita", user: centralita, password-env: DB_PASSWORD}
                """;

        // when
        ServiceConfig config = ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml));
        StoreSettings store = config.store().settings(Map.of("DB_PASSWORD", "s3cret")::get);

        // then
        assertThat(config.agi()).isEqualTo(new AgiSettings("0.0.0.0", 4600, List.of("10.0.0.5", "10.0.0.6"), 300,
                QueueMode.AGI));
        assertThat(store.user()).isEqualTo("centralita");
        assertThat(store.password()).isEqualTo("s3cret");
    }

    @Test
    void shouldTakeRelativePathsRelativeToTheConfigurationFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // given a configuration in its own directory, read from elsewhere
        Path file = dir.resolve("site").resolve("centralita.yaml");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, """
                flows: ./flows
                store: {url: "jdbc:h2:./data/centralita", journal-dir: ../journal}
                speech: {tts: {cache: ./data/prompts}, media: {shared-dir: /srv/prompts}}
                """);

        // when
        RuntimeConfig runtime = ConfigReader.read(file);
        ServiceConfig config = ServiceConfig.from(runtime);

        // then every relative path is the file's, wherever the runtime is started from
        Path site = file.getParent().toAbsolutePath();
        assertThat(runtime.flows()).isEqualTo(site.resolve("flows"));
        assertThat(config.store().url()).isEqualTo("jdbc:h2:" + site.resolve("data/centralita"));
        assertThat(config.store().journalDir()).isEqualTo(dir.toAbsolutePath().resolve("journal"));
        org.centralita.runtime.speech.SpeechSettings speech = org.centralita.runtime.speech.SpeechConfig.from(runtime);
        assertThat(speech.promptCache()).isEqualTo(site.resolve("data/prompts"));
        assertThat(speech.sharedDirectory()).isEqualTo(Path.of("/srv/prompts"));
    }

    @Test
    void shouldReadHowNumbersAreDialledAndWhereRecordingsGo() throws Exception {
        // given
        String yaml = """
                agi: {dial-number: "SIP/gw1/{number}", recording-dir: /srv/recordings/}
                """;

        // when
        AgiSettings agi = ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml)).agi();

        // then
        assertThat(agi.numberDialing()).isEqualTo(new NumberDialing("SIP/gw1/{number}"));
        assertThat(agi.recordingDirectory()).isEqualTo("/srv/recordings");
    }

    @Test
    void shouldDefaultNumberDialingAndRecordingsAsTheShippedDialplanAndAsteriskDo() throws Exception {
        AgiSettings agi = ServiceConfig.from(ConfigReader.read("centralita.yaml", "flows: ./flows\n")).agi();

        assertThat(agi.numberDialing().template()).isEqualTo("PJSIP/{number}@pstn-trunk");
        assertThat(agi.recordingDirectory()).isEqualTo("/var/spool/asterisk/recording");
    }

    @Test
    void shouldRefuseADialTemplateWithoutTheNumberAndARelativeRecordingDirectory() {
        // given
        String yaml = """
                agi:
                  dial-number: PJSIP/pstn-trunk
                  recording-dir: recordings
                """;

        // when / then
        assertThatThrownBy(() -> ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "centralita.yaml:2:16: error: dial-number in agi must hold {number} once, where the number"
                                + " goes, like PJSIP/{number}@pstn-trunk; was 'PJSIP/pstn-trunk'",
                        "centralita.yaml:3:18: error: recording-dir in agi must be an absolute path as Asterisk sees"
                                + " it, without spaces or quotes, like /var/spool/asterisk/recording; was 'recordings'"));
    }

    @Test
    void shouldReportEveryUnknownKeyAndBadValueWithItsLine() {
        // given
        String yaml = """
                agi:
                  max-cals: 10
                  queue-mode: sometimes
                store: {url: "jdbc:mysql://db"}
                """;

        // when / then
        assertThatThrownBy(() -> ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "centralita.yaml:2:3: error: unknown key 'max-cals' in agi (did you mean 'max-calls'?)",
                        "centralita.yaml:3:15: error: queue-mode in agi must be one of dialplan, agi, not 'sometimes'",
                        "centralita.yaml:4:14: error: url in store must be jdbc:h2:PATH or jdbc:postgresql://HOST/DB,"
                                + " not 'jdbc:mysql://db'"));
    }

    @Test
    void shouldTypeTheHeaderLimitsAndTheSpillBound() throws Exception {
        // given
        String yaml = """
                agi: {header-timeout: 2s, header-max-line: 4096, header-max-lines: 200, header-max-bytes: 32768, header-max-waiting: 50}
                store: {spill-after: 500ms}
                """;

        // when
        ServiceConfig config = ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml));

        // then
        assertThat(config.agi().header()).isEqualTo(new org.centralita.runtime.agi.AgiHeaderLimits(
                java.time.Duration.ofSeconds(2), 4096, 200, 32_768, 50));
        assertThat(config.store().spillAfter()).isEqualTo(java.time.Duration.ofMillis(500));
    }

    @Test
    void shouldDefaultTheHeaderLimitsAndTheSpillBound() throws Exception {
        ServiceConfig config = ServiceConfig.from(ConfigReader.read("centralita.yaml", "flows: ./flows\n"));

        assertThat(config.agi().header()).isEqualTo(org.centralita.runtime.agi.AgiHeaderLimits.defaults());
        assertThat(config.agi().header().timeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(config.store().spillAfter()).isEqualTo(java.time.Duration.ofSeconds(1));
    }

    @Test
    void shouldNameTheKeyOfAHeaderLimitOrSpillBoundOutOfRange() {
        // given
        String yaml = """
                agi: {header-timeout: 0s, header-max-line: 10}
                store: {spill-after: 0ms}
                """;

        // when / then
        assertThatThrownBy(() -> ServiceConfig.from(ConfigReader.read("centralita.yaml", yaml)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "centralita.yaml:1:23: error: header-timeout in agi must be a duration above zero like 5s",
                        "centralita.yaml:1:44: error: header-max-line in agi must be a number from 256 to 1048576,"
                                + " not '10'",
                        "centralita.yaml:2:22: error: spill-after in store must be a duration above zero like 1s"));
    }
}
