package org.centralita.runtime.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centralita.runtime.agi.AgiHeaderLimits;
import org.centralita.runtime.agi.AgiSettings;
import org.centralita.runtime.agi.NumberDialing;
import org.centralita.runtime.agi.QueueMode;
import org.centralita.runtime.store.RecordWriterSettings;

/**
 * The sections of centralita.yaml that say how calls reach the runtime and where what they leave
 * goes: {@code agi} and {@code store} typed, every key defaulted as in CONTRACTS.md (an unknown
 * key is an error with its file:line and a "did you mean"). The {@code speech} section is
 * {@code SpeechConfig}'s and the {@code ami} section {@code AmiSettings}'s.
 *
 * @param agi the FastAGI server
 * @param store the records store
 */
public record ServiceConfig(AgiSettings agi, StoreConfig store) {

    private static final Set<String> AGI_KEYS = Set.of("bind", "port", "allow", "max-calls", "queue-mode",
            "dial-number", "recording-dir", "header-timeout", "header-max-line", "header-max-lines", "header-max-bytes",
            "header-max-waiting");
    private static final Set<String> STORE_KEYS = Set.of("url", "user", "password-env", "journal-dir", "spill-after");

    public static ServiceConfig defaults() {
        return new ServiceConfig(AgiSettings.defaults(), StoreConfig.defaults());
    }

    /** The sections as the configuration gives them, with every problem at once. */
    public static ServiceConfig from(RuntimeConfig config) throws ConfigException {
        List<String> problems = new ArrayList<>();
        ServiceConfig typed = new ServiceConfig(agi(config, problems), store(config, problems));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return typed;
    }

    private static AgiSettings agi(RuntimeConfig config, List<String> problems) {
        AgiSettings defaults = AgiSettings.defaults();
        ConfigMapping agi = ConfigMapping.section(config, "agi", AGI_KEYS, problems);
        String mode = agi.choice("queue-mode", "dialplan", List.of("dialplan", "agi"));
        String dialNumber = agi.checked("dial-number", NumberDialing.DEFAULT_TEMPLATE, NumberDialing::problem);
        String recordings = agi.checked("recording-dir", AgiSettings.DEFAULT_RECORDING_DIRECTORY,
                AgiSettings::recordingDirectoryProblem);
        return new AgiSettings(agi.text("bind", defaults.bind()), agi.number("port", defaults.port(), 0, 65535),
                agi.list("allow", defaults.allow()), agi.number("max-calls", defaults.maxCalls(), 1, 100_000),
                QueueMode.valueOf(mode.toUpperCase(Locale.ROOT)), new NumberDialing(dialNumber), recordings,
                headerLimits(agi, problems));
    }

    /** The limits on a connection's agi_* block; a time-out that is not positive is a problem. */
    private static AgiHeaderLimits headerLimits(ConfigMapping agi, List<String> problems) {
        AgiHeaderLimits defaults = AgiHeaderLimits.defaults();
        return new AgiHeaderLimits(positive(agi, "header-timeout", defaults.timeout(), problems),
                agi.number("header-max-line", defaults.maxLineBytes(), 256, 1 << 20),
                agi.number("header-max-lines", defaults.maxLines(), 32, 100_000),
                agi.number("header-max-bytes", defaults.maxBytes(), 1024, 16 << 20),
                agi.number("header-max-waiting", defaults.maxWaiting(), 1, 1_000_000));
    }

    /** A duration above zero, or a problem naming the key and the fallback. */
    private static Duration positive(ConfigMapping section, String key, Duration fallback, List<String> problems) {
        Duration value = section.duration(key, fallback);
        if (value.isZero() || value.isNegative()) {
            problems.add(ConfigMapping.problem(section.mapping().get(key).orElseThrow().position(),
                    key + " in " + section.name() + " must be a duration above zero like " + fallback.toSeconds() + "s"));
            return fallback;
        }
        return value;
    }

    private static StoreConfig store(RuntimeConfig config, List<String> problems) {
        ConfigMapping store = ConfigMapping.section(config, "store", STORE_KEYS, problems);
        String url = store.text("url", StoreConfig.defaults().url());
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            problems.add(ConfigMapping.problem(store.mapping().get("url").orElseThrow().position(),
                    "url in store must be jdbc:h2:PATH or jdbc:postgresql://HOST/DB, not '" + url + "'"));
            url = StoreConfig.defaults().url();
        }
        return new StoreConfig(config.resolveJdbcUrl(url), store.text("user", null), store.text("password-env", null),
                config.resolve(store.text("journal-dir", StoreConfig.DEFAULT_JOURNAL.toString())),
                positive(store, "spill-after", RecordWriterSettings.DEFAULT_SPILL_AFTER, problems));
    }
}
