package org.centralita.flows.edit;

import java.util.ArrayList;
import java.util.List;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * Renames a recording across a flows directory: every {@code {audio: PATH}} segment that names it,
 * in the nodes' prompts and in the flows' {@code prompts}, in every file of the directory. The
 * recording's files are moved by the caller (a reference names the recording without its
 * extension: {@code sounds/welcome} may be {@code welcome.wav} and {@code welcome.gsm}).
 */
public final class RenameRecording extends TextEdit {

    private static final String AUDIO = "audio";

    private final FlowsDirectory directory;
    private final String oldPath;
    private final String newPath;

    /**
     * @param oldPath the recording as prompts name it: its path from the flows directory, with
     *        {@code /}, without extension
     * @param newPath the new name, written the same way
     */
    public RenameRecording(FlowsDirectory directory, String oldPath, String newPath) {
        this.directory = directory;
        this.oldPath = oldPath;
        this.newPath = newPath;
    }

    @Override
    public String label() {
        return "Rename recording '" + oldPath + "' to '" + newPath + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        String last = newPath.substring(newPath.lastIndexOf('/') + 1);
        if (newPath.startsWith("/") || newPath.contains("..") || newPath.contains("\\") || !isRecordingName(last)) {
            throw new EditException("recording '" + newPath + "' must be a path inside the flows directory, written with '/'"
                    + " and without extension, its name made of letters, digits, '-' and '_'");
        }
        List<DocumentChange> changes = new ArrayList<>();
        for (FlowDocument document : directory.documents()) {
            ScalarRewrite rewrite = new ScalarRewrite(document.source());
            for (SourcePosition position : references(document.flow(), oldPath)) {
                changes.add(new DocumentChange(document, rewrite.at(position, oldPath, newPath)));
            }
        }
        return changes;
    }

    /**
     * Whether {@code name} can name a recording's file without its extension: letters, digits,
     * {@code -} and {@code _} (a dot would read as the extension, since prompts leave it out).
     */
    public static boolean isRecordingName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9_-]*");
    }

    /** Where {@code flow} names recording {@code path}: the positions of its {@code audio:} values. */
    public static List<SourcePosition> references(Flow flow, String path) {
        List<SourcePosition> found = new ArrayList<>();
        for (FlowNode node : flow.nodes().values()) {
            for (FieldSpec field : node.type().map(t -> t.fields()).orElse(List.of())) {
                if (field.kind() == FieldKind.PROMPT) {
                    node.field(field.name()).ifPresent(value -> collect(value, path, found));
                }
            }
        }
        flow.prompts().values().forEach(value -> collect(value, path, found));
        return found;
    }

    /** A prompt's segments, in a list or in a map by language, at any depth. */
    private static void collect(YamlNode value, String path, List<SourcePosition> found) {
        if (value instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> collect(item, path, found));
        } else if (value instanceof YamlNode.Mapping map) {
            map.get(AUDIO).filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                    .filter(audio -> audio.value().equals(path)).ifPresent(audio -> found.add(audio.position()));
            map.entries().values().forEach(entry -> collect(entry.value(), path, found));
        }
    }
}
