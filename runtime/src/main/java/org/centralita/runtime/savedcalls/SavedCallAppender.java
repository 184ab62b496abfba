package org.centralita.runtime.savedcalls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds a call to a flow's calls file ({@code simulate --save-as}) by appending its text at the
 * end: what the file already says, comments included, is never rewritten. A new file starts with
 * a comment and {@code calls:}.
 */
public final class SavedCallAppender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String dash;
    private final String keys;

    private SavedCallAppender(Path file, String dash, String keys) {
        this.file = file;
        this.dash = dash;
        this.keys = keys;
    }

    /** A call as {@code simulate} made it: its settings as written on the command line, and what it did. */
    public record Made(String name, String ani, String dnis, String at, String language, Map<String, String> variables,
                       String queueResult, String transferResult, String keys, List<String> path, String end) {
    }

    /**
     * An appender for {@code file} that can take a call named {@code name}.
     *
     * @throws IllegalArgumentException with the lines to show when it cannot: the file does not
     *         read as a calls file, it already has a call of that name, or its list is written [...]
     */
    public static SavedCallAppender open(Path file, String name) {
        if (!Files.exists(file)) {
            return new SavedCallAppender(file, "  ", "    ");
        }
        SavedCallsFile read = SavedCallsReader.read(file);
        if (!read.ok()) {
            throw new IllegalArgumentException(read.problems().stream().map(p -> p.format())
                    .collect(Collectors.joining("\n")));
        }
        Optional<SavedCall> same = read.calls().stream().filter(call -> call.name().equals(name)).findFirst();
        if (same.isPresent()) {
            throw new IllegalArgumentException(file + ": a call named '" + name + "' is saved already (line "
                    + same.get().line() + "); give another name");
        }
        try {
            Node list = callsList(file);
            if (list instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
                if (sequence.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                    throw new IllegalArgumentException(file + ":" + (sequence.getStartMark().getLine() + 1)
                            + ": the 'calls' list is written [...]; write it one '- name:' per call to add to it");
                }
                int dashColumn = sequence.getStartMark().getColumn();
                Node first = sequence.getValue().get(0);
                if (first instanceof MappingNode mapping && mapping.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
                    return new SavedCallAppender(file, " ".repeat(dashColumn), " ".repeat(first.getStartMark().getColumn()));
                }
                return new SavedCallAppender(file, " ".repeat(dashColumn), " ".repeat(dashColumn + 2));
            }
            if (list instanceof SequenceNode) {
                throw new IllegalArgumentException(file + ":" + (list.getStartMark().getLine() + 1)
                        + ": the 'calls' list is written []; write 'calls:' alone to add calls to it");
            }
            return new SavedCallAppender(file, "  ", "    ");
        } catch (FlowReadException e) {
            throw new IllegalArgumentException(e.describe());
        }
    }

    private static Node callsList(Path file) throws FlowReadException {
        Node root = YamlDocumentReader.compose(file.toString(), FlowReader.readText(file));
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && "calls".equals(key.getValue())) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** Appends {@code call}; returns the line its entry starts on. */
    public int append(Made call) throws IOException {
        StringBuilder text = new StringBuilder();
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (existing == null) {
            text.append("# Saved test calls of ").append(SavedCallsFile.flowOf(file).getFileName())
                    .append("; run by `centralita test` and by ./mvnw verify.\ncalls:\n");
        } else if (!existing.isEmpty() && !existing.endsWith("\n")) {
            text.append('\n');
        }
        // the header's two lines, or the file's lines (a last line without its line break is given one)
        int line = (existing == null ? 2 : (int) existing.lines().count()) + 1;
        List<String> lines = new ArrayList<>();
        lines.add(dash + "- name: " + quoted(call.name()));
        optional(lines, "ani", call.ani());
        optional(lines, "dnis", call.dnis());
        optional(lines, "at", call.at());
        optional(lines, "language", call.language());
        if (!call.variables().isEmpty()) {
            lines.add(keys + "vars: {" + call.variables().entrySet().stream()
                    .map(e -> quoted(e.getKey()) + ": " + quoted(e.getValue())).collect(Collectors.joining(", ")) + "}");
        }
        if (!"delivered".equals(call.queueResult())) {
            lines.add(keys + "queue-result: " + call.queueResult());
        }
        if (!"delivered".equals(call.transferResult())) {
            lines.add(keys + "transfer-result: " + call.transferResult());
        }
        lines.add(keys + "keys: " + quoted(call.keys()));
        lines.add(keys + "path: [" + call.path().stream().map(SavedCallAppender::plainOrQuoted)
                .collect(Collectors.joining(", ")) + "]");
        lines.add(keys + "end: " + call.end());
        text.append(String.join("\n", lines)).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return line;
    }

    private void optional(List<String> lines, String key, String value) {
        if (value != null && !value.isEmpty()) {
            lines.add(keys + key + ": " + quoted(value));
        }
    }

    /** A YAML double-quoted scalar (JSON's string form is one). */
    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainOrQuoted(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") ? id : quoted(id);
    }
}
