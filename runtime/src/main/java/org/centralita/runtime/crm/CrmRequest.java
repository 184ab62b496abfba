package org.centralita.runtime.crm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to a CRM, values already filled in.
 *
 * @param path the path below the connector's base URL, its variable parts already encoded
 * @param query parameters in order, not yet encoded
 * @param body the JSON body, or null
 * @param timeout the longest wait, or null for the connector's own
 */
public record CrmRequest(String method, String path, Map<String, String> query, JsonNode body, Duration timeout) {
    public CrmRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }
}
