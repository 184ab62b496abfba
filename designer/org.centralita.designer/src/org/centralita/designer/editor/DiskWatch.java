package org.centralita.designer.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Remembers when an editor last read or wrote its file, to notice a change made elsewhere. */
final class DiskWatch {

    private FileTime seen;

    void remember(Path file) {
        seen = modified(file);
    }

    boolean changed(Path file) {
        FileTime now = modified(file);
        return now != null && seen != null && !now.equals(seen);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
