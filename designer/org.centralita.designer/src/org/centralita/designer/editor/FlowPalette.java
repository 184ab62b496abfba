package org.centralita.designer.editor;

import org.centralita.designer.Messages;
import org.centralita.designer.figures.NodeIcons;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.SimpleFactory;

/** The palette: one entry per node type of the registry, in the registry's order. */
public final class FlowPalette {

    private FlowPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup(Messages.Palette_tools);
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        tools.add(new ConnectionCreationToolEntry(Messages.Palette_connect, Messages.Palette_connectHelp,
                null, null, null));
        root.add(tools);
        root.setDefaultEntry(select);
        PaletteDrawer nodes = new PaletteDrawer(Messages.Palette_nodes);
        for (NodeType type : NodeTypes.all()) {
            nodes.add(new CombinedTemplateCreationEntry(type.label(), type.description(), type.name(),
                    new NodeTypeFactory(type.name()), NodeIcons.descriptor(type.name()), NodeIcons.descriptor(type.name())));
        }
        root.add(nodes);
        return root;
    }

    /** Hands the creation tool the name of the type to create. */
    public static final class NodeTypeFactory extends SimpleFactory {
        private final String typeName;

        public NodeTypeFactory(String typeName) {
            super(String.class);
            this.typeName = typeName;
        }

        @Override
        public Object getNewObject() {
            return typeName;
        }

        @Override
        public Object getObjectType() {
            return String.class;
        }
    }
}
