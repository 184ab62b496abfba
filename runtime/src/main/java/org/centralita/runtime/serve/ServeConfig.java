package org.centralita.runtime.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centralita.runtime.admin.AdminSettings;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigMapping;
import org.centralita.runtime.config.RuntimeConfig;

/**
 * Reads the sections of {@code centralita.yaml} that {@code serve} owns ({@code admin},
 * {@code publish}, {@code shutdown}) into {@link ServeSettings}; an absent key keeps its default.
 */
public final class ServeConfig {

    private static final Set<String> ADMIN_KEYS = Set.of("bind", "port", "token-file");
    private static final Set<String> PUBLISH_KEYS = Set.of("watch", "debounce", "versions-kept");
    private static final Set<String> SHUTDOWN_KEYS = Set.of("drain");

    private ServeConfig() {
    }

    /** The settings the configuration gives, with every problem at once. */
    public static ServeSettings from(RuntimeConfig config) throws ConfigException {
        List<String> problems = new ArrayList<>();
        ServeSettings defaults = ServeSettings.defaults();
        ConfigMapping admin = ConfigMapping.section(config, "admin", ADMIN_KEYS, problems);
        ConfigMapping publish = ConfigMapping.section(config, "publish", PUBLISH_KEYS, problems);
        ConfigMapping shutdown = ConfigMapping.section(config, "shutdown", SHUTDOWN_KEYS, problems);
        AdminSettings adminDefaults = defaults.admin();
        AdminSettings adminSettings = new AdminSettings(admin.text("bind", adminDefaults.bind()),
                admin.number("port", adminDefaults.port(), 0, 65535),
                config.resolve(admin.text("token-file", adminDefaults.tokenFile().toString())),
                adminDefaults.maxBundleBytes());
        ServeSettings settings = new ServeSettings(config.flows(),
                publish.flag("watch", defaults.watch()),
                publish.duration("debounce", defaults.debounce()),
                publish.number("versions-kept", defaults.versionsKept(), 1, 1000),
                adminSettings,
                shutdown.duration("drain", defaults.drain()));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }
}
