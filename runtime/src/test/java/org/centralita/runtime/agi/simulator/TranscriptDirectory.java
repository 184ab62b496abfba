package org.centralita.runtime.agi.simulator;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the recorded AGI transcripts the tests carry (src/test/resources/agi-transcripts) on the test classpath. */
public final class TranscriptDirectory {
    private static final String README = "/agi-transcripts/README.md";

    private TranscriptDirectory() {
    }

    public static Path locate() {
        URL readme = TranscriptDirectory.class.getResource(README);
        if (readme == null) {
            throw new IllegalStateException("The recorded AGI transcripts were not found on the test classpath: "
                    + "expected runtime/src/test/resources" + README);
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            throw new IllegalStateException("The recorded AGI transcripts are not in a directory: " + readme, notAFile);
        }
    }
}
