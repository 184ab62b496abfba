package org.centralita.runtime.agi.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/agi-transcripts beside the repository, from wherever the tests run. */
public final class TranscriptDirectory {
    private TranscriptDirectory() {
    }

    public static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/agi-transcripts"),
                    dir.resolveSibling("shared").resolve("agi-transcripts")}) {
                if (Files.isRegularFile(candidate.resolve("README.md"))) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("The recorded AGI transcripts were not found: expected "
                + "shared/agi-transcripts beside the repository root (searched upwards from " + start + ")");
    }
}
