package org.centralita.flows.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * One flow file as written, read leniently: sections that are malformed read as empty here and
 * the validator reports them against {@link #root()}.
 */
public final class Flow {

    private final String file;
    private final YamlNode.Mapping root;
    private final Map<String, VariableDecl> variables;
    private final Map<String, YamlNode> prompts;
    private final Map<String, FlowNode> nodes;

    Flow(String file, YamlNode.Mapping root, Map<String, VariableDecl> variables,
         Map<String, YamlNode> prompts, Map<String, FlowNode> nodes) {
        this.file = file;
        this.root = root;
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** The file it was read from, as named in messages. */
    public String file() {
        return file;
    }

    /** The whole document as written. */
    public YamlNode.Mapping root() {
        return root;
    }

    public String id() {
        return root.text("id").orElse("");
    }

    public String name() {
        return root.text("name").orElse(id());
    }

    public String description() {
        return root.text("description").orElse("");
    }

    /** The languages, the default first; {@code en-US} when none are declared. */
    public List<String> languages() {
        List<String> languages = root.get("languages")
                .filter(YamlNode.Sequence.class::isInstance).map(YamlNode.Sequence.class::cast)
                .map(s -> s.items().stream().filter(YamlNode.Scalar.class::isInstance)
                        .map(i -> ((YamlNode.Scalar) i).value()).toList())
                .orElse(List.of());
        return languages.isEmpty() ? List.of("en-US") : languages;
    }

    public String defaultLanguage() {
        return languages().get(0);
    }

    public Optional<String> start() {
        return root.text("start");
    }

    public Optional<String> onError() {
        return root.text("on-error");
    }

    public Map<String, VariableDecl> variables() {
        return variables;
    }

    public Map<String, YamlNode> prompts() {
        return prompts;
    }

    /** The nodes in the order written. */
    public Map<String, FlowNode> nodes() {
        return nodes;
    }

    public Optional<FlowNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public SourcePosition position() {
        return root.position();
    }

    /** The position of a top-level key's value, or the start of the file when it is absent. */
    public SourcePosition positionOf(String key) {
        return root.get(key).map(YamlNode::position).orElse(SourcePosition.start(file));
    }

    /** The defaults as declared, the built-in ones for whatever is left out or malformed. */
    public Defaults defaults() {
        return FlowDefaultsReader.read(root.get("defaults"));
    }

    public boolean isSensitive(String variable) {
        VariableDecl decl = variables.get(variable);
        return decl != null && decl.sensitive();
    }

    @Override
    public String toString() {
        return "Flow[" + id() + " from " + file + ", " + nodes.size() + " nodes]";
    }
}
