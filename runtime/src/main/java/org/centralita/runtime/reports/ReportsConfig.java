package org.centralita.runtime.reports;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.yaml.YamlNode;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigMapping;
import org.centralita.runtime.config.RuntimeConfig;

/**
 * The {@code reports:} section of centralita.yaml: the contact center's time zone and the
 * thresholds of the measures (docs/reports.md). Every key has a default.
 *
 * <pre>
 * reports:
 *   zone: Europe/Madrid            # default: this machine's
 *   short-abandon: 5               # seconds
 *   service-level: 20              # seconds, for every queue ...
 *   service-level-queues: {vip: 10}  # ... but these
 *   wrap-up: 0                     # seconds after each call (queues.conf wrapuptime), every queue ...
 *   wrap-up-queues: {sales: 10}    # ... but these
 * </pre>
 */
public record ReportsConfig(ZoneId zone, ReportSettings settings) {

    private static final Set<String> KEYS = Set.of("zone", "short-abandon", "service-level", "service-level-queues",
            "wrap-up", "wrap-up-queues");

    public static ReportsConfig from(RuntimeConfig config) throws ConfigException {
        List<String> problems = new ArrayList<>();
        ConfigMapping reports = ConfigMapping.section(config, "reports", KEYS, problems);
        ReportSettings defaults = ReportSettings.defaults();
        ZoneId zone = ZoneId.systemDefault();
        String written = reports.text("zone", null);
        if (written != null) {
            try {
                zone = ZoneId.of(written);
            } catch (DateTimeException e) {
                problems.add("centralita.yaml: reports.zone '" + written + "' is not a time zone (e.g. Europe/Madrid, UTC)");
            }
        }
        Map<String, Integer> perQueue = perQueue(reports, "service-level-queues", defaults.defaultServiceLevelSeconds(), problems);
        Map<String, Integer> wrapUp = perQueue(reports, "wrap-up-queues", 0, problems);
        ReportSettings settings = new ReportSettings(reports.number("short-abandon", defaults.shortAbandonSeconds(), 0, 3600),
                reports.number("service-level", defaults.defaultServiceLevelSeconds(), 0, 86_400), perQueue,
                reports.number("wrap-up", 0, 0, 86_400), wrapUp);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ReportsConfig(zone, settings);
    }

    /** A mapping of queue names to seconds ({@code service-level-queues}, {@code wrap-up-queues}). */
    private static Map<String, Integer> perQueue(ConfigMapping reports, String key, int fallback, List<String> problems) {
        Map<String, Integer> perQueue = new LinkedHashMap<>();
        reports.mapping().get(key).ifPresent(node -> {
            YamlNode.Mapping queues = ConfigMapping.asMapping(node, "reports." + key, problems);
            ConfigMapping typed = reports.child(key, queues.entries().keySet());
            queues.entries().keySet().forEach(queue -> perQueue.put(queue, typed.number(queue, fallback, 0, 86_400)));
        });
        return perQueue;
    }
}
