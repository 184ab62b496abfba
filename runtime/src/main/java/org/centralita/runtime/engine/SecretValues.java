package org.centralita.runtime.engine;

import java.util.HashMap;
import java.util.Map;
import org.centralita.flows.expr.Template;
import org.centralita.runtime.trace.Masking;

/** The secret values a call holds, masked in what leaves the runtime and scrubbed out of messages. */
final class SecretValues {

    private SecretValues() {
    }

    /** The frame's variables with every secret one reading {@code ***}. */
    static Map<String, Object> masked(FlowFrame frame) {
        Map<String, Object> masked = new HashMap<>(frame.variables());
        masked.replaceAll((name, value) -> frame.isSecret(name) && value != null ? Masking.MASK : value);
        return masked;
    }

    /**
     * {@code message} with the text of every secret value of every running flow replaced by
     * {@code ***}: a failure's message (a converter, a rule, a library) may quote a value.
     */
    static String scrub(String message, Iterable<FlowFrame> frames) {
        if (message == null) {
            return null;
        }
        String scrubbed = message;
        for (FlowFrame frame : frames) {
            for (Map.Entry<String, Object> variable : frame.variables().entrySet()) {
                String text = Template.display(variable.getValue());
                if (!text.isEmpty() && frame.isSecret(variable.getKey())) {
                    scrubbed = scrubbed.replace(text, Masking.MASK);
                }
            }
        }
        return scrubbed;
    }
}
