package org.centralita.designer.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralita.designer.layout.DiagramLayout;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.Placement;
import org.centralita.designer.model.Port;
import org.centralita.designer.model.Ports;
import org.centralita.designer.model.PromptLines;
import org.centralita.flows.edit.AddMenuOption;
import org.centralita.flows.edit.ConnectOutcome;
import org.centralita.flows.edit.CreateNode;
import org.centralita.flows.edit.DeleteNode;
import org.centralita.flows.edit.EditGroup;
import org.centralita.flows.edit.FlowEdit;
import org.centralita.flows.edit.NodeCopy;
import org.centralita.flows.edit.PlaceNodes;
import org.centralita.flows.edit.MoveNode;
import org.centralita.flows.edit.RemoveMenuOption;
import org.centralita.flows.edit.RenameOption;
import org.centralita.flows.edit.RenameNode;
import org.centralita.flows.edit.SetField;
import org.centralita.flows.edit.SetFlowField;
import org.centralita.flows.model.FlowNode;

/**
 * The commands of the flow editor, each an edit of the flows module with the designer's rules
 * in {@code canExecute}: an outcome connects once (drag its connection's end to reconnect), and
 * a {@code return} node only in a subflow.
 */
public final class FlowCommands {

    private final FlowDiagram diagram;

    public FlowCommands(FlowDiagram diagram) {
        this.diagram = diagram;
    }

    public FlowEditCommand move(String nodeId, int x, int y) {
        return new FlowEditCommand(new MoveNode(diagram.document(), nodeId, x, y));
    }

    /** Creates a node of {@code type} with a fresh id ({@code menu-2}) at a place. */
    public FlowEditCommand create(String type, int x, int y) {
        String rule = "return".equals(type) && !SubflowCheck.isSubflow(diagram)
                ? "a 'return' node ends a subflow: no flow of this directory runs '" + diagram.flow().id()
                        + "' as a subflow" : null;
        return new FlowEditCommand(new CreateNode(diagram.document(), freshId(type), type, Map.of(), x, y), rule);
    }

    public FlowEditCommand delete(String nodeId) {
        return new FlowEditCommand(new DeleteNode(diagram.document(), nodeId));
    }

    public FlowEditCommand rename(String oldId, String newId) {
        return new FlowEditCommand(new RenameNode(diagram.document(), oldId, newId));
    }

    /** Sets a field of a node ({@code List.of("timeout")}, {@code List.of("options", "1", "say")}). */
    public FlowEditCommand setField(String nodeId, List<?> path, Object value) {
        return new FlowEditCommand(new SetField(diagram.document(), nodeId, path, value));
    }

    /**
     * Sets what one language hears at a prompt field of a node: text-to-speech text or a recording
     * ({@code {audio: FILE}}); blank text removes the language. A shared prompt (a key of the
     * flow's {@code prompts:}) is changed where it is written; inline text becomes a map by
     * language once a second language is given; null when there is nothing to change.
     */
    public FlowEditCommand setPrompt(String nodeId, String field, String language, boolean recording, String text) {
        PromptLines prompt = PromptLines.of(diagram.flow(), nodeId, field);
        Object value = PromptLines.valueOf(recording, text);
        boolean present = prompt.line(language).filter(l -> !l.text().isEmpty()).isPresent();
        if (value == null && !present) {
            return null;
        }
        return switch (prompt.form()) {
            case KEY -> new FlowEditCommand(new SetFlowField(diagram.document(), List.of("prompts", prompt.key(), language), value));
            case BY_LANGUAGE -> {
                Map<String, Object> rest = prompt.byLanguageWith(language, value);
                yield value == null && rest.isEmpty()
                        ? setField(nodeId, List.of(field), null)
                        : setField(nodeId, List.of(field, language), value);
            }
            case NONE, TEXT -> {
                Map<String, Object> byLanguage = prompt.byLanguageWith(language, value);
                Object only = byLanguage.size() == 1 ? byLanguage.values().iterator().next() : null;
                boolean plainText = only instanceof String
                        && byLanguage.containsKey(diagram.flow().defaultLanguage());
                yield setField(nodeId, List.of(field), byLanguage.isEmpty() ? null : plainText ? only : byLanguage);
            }
            case SEGMENTS -> new FlowEditCommand(new SetField(diagram.document(), nodeId, List.of(field), value),
                    "the prompt of '" + nodeId + "' is made of segments: edit it in the file's text");
        };
    }

