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
 * @param base the directory relative paths of the file are relative to: the file's own directory
 *             (so a configuration means the same wherever the runtime is started from)
 */
public record RuntimeConfig(Path flows, Map<String, ConnectorConfig> connectors, Map<String, YamlNode> sections,
                            Path base) {

    /** The flows directory when the file names none. */
    public static final Path DEFAULT_FLOWS = Path.of("./flows");

    public RuntimeConfig {
        connectors = Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
        sections = Map.copyOf(sections);
        base = base.toAbsolutePath().normalize();
        flows = base.resolve(flows).normalize();
    }

    /** A configuration whose relative paths are relative to the working directory. */
    public RuntimeConfig(Path flows, Map<String, ConnectorConfig> connectors, Map<String, YamlNode> sections) {
        this(flows, connectors, sections, Path.of("."));
    }

    /** The configuration of a runtime started with no file. */
    public static RuntimeConfig defaults() {
        return new RuntimeConfig(DEFAULT_FLOWS, Map.of(), Map.of());
    }

    /** A path as the file writes it, relative to the file's directory when it is relative. */
    public Path resolve(String written) {
        return base.resolve(written).normalize();
    }

    /**
     * A JDBC URL whose H2 database file is written relative ({@code jdbc:h2:./data/centralita})
     * made relative to the file's directory, like every other path of the file.
     */
    public String resolveJdbcUrl(String url) {
        for (String prefix : new String[] {"jdbc:h2:file:", "jdbc:h2:"}) {
            if (url.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                return rest.startsWith("./") || rest.startsWith("../")
                        ? prefix + resolve(rest).toString().replace('\\', '/') : url;
            }
        }
        return url;
    }

    /** A section as written, when the file has it. */
    public Optional<YamlNode> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }
}
