package org.centralita.designer.testcall;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A flow's saved test calls, {@code NAME.calls.yaml} beside {@code NAME.flow.yaml} (the format
 * {@code centralita test} runs): the names listed, a call appended as text at the end of the file
 * (its comments and everything written before kept byte for byte), the file made when missing.
 */
final class SavedCalls {

    static final String FLOW_SUFFIX = ".flow.yaml";
    static final String CALLS_SUFFIX = ".calls.yaml";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** A saved call: its name and the line its entry starts at (1-based). */
    record Saved(String name, int line) {
    }

    private SavedCalls() {
    }

    /** The calls file of a flow file. */
    static Path fileOf(Path flow) {
        String name = flow.getFileName().toString();
        String base = name.endsWith(FLOW_SUFFIX) ? name.substring(0, name.length() - FLOW_SUFFIX.length()) : name;
        return flow.resolveSibling(base + CALLS_SUFFIX);
    }

    /**
     * The calls of a calls file, in order (none when it does not exist).
     *
     * @throws IOException when it cannot be read, or is not YAML (the message says where)
     */
    static List<Saved> read(Path callsFile) throws IOException {
        List<Saved> calls = new ArrayList<>();
        if (!Files.exists(callsFile)) {
            return calls;
        }
        Node root;
        try (Reader in = Files.newBufferedReader(callsFile, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (YAMLException e) {
            throw new IOException(callsFile.getFileName() + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " "), e);
        }
        if (!(root instanceof MappingNode top)) {
            return calls;
        }
        for (NodeTuple entry : top.getValue()) {
            if (scalar(entry.getKeyNode()).equals("calls") && entry.getValueNode() instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    if (item instanceof MappingNode call) {
                        calls.add(new Saved(nameOf(call), item.getStartMark().getLine() + 1));
                    }
                }
            }
        }
        return calls;
    }

    private static String nameOf(MappingNode call) {
        for (NodeTuple field : call.getValue()) {
            if (scalar(field.getKeyNode()).equals("name")) {
                return scalar(field.getValueNode());
            }
        }
        return "";
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    /**
     * Appends a call to the flow's calls file (made, with its heading, when missing) and gives
     * the file.
     *
     * @throws IllegalArgumentException when a call of that name is saved already
     */
    static Path append(Path flow, String name, TestCallRecord call) throws IOException {
        Path file = fileOf(flow);
        String text;
        if (Files.exists(file)) {
            if (read(file).stream().anyMatch(saved -> saved.name().equals(name))) {
                throw new IllegalArgumentException(name);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                text += "\n";
            }
            if (!text.lines().anyMatch(line -> line.startsWith("calls:"))) {
                text += "calls:\n";
            }
            // "calls: []" (none yet) becomes a block list the entry can follow
            text = text.replaceFirst("(?m)^calls:\\s*\\[\\s*\\]\\s*$", "calls:");
        } else {
            text = "# Saved test calls of " + flow.getFileName() + "; run by `centralita test` and by ./mvnw verify.\n"
                    + "calls:\n";
        }
        Files.writeString(file, text + entry(name, call), StandardCharsets.UTF_8);
        return file;
    }

    /** One call as the calls file writes it. */
    static String entry(String name, TestCallRecord call) {
        StringBuilder entry = new StringBuilder("  - name: ").append(CallProcess.quoted(name)).append('\n');
        if (!call.ani().isEmpty()) {
            entry.append("    ani: ").append(CallProcess.quoted(call.ani())).append('\n');
        }
        if (!call.at().isEmpty()) {
            entry.append("    at: ").append(CallProcess.quoted(call.at())).append('\n');
        }
        if (!call.keys().isEmpty()) {
            entry.append("    keys: ").append(CallProcess.quoted(String.join(",", call.keys()))).append('\n');
        }
        List<String> ids = call.path().stream().map(id -> PLAIN_ID.matcher(id).matches() ? id : CallProcess.quoted(id))
                .toList();
        entry.append("    path: [").append(String.join(", ", ids)).append("]\n");
        entry.append("    end: ").append(call.end()).append('\n');
        return entry.toString();
    }
}
