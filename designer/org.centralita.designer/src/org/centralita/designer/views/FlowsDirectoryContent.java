package org.centralita.designer.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.centralita.designer.Messages;
import org.centralita.flows.model.FlowSet;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The explorer's tree: the flows, calendars, rules and recordings of a flows directory. */
final class FlowsDirectoryContent implements ITreeContentProvider {

    private static final Logger LOG = LoggerFactory.getLogger(FlowsDirectoryContent.class);

    /** One group of files of the directory. */
    record Section(String label, List<Path> files) {
    }

    @Override
    public Object[] getElements(Object input) {
        Path directory = (Path) input;
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Messages.Explorer_flows,
                list(directory, 1, p -> p.getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX))));
        sections.add(new Section(Messages.Explorer_calendars, list(directory.resolve("calendars"), 1,
                p -> p.getFileName().toString().endsWith(".yaml"))));
        sections.add(new Section(Messages.Explorer_rules, list(directory.resolve("rules"), 3,
                p -> p.getFileName().toString().matches(".*\\.(drl|xlsx|csv)$"))));
        sections.add(new Section(Messages.Explorer_recordings, list(directory, 4, FlowsDirectoryContent::isRecording)));
        return sections.toArray();
    }

    /** Whether a file is a recording a prompt may name (by its extension). */
    static boolean isRecording(Path file) {
        return file.getFileName().toString().matches(".*\\.(wav|sln16|gsm|ulaw)$");
    }

    /**
     * How the explorer names a file: a flow or a calendar by its name, a rules file by its path
     * under {@code rules/}, a recording by its path in the directory (as prompts name it).
     */
    static String nameOf(Path directory, Path file) {
        Path relative = directory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        boolean rules = relative.getNameCount() > 1 && relative.getName(0).toString().equals("rules");
        if (rules) {
            return relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
        }
        return isRecording(file) ? relative.toString().replace('\\', '/') : file.getFileName().toString();
    }

    private static List<Path> list(Path directory, int depth, Predicate<Path> wanted) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return files.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        } catch (IOException e) {
            LOG.warn("could not list {}: {}", directory, e.toString());
            return List.of();
        }
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof Section section ? section.files().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Section section && !section.files().isEmpty();
    }
}
