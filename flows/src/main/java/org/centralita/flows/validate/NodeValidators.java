package org.centralita.flows.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.flows.registry.NodeTypes;

/** The validator of every node type, by type name; adding a type adds one line here. */
final class NodeValidators {

    private static final Map<String, NodeValidator> BY_TYPE = byType(List.of(
            new PlayValidator(), new MenuValidator(), new InputValidator(), new SetValidator(),
            new DecisionValidator(), new RulesValidator(), new CrmValidator(), new HoursValidator(),
            new QueueValidator(), new TransferValidator(), new VoicemailValidator(), new RecordValidator(),
            new CallbackValidator(), new LanguageValidator(), new SubflowValidator(), new ReturnValidator(),
            new HangupValidator()));

    private NodeValidators() {
    }

    /** The validator of a registry type. */
    static NodeValidator of(String type) {
        NodeValidator validator = BY_TYPE.get(type);
        if (validator == null) {
            throw new IllegalStateException("no validator for node type '" + type + "'");
        }
        return validator;
    }

    static Map<String, NodeValidator> all() {
        return Collections.unmodifiableMap(BY_TYPE);
    }

    private static Map<String, NodeValidator> byType(List<NodeValidator> validators) {
        Map<String, NodeValidator> map = new LinkedHashMap<>();
        for (NodeValidator validator : validators) {
            if (NodeTypes.get(validator.type()).isEmpty() || map.put(validator.type(), validator) != null) {
                throw new IllegalStateException("validator for an unknown or repeated type: " + validator.type());
            }
        }
        return map;
    }
}
