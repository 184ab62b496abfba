package org.centralita.runtime.config;

import java.net.URI;
import java.time.Duration;

/**
 * A CRM connector of {@code centralita.yaml}: where it is, the environment variable holding its
 * bearer token (null for none), how long a call to it may take, and its screen-pop endpoint
 * (null for none).
 */
public record ConnectorConfig(String name, URI baseUrl, String tokenEnv, Duration timeout, ScreenPopConfig screenPop) {

    /** A connector without a screen-pop endpoint. */
    public ConnectorConfig(String name, URI baseUrl, String tokenEnv, Duration timeout) {
        this(name, baseUrl, tokenEnv, timeout, null);
    }

    /** The time-out when the configuration gives none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
}
