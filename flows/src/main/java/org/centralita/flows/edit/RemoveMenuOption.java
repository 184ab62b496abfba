package org.centralita.flows.edit;

import java.util.List;

/** Removes an option from a menu, with its phrases and its way on. */
public final class RemoveMenuOption extends SetField {

    private final String key;

    public RemoveMenuOption(FlowDocument document, String nodeId, String key) {
        super(document, nodeId, List.of(AddMenuOption.OPTIONS, key), null);
        this.key = key;
    }

    @Override
    public String label() {
        return "Remove option '" + key + "' from menu '" + nodeId() + "'";
    }
}
