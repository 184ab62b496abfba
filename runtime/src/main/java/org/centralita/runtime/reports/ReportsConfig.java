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
 * </pre>
 */
public record ReportsConfig(ZoneId zone, ReportSettings settings) {

    private static final Set<String> KEYS = Set.of("zone", "short-abandon", "service-level", "service-level-queues");

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
        Map<String, Integer> perQueue = new LinkedHashMap<>();
        reports.mapping().get("service-level-queues").ifPresent(node -> {
            YamlNode.Mapping queues = ConfigMapping.asMapping(node, "reports.service-level-queues", problems);
            ConfigMapping typed = reports.child("service-level-queues", queues.entries().keySet());
            queues.entries().keySet().forEach(queue -> perQueue.put(queue, typed.number(queue, defaults.defaultServiceLevelSeconds(), 0, 86_400)));
        });
        ReportSettings settings = new ReportSettings(reports.number("short-abandon", defaults.shortAbandonSeconds(), 0, 3600),
                reports.number("service-level", defaults.defaultServiceLevelSeconds(), 0, 86_400), perQueue);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ReportsConfig(zone, settings);
    }
}
