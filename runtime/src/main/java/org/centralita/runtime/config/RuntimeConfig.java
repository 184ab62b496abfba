package org.centralita.runtime.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.yaml.YamlNode;

/**
 * The runtime's configuration ({@code centralita.yaml}), every key defaulted.
 *
 * @param flows the flows directory the runtime serves
 * @param connectors the CRM connectors by name
 * @param sections the sections not typed here yet ({@code agi}, {@code admin}, {@code store},
 *                 {@code speech}, {@code ami}), as written, for their readers
 */
public record RuntimeConfig(Path flows, Map<String, ConnectorConfig> connectors, Map<String, YamlNode> sections) {

    /** The flows directory when the file names none. */
    public static final Path DEFAULT_FLOWS = Path.of("./flows");

    public RuntimeConfig {
        connectors = Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
        sections = Map.copyOf(sections);
    }

    /** The configuration of a runtime started with no file. */
    public static RuntimeConfig defaults() {
        return new RuntimeConfig(DEFAULT_FLOWS, Map.of(), Map.of());
    }

    /** A section as written, when the file has it. */
    public Optional<YamlNode> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }
}
