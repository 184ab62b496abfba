package org.centralita.runtime.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.centralita.runtime.admin.AdminSettings;

/**
 * What {@code centralita serve} needs from {@code centralita.yaml}, every value defaulted.
 *
 * @param flows the flows directory served and watched
 * @param watch whether saved changes in it are published
 * @param debounce how long it must be quiet before that publish
 * @param versionsKept versions of each flow kept for rollback
 * @param drain how long live calls may take to finish at shutdown
 */
public record ServeSettings(Path flows, boolean watch, Duration debounce, int versionsKept,
                            AdminSettings admin, Duration drain) {

    public static ServeSettings defaults() {
        return new ServeSettings(Path.of("./flows"), true, Duration.ofMillis(500), 10,
                AdminSettings.defaults(), Duration.ofSeconds(30));
    }

    public ServeSettings withFlows(Path directory) {
        return new ServeSettings(directory, watch, debounce, versionsKept, admin, drain);
    }

    public ServeSettings withAdmin(AdminSettings settings) {
        return new ServeSettings(flows, watch, debounce, versionsKept, settings, drain);
    }

    public ServeSettings withDrain(Duration deadline) {
        return new ServeSettings(flows, watch, debounce, versionsKept, admin, deadline);
    }
}
