package org.centralita.runtime.config;

import java.time.Duration;

/**
 * A CRM connector's screen-pop endpoint ({@code screen-pop: {path: /screen-pop, retries: 3}}):
 * where the runtime POSTs the context of each call handed to a queue, how many times it tries
 * again after a failure, and the first wait between tries (doubling after each).
 */
public record ScreenPopConfig(String path, int retries, Duration backoff) {

    public static final int DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
}
