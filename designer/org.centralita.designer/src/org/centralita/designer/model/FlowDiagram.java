package org.centralita.designer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.edit.FlowDocument;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlNode;

/**
 * The flow an editor shows: the file's text, the flow read from it, and where each node is
 * drawn. Every edit replaces the text and the flow at once and tells the listeners, which
 * refresh the viewer from here.
 */
public final class FlowDiagram {

    /** Told after every change of the flow. */
    public interface Listener {
        void flowChanged(FlowDiagram diagram);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Placement> computedPlaces = new HashMap<>();
    private FlowDocument document;
    private Wires wires;
    private Flow validated;
    private List<Problem> problems = List.of();

    private FlowDiagram(FlowDocument document) {
        take(document);
    }

    private void take(FlowDocument newDocument) {
        this.document = newDocument;
        newDocument.addChangeListener(d -> listeners.forEach(l -> l.flowChanged(this)));
    }

    /**
     * Reads the file again (it changed on disk): the flow shown becomes the file's; a file that
     * is no longer a readable flow throws and the flow shown stays as it was.
     */
    public void reload() throws FlowReadException {
        take(FlowDocument.open(document.path()));
        listeners.forEach(l -> l.flowChanged(this));
    }

    /** Reads a flow file; a file that is not a readable flow throws with its position. */
    public static FlowDiagram open(Path file) throws FlowReadException {
        return new FlowDiagram(FlowDocument.open(file));
    }

    public Path file() {
        return document.path();
    }

    /** The document the edits change (the flows module's editing API works on it). */
    public FlowDocument document() {
        return document;
    }

    /** The file's text as it would be saved now. */
    public String text() {
        return document.text();
    }

    public Flow flow() {
        return document.flow();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public List<DiagramNode> nodes() {
        List<DiagramNode> nodes = new ArrayList<>();
        flow().nodes().keySet().forEach(id -> nodes.add(new DiagramNode(this, id)));
        return nodes;
    }

    /** The connections leaving {@code id}, one per connected port. */
    public List<OutcomeWire> wiresFrom(String id) {
        return wires().from.getOrDefault(id, List.of());
    }

    /** The connections arriving at {@code id}. */
    public List<OutcomeWire> wiresTo(String id) {
        return wires().to.getOrDefault(id, List.of());
    }

    /**
     * The validation messages of the flow as it is now (with the other flows of its directory,
     * see {@link DiagramProblems}), computed once per change of the flow for every view.
     */
    public List<Problem> problems() {
        Flow now = flow();
        if (validated != now) {
            problems = DiagramProblems.of(this);
            validated = now;
        }
        return problems;
    }

    /** Every connection of the flow, by source and by target, made once per change of the flow. */
    private Wires wires() {
        Flow now = flow();
        if (wires == null || wires.flow != now) {
            Map<String, List<OutcomeWire>> from = new HashMap<>();
            Map<String, List<OutcomeWire>> to = new HashMap<>();
            for (FlowNode node : now.nodes().values()) {
                for (Port port : Ports.of(node)) {
                    if (port.connected() && now.nodes().containsKey(port.target())) {
                        OutcomeWire wire = new OutcomeWire(node.id(), port.name(), port.target());
                        from.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(wire);
                        to.computeIfAbsent(port.target(), k -> new ArrayList<>()).add(wire);
                    }
                }
            }
            wires = new Wires(now, from, to);
        }
        return wires;
    }

    private record Wires(Flow flow, Map<String, List<OutcomeWire>> from, Map<String, List<OutcomeWire>> to) {
    }

    /** Where the file's {@code layout:} places the node, if it does. */
    public Optional<Placement> writtenPlace(String id) {
        if (flow().root().get("layout").orElse(null) instanceof YamlNode.Mapping layout
                && layout.get(id).orElse(null) instanceof YamlNode.Mapping place) {
            Optional<Integer> x = place.text("x").flatMap(FlowDiagram::integer);
            Optional<Integer> y = place.text("y").flatMap(FlowDiagram::integer);
            if (x.isPresent() && y.isPresent()) {
                return Optional.of(new Placement(x.get(), y.get()));
            }
        }
        return Optional.empty();
    }

    /** Where the node is drawn: as written, else as laid out automatically. */
    public Placement place(String id) {
        return writtenPlace(id).or(() -> Optional.ofNullable(computedPlaces.get(id)))
                .orElse(new Placement(0, 0));
    }

    /** Whether some node has no place written in the file (the diagram needs a layout). */
    public boolean needsLayout() {
        return flow().nodes().keySet().stream().anyMatch(id -> writtenPlace(id).isEmpty());
    }

    /** Places computed by the automatic layout, for the nodes the file does not place. */
    public void setComputedPlaces(Map<String, Placement> places) {
        computedPlaces.clear();
        computedPlaces.putAll(places);
        listeners.forEach(l -> l.flowChanged(this));
    }

    /**
     * The nodes a search names, in the file's order: those whose id holds {@code query} first,
     * then those whose text (a prompt in any language, a prompt key's text, any other value)
     * holds it, ignoring case. An empty query finds nothing.
     */
    public List<String> find(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> byId = new ArrayList<>();
        List<String> byText = new ArrayList<>();
        for (FlowNode node : flow().nodes().values()) {
            if (node.id().toLowerCase(Locale.ROOT).contains(wanted)) {
                byId.add(node.id());
            } else if (node.body().entries().entrySet().stream()
                    .anyMatch(e -> !"type".equals(e.getKey()) && holds(e.getValue().value(), wanted))) {
                byText.add(node.id());
            }
        }
        byId.addAll(byText);
        return byId;
    }

    private boolean holds(YamlNode value, String wanted) {
        if (value instanceof YamlNode.Scalar scalar) {
            if (scalar.isNull()) {
                return false;
            }
            YamlNode prompt = flow().prompts().get(scalar.value());
            return scalar.value().toLowerCase(Locale.ROOT).contains(wanted) || prompt != null && holds(prompt, wanted);
        }
        if (value instanceof YamlNode.Sequence list) {
            return list.items().stream().anyMatch(item -> holds(item, wanted));
        }
        return value instanceof YamlNode.Mapping map && map.entries().values().stream().anyMatch(e -> holds(e.value(), wanted));
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of((int) Math.round(Double.parseDouble(text.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
