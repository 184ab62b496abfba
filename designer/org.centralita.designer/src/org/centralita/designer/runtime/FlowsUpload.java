package org.centralita.designer.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.centralita.flows.model.FlowSet;

/**
 * The flows directory as {@code centralita publish DIR} uploads it: every file below it (flows,
 * calendars, rules, recordings) in a zip, paths relative to the directory, without dot-files
 * (the admin token), editors' backups and scratch files, and without the saved test calls
 * ({@code *.calls.yaml}: the flows' tests stay behind).
 */
public final class FlowsUpload {

    /** The saved test calls kept next to the flows, never published. */
    private static final String SAVED_CALLS_SUFFIX = ".calls.yaml";

    private FlowsUpload() {
    }

    /** The zip of the directory's files, sorted by path. */
    public static byte[] zip(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !FlowSet.isHiddenOrScratch(directory.relativize(p)))
                    .filter(p -> !p.getFileName().toString().endsWith(SAVED_CALLS_SUFFIX)).sorted().toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
