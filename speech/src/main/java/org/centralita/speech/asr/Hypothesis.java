package org.centralita.speech.asr;

/** One candidate of the n-best list: the words heard, their meaning in the grammar (null if none) and its posterior. */
public record Hypothesis(String words, String value, double confidence) {
}
