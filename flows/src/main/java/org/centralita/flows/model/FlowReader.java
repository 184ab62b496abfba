package org.centralita.flows.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.ReadLimits;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.centralita.flows.yaml.YamlNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads flow files. Only what makes a file unreadable as a flow is fatal here (not YAML, empty,
 * binary, not a map, an unknown format version); everything else is left to the validator.
 */
public final class FlowReader {

    /** The format versions this product reads. */
    public static final int FORMAT_VERSION = 1;

    private FlowReader() {
    }

    public static Flow read(Path path) throws FlowReadException {
        return read(path.toString(), readText(path));
    }

    /** Reads a file's bytes as UTF-8, refusing anything that is not. */
    public static String readText(Path path) throws FlowReadException {
        String name = path.toString();
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            // The size is checked before reading, and the read stops past the limit (a file can grow meanwhile).
            refuseOversized(name, Files.size(path));
            bytes = in.readNBytes(ReadLimits.MAX_FILE_BYTES + 1);
            refuseOversized(name, bytes.length);
        } catch (IOException e) {
            throw new FlowReadException(SourcePosition.start(name), "cannot read the file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FlowReadException(SourcePosition.start(name),
                    "this is not a text file (binary or not UTF-8 content); a flow is a UTF-8 YAML file");
        }
    }

    private static void refuseOversized(String name, long size) throws FlowReadException {
        if (size > ReadLimits.MAX_FILE_BYTES) {
            throw new FlowReadException(SourcePosition.start(name), "the file is " + ReadLimits.size(size)
                    + "; a flow or calendar file may be at most " + ReadLimits.size(ReadLimits.MAX_FILE_BYTES));
        }
    }

    public static Flow read(String file, String text) throws FlowReadException {
        return read(file, YamlDocumentReader.compose(file, withoutByteOrderMark(text)));
    }

    /** The flow of a node graph composed by {@link YamlDocumentReader#compose} (the editor composes once). */
    public static Flow read(String file, Node composed) throws FlowReadException {
        YamlNode document = YamlDocumentReader.convert(file, composed);
        if (!(document instanceof YamlNode.Mapping root)) {
            throw new FlowReadException(document.position(),
                    "a flow file is a map of keys (centralita, id, start, nodes, ...), not " + document.kind());
        }
        checkVersion(file, root);
        return new Flow(file, root, variables(root), prompts(root), nodes(root));
    }

    /** The text without the byte order mark some editors write first; YAML reads what follows. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkVersion(String file, YamlNode.Mapping root) throws FlowReadException {
        YamlNode.Entry version = root.entry("centralita").orElseThrow(() -> new FlowReadException(
                SourcePosition.start(file), "missing 'centralita: " + FORMAT_VERSION
                + "' (the format version) at the top of the file; is this a Centralita flow?"));
        String written = version.value() instanceof YamlNode.Scalar s ? s.value() : version.value().kind();
        if (!String.valueOf(FORMAT_VERSION).equals(written.trim())) {
            throw new FlowReadException(version.value().position(), "unknown format version '" + written
                    + "': this Centralita reads version " + FORMAT_VERSION);
        }
    }

    private static Map<String, VariableDecl> variables(YamlNode.Mapping root) {
        Map<String, VariableDecl> result = new LinkedHashMap<>();
        if (root.get("variables").orElse(null) instanceof YamlNode.Mapping section) {
            section.entries().forEach((name, entry) -> {
                YamlNode.Mapping decl = entry.value() instanceof YamlNode.Mapping m ? m : null;
                String type = decl == null ? "text" : decl.text("type").orElse("text");
                boolean sensitive = decl != null && decl.text("sensitive").map(Boolean::parseBoolean).orElse(false);
                boolean declaredNotSensitive = decl != null && decl.text("sensitive").filter("false"::equals).isPresent();
                YamlNode defaultValue = decl == null ? null : decl.get("default").orElse(null);
                result.put(name, new VariableDecl(name, type, sensitive, defaultValue, entry.keyPosition(),
                        declaredNotSensitive));
            });
        }
        return result;
    }

    private static Map<String, YamlNode> prompts(YamlNode.Mapping root) {
        Map<String, YamlNode> result = new LinkedHashMap<>();
        if (root.get("prompts").orElse(null) instanceof YamlNode.Mapping section) {
            section.entries().forEach((key, entry) -> result.put(key, entry.value()));
        }
        return result;
    }

    private static Map<String, FlowNode> nodes(YamlNode.Mapping root) {
        Map<String, FlowNode> result = new LinkedHashMap<>();
        if (root.get("nodes").orElse(null) instanceof YamlNode.Mapping section) {
            section.entries().forEach((id, entry) -> {
                YamlNode.Mapping body = entry.value() instanceof YamlNode.Mapping m ? m
                        : new YamlNode.Mapping(Map.of(), entry.value().position());
                result.put(id, new FlowNode(id, entry.keyPosition(), body));
            });
        }
        return result;
    }
}
