package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Places many nodes on the diagram at once (an automatic layout): one edit, planned on the text
 * once, that changes only {@code layout:} lines, each node's line rewritten or added (with the
 * section when the file has none), so one undo takes the whole layout back.
 */
public final class PlaceNodes extends TextEdit {

    /** Where a node's top-left corner goes. */
    public record Place(int x, int y) {
    }

    private final FlowDocument document;
    private final Map<String, Place> places;

    public PlaceNodes(FlowDocument document, Map<String, Place> places) {
        this.document = document;
        this.places = new LinkedHashMap<>(places);
    }

    @Override
    public String label() {
        return "Lay out " + places.size() + " nodes";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        MappingPatches patches = new MappingPatches(outline.source());
        List<DocumentChange> changes = new ArrayList<>();
        Map<String, Object> missing = new LinkedHashMap<>();
        for (Map.Entry<String, Place> entry : places.entrySet()) {
            String id = entry.getKey();
            outline.node(id);
            Place place = entry.getValue();
            if (outline.layoutEntry(id).isPresent()) {
                changes.add(new DocumentChange(document, MoveNode.place(outline, id, place.x(), place.y())));
            } else {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", place.x());
                point.put("y", place.y());
                missing.put(id, point);
            }
        }
        if (missing.isEmpty()) {
            return changes;
        }
        Optional<MappingNode> layout = outline.layout();
        if (layout.isPresent() && !layout.get().getValue().isEmpty()) {
            missing.forEach((id, point) -> changes.add(new DocumentChange(document, patches.add(layout.get(), id, point, 1))));
            return changes;
        }
        YamlSource source = outline.source();
        changes.add(new DocumentChange(document, YamlSource.entry(source.root(), FlowOutline.LAYOUT)
                .map(tuple -> patches.replace(source.root(), tuple, missing))
                .orElseGet(() -> patches.add(source.root(), FlowOutline.LAYOUT, missing))));
        return changes;
    }
}
