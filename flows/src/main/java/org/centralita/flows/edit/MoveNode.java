package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Moves a node on the diagram: only its {@code layout:} line changes (the line is added, or the
 * section, when the node had no place yet).
 */
public final class MoveNode extends TextEdit {

    private final FlowDocument document;
    private final String nodeId;
    private final int x;
    private final int y;

    public MoveNode(FlowDocument document, String nodeId, int x, int y) {
        this.document = document;
        this.nodeId = nodeId;
        this.x = x;
        this.y = y;
    }

    @Override
    public String label() {
        return "Move node '" + nodeId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        outline.node(nodeId);
        return List.of(new DocumentChange(document, place(outline, nodeId, x, y)));
    }

    /** The change that puts {@code id} at (x, y) in the layout, whatever the layout holds now. */
    static TextChange place(FlowOutline outline, String id, int x, int y) {
        YamlSource source = outline.source();
        MappingPatches patches = new MappingPatches(source);
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("x", x);
        point.put("y", y);
        Optional<NodeTuple> entry = outline.layoutEntry(id);
        if (entry.isPresent() && entry.get().getValueNode() instanceof MappingNode written
                && YamlSource.entry(written, "x").isPresent() && YamlSource.entry(written, "y").isPresent()) {
            return coordinates(source, patches, written, point);
        }
        if (entry.isPresent()) {
            return patches.replace(outline.layout().orElseThrow(), entry.get(), point);
        }
        Optional<MappingNode> layout = outline.layout();
        if (layout.isPresent() && !layout.get().getValue().isEmpty()) {
            return patches.add(layout.get(), id, point, 1);
        }
        Map<String, Object> section = Map.of(id, point);
        return YamlSource.entry(source.root(), FlowOutline.LAYOUT)
                .map(tuple -> patches.replace(source.root(), tuple, section))
                .orElseGet(() -> patches.add(source.root(), FlowOutline.LAYOUT, section));
    }

    /** Both coordinates as one change, spanning from x's value to y's (they share a line). */
    private static TextChange coordinates(YamlSource source, MappingPatches patches, MappingNode written,
                                          Map<String, Object> point) {
        List<TextChange> changes = new ArrayList<>();
        for (String axis : List.of("x", "y")) {
            changes.add(patches.replace(written, YamlSource.entry(written, axis).orElseThrow(), point.get(axis)));
        }
        changes.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        TextChange first = changes.get(0);
        TextChange second = changes.get(1);
        int end = second.offset() + second.removed().length();
        String between = source.text().substring(first.offset() + first.removed().length(), second.offset());
        return new TextChange(first.offset(), source.text().substring(first.offset(), end),
                first.inserted() + between + second.inserted());
    }
}
