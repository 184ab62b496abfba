package org.centralita.flows.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/** Checks a flow's top level: known keys, id, languages, start, on-error, defaults, layout. */
final class FlowHeaderCheck {

    private FlowHeaderCheck() {
    }

    static void check(FlowScope scope) {
        Flow flow = scope.flow();
        NodeScope file = scope.file();
        flow.root().entries().forEach((key, entry) -> {
            if (!FlowSections.TOP_LEVEL_KEYS.contains(key)) {
                file.error(entry.keyPosition(), "unknown top-level key '" + key + "'"
                        + DidYouMean.suggest(key, FlowSections.TOP_LEVEL_KEYS));
            }
        });
        id(scope);
        languages(file);
        nodeReference(scope, "start", true);
        nodeReference(scope, "on-error", false);
        defaults(file);
        if (!flow.root().has("nodes")) {
            file.error(SourcePosition.start(flow.file()), "missing 'nodes' (the flow's nodes, by id)");
        } else if (!(flow.root().get("nodes").orElseThrow() instanceof YamlNode.Mapping)) {
            file.error(flow.positionOf("nodes"), "'nodes' must be a map of node id to node");
        }
        flow.root().get("layout").filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
                .ifPresent(layout -> layout.entries().forEach((id, entry) -> {
                    if (!scope.hasNode(id)) {
                        file.warning(entry.keyPosition(), "'layout' places unknown node '" + id + "'");
                    }
                }));
    }

    private static void id(FlowScope scope) {
        Flow flow = scope.flow();
        String fileName = Path.of(flow.file()).getFileName().toString();
        String stem = fileName.endsWith(FlowSet.FLOW_SUFFIX)
                ? fileName.substring(0, fileName.length() - FlowSet.FLOW_SUFFIX.length()) : fileName;
        if (flow.root().text("id").isEmpty()) {
            scope.error(SourcePosition.start(flow.file()), null, "missing 'id' (the flow's id, its file name without "
                    + FlowSet.FLOW_SUFFIX + ")");
        } else if (!Names.isId(flow.id())) {
            scope.error(flow.positionOf("id"), null, "id '" + flow.id() + "' must match [a-z][a-z0-9-]*");
        } else if (!flow.id().equals(stem)) {
            scope.error(flow.positionOf("id"), null, "id '" + flow.id() + "' differs from the file name '" + fileName
                    + "': a flow's id is its file name without " + FlowSet.FLOW_SUFFIX);
        }
    }

    private static void languages(NodeScope file) {
        YamlNode written = file.model().root().get("languages").orElse(null);
        if (written == null) {
            return;
        }
        if (!(written instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            file.error(written.position(), "'languages' must be a list of language tags such as [en-US, es-ES]");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            String tag = item instanceof YamlNode.Scalar s ? s.value() : "";
            if (!Names.isLanguage(tag)) {
                file.error(item.position(), "language '" + tag + "' is not a language tag such as en-US");
            } else if (!seen.add(tag)) {
                file.error(item.position(), "language '" + tag + "' is listed twice");
            }
        }
    }

    private static void nodeReference(FlowScope scope, String key, boolean required) {
        Flow flow = scope.flow();
        YamlNode written = flow.root().get(key).orElse(null);
        if (written == null) {
            if (required) {
                scope.error(SourcePosition.start(flow.file()), null, "missing '" + key + "' (the id of the first node)");
            }
        } else if (!(written instanceof YamlNode.Scalar s) || s.isNull()) {
            scope.error(written.position(), null, "'" + key + "' must name a node, not " + written.kind());
        } else if (!scope.hasNode(s.value())) {
            scope.error(written.position(), null, "'" + key + "' names unknown node '" + s.value() + "'"
                    + DidYouMean.suggest(s.value(), scope.nodeIds()));
        }
    }

    private static void defaults(NodeScope file) {
        file.model().root().get("defaults").ifPresent(defaults -> {
            if (!(defaults instanceof YamlNode.Mapping map)) {
                file.error(defaults.position(), "'defaults' must be a map, not " + defaults.kind());
                return;
            }
            var names = FlowSections.DEFAULTS.stream().map(FieldSpec::name).toList();
            map.entries().forEach((key, entry) -> FlowSections.DEFAULTS.stream()
                    .filter(f -> f.name().equals(key)).findFirst()
                    .ifPresentOrElse(spec -> FieldCheck.check(file, spec, entry.value()),
                            () -> file.error(entry.keyPosition(), "unknown key '" + key + "' in 'defaults'"
                                    + DidYouMean.suggest(key, names))));
        });
    }
}
