package org.centralita.flows.executable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.expr.Expression;

/** Assigns variables from expressions, in the order written. */
public record SetNode(String id, Map<String, Expression> assign, String next, String error)
        implements ExecutableNode {
    public SetNode {
        assign = Collections.unmodifiableMap(new LinkedHashMap<>(assign));
    }
}
