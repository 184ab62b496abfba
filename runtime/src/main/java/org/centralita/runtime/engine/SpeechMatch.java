package org.centralita.runtime.engine;

/** What the caller's words meant under a grammar, and how sure the recognizer is (0 to 1). */
public record SpeechMatch(String value, String words, double confidence) {
}
