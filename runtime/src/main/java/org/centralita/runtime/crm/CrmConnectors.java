package org.centralita.runtime.crm;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.centralita.runtime.config.ConnectorConfig;

/** The CRM connectors of a runtime, by name. */
public interface CrmConnectors {

    /** No connectors at all. */
    CrmConnectors NONE = name -> Optional.empty();

    Optional<CrmConnector> connector(String name);

    /** Fixed connectors (tests, embedding). */
    static CrmConnectors of(Map<String, CrmConnector> connectors) {
        Map<String, CrmConnector> copy = Map.copyOf(connectors);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** HTTP connectors for {@code configs}; tokens read from {@code environment} (e.g. {@code System::getenv}). */
    static CrmConnectors fromConfig(Map<String, ConnectorConfig> configs, UnaryOperator<String> environment) {
        return of(configs.values().stream().collect(Collectors.toMap(ConnectorConfig::name,
                config -> new HttpCrmConnector(config, environment))));
    }
}
