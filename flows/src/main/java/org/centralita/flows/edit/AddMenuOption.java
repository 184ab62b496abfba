package org.centralita.flows.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.validate.Names;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Adds an option to a menu: a DTMF key, the phrases a caller may say for it and the node it goes
 * to, written like the menu's other options ({@code "1": {say: [balance], next: read-balance}}).
 */
public final class AddMenuOption extends TextEdit {

    static final String OPTIONS = "options";

    private final FlowDocument document;
    private final String nodeId;
    private final String key;
    private final Map<String, Object> option = new LinkedHashMap<>();

    /** @param phrases what a caller may say for the option (may be empty: keys only) */
    public AddMenuOption(FlowDocument document, String nodeId, String key, List<String> phrases, String next) {
        this.document = document;
        this.nodeId = nodeId;
        this.key = key;
        if (!phrases.isEmpty()) {
            option.put("say", List.copyOf(phrases));
        }
        option.put("next", next);
    }

    @Override
    public String label() {
        return "Add option '" + key + "' to menu '" + nodeId + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        FlowOutline outline = new FlowOutline(document.source());
        MappingNode menu = outline.node(nodeId);
        if (!Names.DTMF_KEY.matcher(key).matches()) {
            throw new EditException("option '" + key + "' must be one DTMF key: 0-9, * or #");
        }
        Optional<MappingNode> options = YamlSource.mapping(menu, OPTIONS);
        if (options.flatMap(map -> YamlSource.entry(map, key)).isPresent()) {
            throw new EditException("menu '" + nodeId + "' already has an option '" + key + "'");
        }
        MappingPatches patches = new MappingPatches(outline.source());
        return List.of(new DocumentChange(document, options.filter(map -> !map.getValue().isEmpty())
                .map(map -> patches.add(map, key, option))
                .orElseGet(() -> patches.put(menu, OPTIONS, Map.of(key, option)))));
    }
}
