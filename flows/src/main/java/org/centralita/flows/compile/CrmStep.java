package org.centralita.flows.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.centralita.flows.executable.CrmNode;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.yaml.YamlNode;

/**
 * Compiles {@code crm} nodes: the query's values are expressions, the body's texts become
 * templates, its numbers and flags stay values.
 */
final class CrmStep implements NodeStep {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    @Override
    public ExecutableNode compile(NodeContext node) {
        return new CrmNode(node.id(), node.text("connector"), node.text("method"), node.template("path"),
                node.expressions("query"), node.value("body").map(b -> body(b, node)).orElse(null),
                node.duration("timeout"), node.texts("store"), node.outcome("found"), node.outcome("not-found"),
                node.outcome("error"));
    }

    private static Object body(YamlNode written, NodeContext node) {
        if (written instanceof YamlNode.Mapping map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> fields.put(key, body(entry.value(), node)));
            return Collections.unmodifiableMap(fields);
        }
        if (written instanceof YamlNode.Sequence seq) {
            List<Object> items = new ArrayList<>();
            seq.items().forEach(item -> items.add(body(item, node)));
            return Collections.unmodifiableList(items);
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) written;
        if (scalar.isNull()) {
            return null;
        }
        if (!scalar.quoted() && ("true".equals(scalar.value()) || "false".equals(scalar.value()))) {
            return Boolean.valueOf(scalar.value());
        }
        if (!scalar.quoted() && NUMBER.matcher(scalar.value()).matches()) {
            return new BigDecimal(scalar.value());
        }
        return node.template(scalar.value(), scalar.position());
    }
}
