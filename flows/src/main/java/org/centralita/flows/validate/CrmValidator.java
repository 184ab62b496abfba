package org.centralita.flows.validate;

import org.centralita.flows.expr.Template;
import org.centralita.flows.yaml.YamlNode;

/**
 * A CRM look-up: the path, the query parameters and the body's texts are templates, and the
 * reply is stored into declared variables by JSON pointer. Sensitive values sent out are warned.
 */
final class CrmValidator implements NodeValidator {

    private static final String SENT = "is sent to the CRM in ";

    @Override
    public String type() {
        return "crm";
    }

    @Override
    public void validate(NodeScope scope) {
        scope.node().field("path").filter(YamlNode.Scalar.class::isInstance)
                .ifPresent(path -> template(scope, "'path'", (YamlNode.Scalar) path));
        ChoiceChecks.map(scope, "query").ifPresent(query -> query.entries().forEach((name, entry) -> {
            if (entry.value() instanceof YamlNode.Scalar text && !text.isNull()) {
                template(scope, "'query'", text);
            } else {
                scope.error(entry.value().position(), "'query' '" + name + "' must be text (with ${...} for values),"
                        + " not " + entry.value().kind());
            }
        }));
        scope.node().field("body").ifPresent(body -> body(scope, body));
        ChoiceChecks.map(scope, "store").ifPresent(store -> store.entries().forEach((variable, entry) -> {
            ExpressionCheck.declared(scope, variable, entry.keyPosition(), "'store'");
            if (!(entry.value() instanceof YamlNode.Scalar pointer) || !isJsonPointer(pointer)) {
                scope.error(entry.value().position(), "'store' of '" + variable
                        + "' must be a JSON pointer into the reply, such as /customer/name");
            }
        }));
    }

    private static void template(NodeScope scope, String field, YamlNode.Scalar text) {
        ExpressionCheck.template(scope, text, field).map(Template::variables).ifPresent(names ->
                ExpressionCheck.sensitive(scope, names, text.position(), SENT + field));
    }

    private static void body(NodeScope scope, YamlNode value) {
        if (value instanceof YamlNode.Scalar text && !text.isNull()) {
            template(scope, "'body'", text);
        } else if (value instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> body(scope, item));
        } else if (value instanceof YamlNode.Mapping map) {
            map.entries().values().forEach(entry -> body(scope, entry.value()));
        }
    }

    private static boolean isJsonPointer(YamlNode.Scalar pointer) {
        return pointer.value().isEmpty() || pointer.value().startsWith("/");
    }
}
