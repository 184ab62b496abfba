package org.centralita.flows.calendar;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The "did you mean" part of calendar messages: the nearest known word, when one is near. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"}, or "" when no candidate is close to {@code written}. */
    static String didYouMean(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, written.length() / 3);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT))))
                .filter(c -> DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT)) <= limit)
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
    }
}
