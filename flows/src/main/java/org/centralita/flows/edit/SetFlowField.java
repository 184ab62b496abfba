package org.centralita.flows.edit;

import java.util.List;
import org.centralita.flows.validate.FlowSections;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Sets one value of the flow itself by its path from the top of the file: {@code ["name"]},
 * {@code ["start"]}, {@code ["defaults", "timeout"]}, {@code ["prompts", "welcome", "es-ES"]},
 * {@code ["variables", "pin", "sensitive"]}; null removes it. {@code start} and {@code on-error}
 * must name a node of the flow. A new top-level key is written where the format's order puts it
 * ({@code name} after {@code id}, {@code defaults} after {@code start}).
 */
public final class SetFlowField extends SetField {

    private static final List<String> NODE_KEYS = List.of("start", "on-error");

    private final List<?> path;
    private final Object value;

    public SetFlowField(FlowDocument document, List<?> path, Object value) {
        super(document, null, path, value);
        this.path = List.copyOf(path);
        this.value = value;
    }

    @Override
    protected List<DocumentChange> plan() {
        if (path.size() == 1 && NODE_KEYS.contains(path.get(0)) && value != null
                && document().flow().node(value.toString()).isEmpty()) {
            throw new EditException("'" + path.get(0) + "' must name a node of this flow; there is no node '" + value + "'");
        }
        Object key = path.get(0);
        FlowOutline outline = new FlowOutline(document().source());
        MappingNode root = outline.source().root();
        if (path.size() > 1 || value == null || YamlSource.entry(root, key.toString()).isPresent()
                || !outline.source().isBlock(root)) {
            return super.plan();
        }
        int order = FlowSections.TOP_LEVEL_KEYS.indexOf(key.toString());
        return root.getValue().stream()
                .filter(t -> FlowSections.TOP_LEVEL_KEYS.indexOf(YamlSource.key(t)) > order && order >= 0)
                .findFirst()
                .map(next -> List.of(new DocumentChange(document(),
                        new MappingPatches(outline.source()).addBefore(root, next, key.toString(), value))))
                .orElseGet(super::plan);
    }
}
