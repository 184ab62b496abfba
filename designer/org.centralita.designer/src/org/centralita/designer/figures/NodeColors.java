package org.centralita.designer.figures;

import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * The fill of a node by what its type does, as the registry says: talks with the caller, ends
 * the call, or decides without the caller.
 */
public final class NodeColors {

    private NodeColors() {
    }

    public static Color of(String typeName) {
        Display display = Display.getCurrent();
        NodeType type = NodeTypes.get(typeName).orElse(null);
        if (type == null) {
            return new Color(display, 255, 220, 220);
        }
        if (type.endsCall()) {
            return new Color(display, 255, 236, 210);
        }
        if (type.waitsForCaller()) {
            return new Color(display, 220, 235, 255);
        }
        return new Color(display, 228, 245, 225);
    }
}
