package org.centralita.flows.executable;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.Template;

/**
 * Calls a CRM connector.
 *
 * @param query parameter name to expression ({@code include: '"card"'}, {@code id: account}), in order
 * @param body the JSON body with text templates in it (maps, lists, {@link Template}s, numbers,
 *             booleans), or null
 * @param timeout the node's own time-out, or null for the connector's
 * @param store variable to JSON pointer into the reply
 * @param notFound where a 404 goes, or null (then {@code error})
 * @param error where a failure or time-out goes, or null (then the flow's on-error)
 */
public record CrmNode(String id, String connector, String method, Template path,
                      Map<String, Expression> query, Object body, Duration timeout,
                      Map<String, String> store, String found, String notFound, String error)
        implements ExecutableNode {
    public CrmNode {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        store = Collections.unmodifiableMap(new LinkedHashMap<>(store));
    }
}
