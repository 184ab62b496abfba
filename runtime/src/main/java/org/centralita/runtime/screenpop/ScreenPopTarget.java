package org.centralita.runtime.screenpop;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.centralita.runtime.config.ConnectorConfig;
import org.centralita.runtime.config.ScreenPopConfig;

/**
 * One screen-pop endpoint: a CRM connector's base URL and {@code screen-pop.path}, its bearer
 * token, the connector's time-out per try, and how many tries follow a failure.
 */
record ScreenPopTarget(String connector, URI uri, String token, Duration timeout, int retries, Duration backoff) {

    /** The endpoints of the connectors that define one. */
    static List<ScreenPopTarget> of(Map<String, ConnectorConfig> connectors, UnaryOperator<String> environment) {
        List<ScreenPopTarget> targets = new ArrayList<>();
        for (ConnectorConfig connector : connectors.values()) {
            ScreenPopConfig pop = connector.screenPop();
            if (pop != null) {
                String base = connector.baseUrl().toString().replaceAll("/+$", "");
                String path = pop.path().startsWith("/") ? pop.path() : "/" + pop.path();
                String token = connector.tokenEnv() == null ? null : environment.apply(connector.tokenEnv());
                targets.add(new ScreenPopTarget(connector.name(), URI.create(base + path), token, connector.timeout(),
                        pop.retries(), pop.backoff()));
            }
        }
        return targets;
    }

    /** The wait before try {@code next} (2, 3, ...): the back-off, doubled after each failure. */
    Duration waitBefore(int next) {
        return backoff.multipliedBy(1L << Math.min(next - 2, 16));
    }
}
