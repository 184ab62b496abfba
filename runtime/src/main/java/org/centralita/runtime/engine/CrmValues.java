package org.centralita.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.centralita.flows.expr.Template;

/** Converts between flow values and the JSON and URLs of CRM calls. */
final class CrmValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CrmValues() {
    }

    /** The names with every text value encoded as a URL path segment ("+34 600" → "%2B34%20600"). */
    static Map<String, Object> pathSafe(Map<String, Object> names) {
        Map<String, Object> safe = new HashMap<>();
        names.forEach((name, value) -> safe.put(name, pathSafeValue(value)));
        return safe;
    }

    @SuppressWarnings("unchecked")
    private static Object pathSafeValue(Object value) {
        if (value instanceof String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
        if (value instanceof Map<?, ?> map) {
            return pathSafe((Map<String, Object>) map);
        }
        return value;
    }

    /** The node's body as JSON, its text templates filled in by {@code render}. */
    static JsonNode json(Object body, Function<Template, String> render) {
        if (body instanceof Template template) {
            return NODES.textNode(render.apply(template));
        }
        if (body instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, value) -> object.set(String.valueOf(key), json(value, render)));
            return object;
        }
        if (body instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(json(item, render)));
            return array;
        }
        if (body instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (body instanceof Number n) {
            return NODES.numberNode(new BigDecimal(n.toString()));
        }
        return body == null ? NODES.nullNode() : NODES.textNode(String.valueOf(body));
    }

    /** A reply value as a flow value: text, number, boolean, or its JSON text. */
    static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.toString();
    }
}
