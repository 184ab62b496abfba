package org.centralita.flows.validate;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the name someone probably meant; computed only when a problem is reported. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * {@code " (did you mean 'x'?)"} for the closest candidate near enough to be a typo, or "".
     * Near enough: no guess for one or two letters, one edit for three, two up to eight, else three.
     */
    public static String suggest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int length = written.length();
        int limit = length <= 2 ? 0 : length == 3 ? 1 : length <= 8 ? 2 : 3;
        if (limit == 0) {
            return "";
        }
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && !candidate.equals(written)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}
