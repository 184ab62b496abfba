package org.centralita.flows.model;

import java.time.Duration;
import java.util.Optional;
import org.centralita.flows.yaml.YamlNode;

/** Reads a flow's {@code defaults:} section over the built-in defaults. */
final class FlowDefaultsReader {

    private FlowDefaultsReader() {
    }

    static Defaults read(Optional<YamlNode> section) {
        Defaults builtIn = Defaults.BUILT_IN;
        if (section.isEmpty() || !(section.get() instanceof YamlNode.Mapping map)) {
            return builtIn;
        }
        return new Defaults(
                duration(map, "timeout").orElse(builtIn.timeout()),
                duration(map, "inter-digit-timeout").orElse(builtIn.interDigitTimeout()),
                map.text("retries").flatMap(FlowDefaultsReader::integer).orElse(builtIn.retries()),
                map.text("barge-in").map(Boolean::parseBoolean).orElse(builtIn.bargeIn()),
                map.text("terminator").orElse(builtIn.terminator()));
    }

    private static Optional<Duration> duration(YamlNode.Mapping map, String key) {
        return map.text(key).flatMap(Durations::parse);
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
