package org.centralita.runtime.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.centralita.flows.yaml.YamlNode;

/**
 * Reads {@code centralita.yaml}: every key optional and defaulted, an unknown key an error with
 * its file, line and a "did you mean". Each top-level key has one reader here; sections whose
 * readers are not written yet are kept as written ({@link RuntimeConfig#sections()}).
 */
public final class ConfigReader {

    /** The top-level keys kept as written for their own readers. */
    static final Set<String> RAW_SECTIONS = Set.of("agi", "admin", "store", "speech", "ami", "publish", "shutdown",
            "reports");
    private static final Set<String> TOP_LEVEL = Set.of("flows", "connectors", "agi", "admin", "store", "speech", "ami",
            "publish", "shutdown", "reports");
    private static final Set<String> CONNECTOR_KEYS = Set.of("base-url", "token-env", "timeout", "screen-pop");
    private static final Set<String> SCREEN_POP_KEYS = Set.of("path", "retries", "backoff");

    private ConfigReader() {
    }

    /** Reads a configuration file. */
    public static RuntimeConfig read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": error: cannot read the configuration: " + e.getMessage()));
        }
        Path parent = file.toAbsolutePath().getParent();
        return read(file.toString(), text, parent == null ? Path.of(".") : parent);
    }

    /** Reads a configuration's text; {@code fileName} names it in messages; paths are relative to the working directory. */
    public static RuntimeConfig read(String fileName, String text) throws ConfigException {
        return read(fileName, text, Path.of("."));
    }

    private static RuntimeConfig read(String fileName, String text, Path base) throws ConfigException {
        YamlNode root;
        try {
            root = YamlDocumentReader.read(fileName, text);
        } catch (FlowReadException e) {
            throw new ConfigException(List.of(e.describe()));
        }
        List<String> problems = new ArrayList<>();
        ConfigMapping top = new ConfigMapping(ConfigMapping.asMapping(root, "the configuration", problems),
                "the configuration", TOP_LEVEL, problems);
        Path flows = base.resolve(top.text("flows", RuntimeConfig.DEFAULT_FLOWS.toString()));
        Map<String, ConnectorConfig> connectors = connectors(top.mapping(), problems);
        Map<String, YamlNode> sections = new LinkedHashMap<>();
        top.mapping().entries().forEach((key, entry) -> {
            if (RAW_SECTIONS.contains(key)) {
                sections.put(key, entry.value());
            }
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new RuntimeConfig(flows, connectors, sections, base);
    }

    private static Map<String, ConnectorConfig> connectors(YamlNode.Mapping top, List<String> problems) {
        Map<String, ConnectorConfig> connectors = new LinkedHashMap<>();
        top.get("connectors").ifPresent(node -> {
            YamlNode.Mapping all = ConfigMapping.asMapping(node, "connectors", problems);
            all.entries().forEach((name, entry) -> {
                String where = "connector '" + name + "'";
                ConfigMapping connector = new ConfigMapping(ConfigMapping.asMapping(entry.value(), where, problems),
                        where, CONNECTOR_KEYS, problems);
                connectors.put(name, new ConnectorConfig(name, connector.url("base-url", true),
                        connector.text("token-env", null),
                        connector.duration("timeout", ConnectorConfig.DEFAULT_TIMEOUT),
                        screenPop(connector.mapping(), where, problems)));
            });
        });
        return connectors;
    }

    /** A connector's {@code screen-pop}, or null when it has none. */
    private static ScreenPopConfig screenPop(YamlNode.Mapping connector, String where, List<String> problems) {
        return connector.get("screen-pop").map(node -> {
            String section = "screen-pop of " + where;
            ConfigMapping pop = new ConfigMapping(ConfigMapping.asMapping(node, section, problems), section,
                    SCREEN_POP_KEYS, problems);
            String path = pop.text("path", null);
            if (path == null) {
                problems.add(ConfigMapping.problem(node.position(), section + " needs 'path'"));
            }
            return new ScreenPopConfig(path, pop.number("retries", ScreenPopConfig.DEFAULT_RETRIES, 0, 10),
                    pop.duration("backoff", ScreenPopConfig.DEFAULT_BACKOFF));
        }).orElse(null);
    }
}
