package org.centralita.runtime.reports;

import java.util.Map;

/**
 * The thresholds of the measures: a caller who hangs up before {@code shortAbandonSeconds} is a
 * short abandon, counted apart; a call answered within its queue's service-level time counts
 * towards the service level ({@code serviceLevelSeconds} per queue, else the default). The
 * wrap-up time is what each completed call adds to the handle time after it (queues.conf's
 * {@code wrapuptime}: {@code wrapUpSeconds} per queue, else the default, 0).
 */
public record ReportSettings(int shortAbandonSeconds, int defaultServiceLevelSeconds,
                             Map<String, Integer> serviceLevelSeconds, int defaultWrapUpSeconds,
                             Map<String, Integer> wrapUpSeconds) {

    public ReportSettings {
        serviceLevelSeconds = Map.copyOf(serviceLevelSeconds);
        wrapUpSeconds = Map.copyOf(wrapUpSeconds);
        if (shortAbandonSeconds < 0 || defaultServiceLevelSeconds < 0 || defaultWrapUpSeconds < 0) {
            throw new IllegalArgumentException("report thresholds cannot be negative");
        }
    }

    /** No wrap-up time. */
    public ReportSettings(int shortAbandonSeconds, int defaultServiceLevelSeconds, Map<String, Integer> serviceLevelSeconds) {
        this(shortAbandonSeconds, defaultServiceLevelSeconds, serviceLevelSeconds, 0, Map.of());
    }

    /** The same wrap-up times with other thresholds (the command line's). */
    public ReportSettings withThresholds(int shortAbandon, int defaultServiceLevel, Map<String, Integer> serviceLevel) {
        return new ReportSettings(shortAbandon, defaultServiceLevel, serviceLevel, defaultWrapUpSeconds, wrapUpSeconds);
    }

    public int wrapUpSeconds(String queue) {
        return wrapUpSeconds.getOrDefault(queue, defaultWrapUpSeconds);
    }

    /** 5 s short abandons, 20 s service level (the common 80/20 target). */
    public static ReportSettings defaults() {
        return new ReportSettings(5, 20, Map.of());
    }

    public int serviceLevelSeconds(String queue) {
        return serviceLevelSeconds.getOrDefault(queue, defaultServiceLevelSeconds);
    }
}
