package org.centralita.runtime.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.centralita.flows.model.Durations;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The load options the benchmark commands share: how calls are placed and held, progress, the output file. */
final class LoadOptions {

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long all calls are held together (default ${DEFAULT-VALUE}).")
    Duration hold;

    @Option(names = "--ramp", defaultValue = "20s", converter = DurationConverter.class,
            description = "Time over which the calls are placed (default ${DEFAULT-VALUE}).")
    Duration ramp;

    @Option(names = "--progress", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often to print progress (default ${DEFAULT-VALUE}).")
    Duration progress;

    @Option(names = "--time-scale", defaultValue = "1", hidden = true,
            description = "Real milliseconds per simulated millisecond of media (below 1 for quick checks).")
    double timeScale;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the results table (Markdown) to FILE.")
    Path outFile;

    /** Whether the durations and the scale make sense (ramp and hold not negative, progress and scale positive). */
    boolean valid() {
        return !ramp.isNegative() && !hold.isNegative() && timeScale > 0 && !progress.isZero() && !progress.isNegative();
    }

    /** "30s", "2m", "500ms" as the flow format writes durations. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("not a duration: " + value));
        }
    }
}
