package org.centralita.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.executable.CrmNode;
import org.centralita.flows.expr.Template;
import org.centralita.runtime.crm.CrmConnector;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.crm.CrmReply;
import org.centralita.runtime.crm.CrmRequest;

/**
 * Looks the caller up in a CRM: fills the request in, stores parts of the reply in variables
 * (by JSON pointer, converted to each variable's type), and goes on at found, not-found or error.
 * A secret sent in the path, the query or the body goes as {@code ***}, never in clear.
 */
final class CrmExecutor implements NodeExecutor<CrmNode> {

    private final CrmConnectors connectors;

    CrmExecutor(CrmConnectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public Class<CrmNode> nodeClass() {
        return CrmNode.class;
    }

    @Override
    public Step execute(CrmNode node, Call call) {
        Optional<CrmConnector> connector = connectors.connector(node.connector());
        if (connector.isEmpty()) {
            return Step.fail("no CRM connector '" + node.connector() + "' in the runtime's configuration");
        }
        CrmReply reply = connector.get().call(request(node, call));
        call.trace().crm(node.id(), node.connector(), reply.traceStatus(), reply.millis());
        if (reply.result() == CrmReply.Result.FOUND) {
            store(node, call, reply.body());
            return Step.toOutcome(node.found(), "found");
        }
        if (reply.result() == CrmReply.Result.NOT_FOUND && node.notFound() != null) {
            return Step.next(node.notFound());
        }
        return Step.fail("CRM connector '" + node.connector() + "': " + reply.detail());
    }

    /** The request, filled in from names where every secret reads {@code ***}: no secret leaves in clear. */
    private static CrmRequest request(CrmNode node, Call call) {
        Map<String, Object> names = call.maskedNames();
        String path = render(node.path(), CrmValues.pathSafe(names));
        Map<String, String> query = new LinkedHashMap<>();
        node.query().forEach((name, expression) -> query.put(name, Template.display(call.evaluate(expression, names))));
        JsonNode body = node.body() == null ? null : CrmValues.json(node.body(), template -> render(template, names));
        String method = node.method() == null ? "GET" : node.method();
        return new CrmRequest(method, path, query, body, node.timeout());
    }

    private static void store(CrmNode node, Call call, JsonNode reply) {
        for (Map.Entry<String, String> target : node.store().entrySet()) {
            JsonNode value = reply.at(target.getValue());
            if (!value.isMissingNode()) {
                call.assign(node.id(), target.getKey(), CrmValues.plain(value));
            }
        }
    }

    private static String render(Template template, Map<String, Object> names) {
        try {
            return template.render(names);
        } catch (org.centralita.flows.expr.ExpressionException e) {
            throw new NodeFailure("CRM request '" + template.source() + "': " + e.getMessage());
        }
    }
}