    /**
     * Sets, adds or (value null) removes one of the flow's own values ({@code ["name"]},
     * {@code ["defaults", "timeout"]}); a default when the flow has no {@code defaults:} yet adds
     * the section with it.
     */
    public FlowEditCommand setFlowField(List<?> path, Object value) {
        if (path.size() == 2 && "defaults".equals(path.get(0)) && !diagram.flow().root().has("defaults")) {
            return new FlowEditCommand(new SetFlowField(diagram.document(), List.of("defaults"),
                    value == null ? null : Map.of((String) path.get(1), value)));
        }
        return new FlowEditCommand(new SetFlowField(diagram.document(), path, value));
    }

    /**
     * Adds an option to a menu or language node: a menu's through the editing API's
     * {@link AddMenuOption}, any other node's options with their required item fields.
     */
    public FlowEditCommand addOption(String nodeId, String field, String key, Map<String, Object> item) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        if (isMenuOptions(node, field)) {
            Object next = item.get("next");
            @SuppressWarnings("unchecked")
            List<String> say = item.get("say") instanceof List<?> l ? (List<String>) l : List.of();
            return new FlowEditCommand(new AddMenuOption(diagram.document(), nodeId, key, say, next == null ? null : next.toString()));
        }
        String rule = org.centralita.flows.validate.Names.isDtmfKey(key) ? null : "option '" + key + "' must be one DTMF key: 0-9, * or #";
        if (node.field(field).orElse(null) instanceof org.centralita.flows.yaml.YamlNode.Mapping options && !options.entries().isEmpty()) {
            rule = options.has(key) ? "'" + nodeId + "' already has an option '" + key + "'" : rule;
            return new FlowEditCommand(new SetField(diagram.document(), nodeId, List.of(field, key), item), rule);
        }
        return new FlowEditCommand(new SetField(diagram.document(), nodeId, List.of(field), Map.of(key, item)), rule);
    }

    /** Changes the key of an option of a menu or a language node where it is written ({@code "1"} to {@code "5"}). */
    public FlowEditCommand renameOption(String nodeId, String field, String oldKey, String newKey) {
        return new FlowEditCommand(new RenameOption(diagram.document(), nodeId, field, oldKey, newKey));
    }

    /** Removes an option of a menu (the editing API's {@link RemoveMenuOption}) or of a language node. */
    public FlowEditCommand removeOption(String nodeId, String field, String key) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        return isMenuOptions(node, field)
                ? new FlowEditCommand(new RemoveMenuOption(diagram.document(), nodeId, key))
                : setField(nodeId, List.of(field, key), null);
    }

    private static boolean isMenuOptions(FlowNode node, String field) {
        return "options".equals(field) && node.type().map(t -> t.dynamicOutcomes() == org.centralita.flows.registry.NodeType.DynamicOutcomes.OPTIONS).orElse(false);
    }

    /** Appends a decision branch (or the first one, with the list). */
    public FlowEditCommand addBranch(String nodeId, String field, Map<String, Object> branch) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        if (node.field(field).orElse(null) instanceof org.centralita.flows.yaml.YamlNode.Sequence list && !list.items().isEmpty()) {
            return setField(nodeId, List.of(field, list.items().size()), branch);
        }
        return setField(nodeId, List.of(field), List.of(branch));
    }

    /** Points an outcome at a node, connected or not yet; an empty target disconnects it; null when nothing changes. */
    public FlowEditCommand route(String nodeId, String outcome, String target) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        String now = Ports.of(node).stream().filter(p -> p.name().equals(outcome)).map(p -> p.target()).findFirst().orElse(null);
        String wanted = target == null || target.isBlank() ? null : target.strip();
        if (java.util.Objects.equals(now, wanted)) {
            return null;
        }
        return wanted == null ? disconnect(nodeId, outcome) : reconnect(nodeId, outcome, wanted);
    }

    /** Connects an unconnected outcome; refused when the outcome already leads somewhere. */
    public FlowEditCommand connect(String nodeId, String outcome, String target) {
        FlowNode node = diagram.flow().node(nodeId).orElse(null);
        String rule = node != null && Ports.of(node).stream().anyMatch(p -> p.name().equals(outcome) && p.connected())
                ? "outcome '" + outcome + "' of node '" + nodeId + "' is already connected: drag its connection's end to reconnect it"
                : null;
        return new FlowEditCommand(edit(nodeId, outcome, target), rule);
    }

    /** Points an outcome at another node. */
    public FlowEditCommand reconnect(String nodeId, String outcome, String target) {
        return new FlowEditCommand(edit(nodeId, outcome, target));
    }

    /** Leaves an outcome unconnected. */
    public FlowEditCommand disconnect(String nodeId, String outcome) {
        return new FlowEditCommand(edit(nodeId, outcome, null));
    }

    private ConnectOutcome edit(String nodeId, String outcome, String target) {
        FlowNode node = diagram.flow().node(nodeId).orElseThrow();
        return new ConnectOutcome(diagram.document(), nodeId, Ports.outcomeOf(node, outcome), target);
    }

    /** Copies nodes of the diagram: their values, places, and where their outcomes go. */
    public CopiedNodes copy(List<String> nodeIds) {
        List<NodeCopy> nodes = new ArrayList<>();
        Map<String, Placement> places = new LinkedHashMap<>();
        Map<String, List<CopiedNodes.CopiedOutcome>> outcomes = new LinkedHashMap<>();
        for (String id : nodeIds) {
            FlowNode node = diagram.flow().node(id).orElse(null);
            if (node == null) {
                continue;
            }
            nodes.add(NodeCopy.of(node));
            places.put(id, diagram.place(id));
            outcomes.put(id, Ports.of(node).stream().filter(Port::connected)
                    .map(p -> new CopiedNodes.CopiedOutcome(Ports.outcomeOf(node, p.name()).path(), p.target())).toList());
        }
        return new CopiedNodes(nodes, places, outcomes);
    }

    /**
     * Pastes copied nodes as one edit, each with a fresh id ({@code greet-2}) and moved by
     * (dx, dy): an outcome that went to a node copied with it goes to that node's copy, the
     * others are left unconnected.
     */
    public FlowEditCommand paste(CopiedNodes copied, int dx, int dy) {
        Set<String> taken = new HashSet<>(diagram.flow().nodes().keySet());
        Map<String, String> fresh = new LinkedHashMap<>();
        for (NodeCopy node : copied.nodes()) {
            String id = freshId(node.id().replaceFirst("-\\d+$", ""), 2, taken);
            taken.add(id);
            fresh.put(node.id(), id);
        }
        List<FlowEdit> edits = new ArrayList<>();
        for (NodeCopy node : copied.nodes()) {
            NodeCopy pasted = node;
            for (CopiedNodes.CopiedOutcome outcome : copied.outcomes().getOrDefault(node.id(), List.of())) {
                pasted = pasted.withOutcome(outcome.path(), fresh.get(outcome.target()));
            }
            Placement place = copied.places().getOrDefault(node.id(), new Placement(0, 0));
            edits.add(new CreateNode(diagram.document(), fresh.get(node.id()), pasted.type(), pasted.fields(),
                    place.x() + dx, place.y() + dy));
        }
        return new FlowEditCommand(new EditGroup("Paste " + edits.size() + (edits.size() == 1 ? " node" : " nodes"), edits));
    }

    /** Lays the whole flow out (ELK, left to right) as one edit that rewrites the layout lines. */
    public FlowEditCommand layout() {
        Map<String, PlaceNodes.Place> places = new LinkedHashMap<>();
        DiagramLayout.of(diagram).forEach((id, place) -> places.put(id, new PlaceNodes.Place(place.x(), place.y())));
        Map<String, PlaceNodes.Place> ordered = new LinkedHashMap<>();
        diagram.flow().nodes().keySet().forEach(id -> ordered.put(id, places.get(id)));
        return new FlowEditCommand(new PlaceNodes(diagram.document(), ordered));
    }

    private String freshId(String type) {
        return freshId(type, 1, diagram.flow().nodes().keySet());
    }

    private static String freshId(String base, int first, Set<String> taken) {
        int n = first;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
