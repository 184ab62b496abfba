package org.centralita.runtime.reports;

import java.util.Map;

/**
 * The thresholds of the measures: a caller who hangs up before {@code shortAbandonSeconds} is a
 * short abandon, counted apart; a call answered within its queue's service-level time counts
 * towards the service level ({@code serviceLevelSeconds} per queue, else the default).
 */
public record ReportSettings(int shortAbandonSeconds, int defaultServiceLevelSeconds,
                             Map<String, Integer> serviceLevelSeconds) {

    public ReportSettings {
        serviceLevelSeconds = Map.copyOf(serviceLevelSeconds);
        if (shortAbandonSeconds < 0 || defaultServiceLevelSeconds < 0) {
            throw new IllegalArgumentException("report thresholds cannot be negative");
        }
    }

    /** 5 s short abandons, 20 s service level (the common 80/20 target). */
    public static ReportSettings defaults() {
        return new ReportSettings(5, 20, Map.of());
    }

    public int serviceLevelSeconds(String queue) {
        return serviceLevelSeconds.getOrDefault(queue, defaultServiceLevelSeconds);
    }
}
