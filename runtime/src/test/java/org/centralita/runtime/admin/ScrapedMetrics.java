package org.centralita.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample's value out of a Prometheus text scrape, for tests. */
public final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /** The value of the sample named exactly {@code sample} (name plus labels, if any); fails when absent. */
    public static double value(String scrape, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(sample + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
