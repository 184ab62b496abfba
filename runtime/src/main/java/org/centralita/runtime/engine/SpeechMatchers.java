package org.centralita.runtime.engine;

import java.util.ServiceLoader;

/**
 * Finds the speech matcher of this build: the speech module's (registered as a
 * {@code META-INF/services/org.centralita.runtime.engine.SpeechMatcher} service) when it is
 * there, else text matching only.
 */
public final class SpeechMatchers {

    private SpeechMatchers() {
    }

    public static SpeechMatcher load() {
        return ServiceLoader.load(SpeechMatcher.class).findFirst().orElseGet(TextSpeechMatcher::new);
    }
}
