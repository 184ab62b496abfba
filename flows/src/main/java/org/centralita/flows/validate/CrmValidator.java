package org.centralita.flows.validate;

import java.util.Set;
import org.centralita.flows.expr.Template;
import org.centralita.flows.yaml.YamlNode;

/**
 * A CRM look-up: the path and the body's texts are templates, the query parameters expressions,
 * and the reply is stored into declared variables by JSON pointer. Sensitive values sent out are
 * warned: the runtime sends them as {@code ***}.
 */
final class CrmValidator implements NodeValidator {

    private static final String SENT = "is sent to the CRM as *** in ";

    @Override
    public String type() {
        return "crm";
    }

    @Override
    public void validate(NodeScope scope) {
        scope.node().field("path").filter(YamlNode.Scalar.class::isInstance)
                .ifPresent(path -> template(scope, "'path'", (YamlNode.Scalar) path));
        ChoiceChecks.map(scope, "query").ifPresent(query -> query.entries().forEach((name, entry) -> {
            if (entry.value() instanceof YamlNode.Scalar text && text.value().contains("${")) {
                scope.error(text.position(), "'query' '" + name + "' is an expression, not a template: write "
                        + "account rather than ${account}, and quote literal text ('\"card\"')");
            } else {
                ExpressionCheck.expression(scope, entry.value(), "'query' '" + name + "' (an expression: quote "
                        + "literal text, '\"card\"')", Set.of()).ifPresent(expression ->
                        ExpressionCheck.sensitive(scope, expression.variables(), entry.value().position(), SENT + "'query'"));
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
