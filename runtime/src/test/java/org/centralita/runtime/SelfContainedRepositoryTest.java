package org.centralita.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of the repository builds, tests and reads alone: no source, test, doc or example refers
 * to the folder of contracts and recordings that once sat beside it (their copies are in
 * docs/contracts and runtime/src/test/resources/agi-transcripts).
 */
class SelfContainedRepositoryTest {

    /** Built from parts so that this file does not name what it looks for. */
    private static final List<String> OUTSIDE = List.of(String.join("/", "..", "shared"),
            String.join("/", "", "work", "shared"));
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "data", "node_modules");

    @Test
    void shouldReferToNothingOutsideTheRepository() throws IOException {
        // given the repository the tests run in
        Path root = repositoryRoot();

        // when every text file is read
        List<String> references = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(file -> isSource(root, file))
                    .forEach(file -> references.addAll(outsideReferences(root, file)));
        }

        // then none names the folder beside it
        assertThat(references).isEmpty();
    }

    @Test
    void shouldCarryTheContractsAndRecordingsItDependsOn() {
        // given the repository
        Path root = repositoryRoot();

        // then its own copies are there
        assertThat(root.resolve("docs/contracts/CONTRACTS.md")).isRegularFile();
        assertThat(root.resolve("docs/contracts/FLOW-FORMAT.md")).isRegularFile();
        assertThat(root.resolve("runtime/src/test/resources/agi-transcripts/stream-file-missing.txt")).isRegularFile();
    }

    @Test
    void shouldSeeAReferenceWhereOneIsWritten() throws IOException {
        // given a file that names the outside folder
        Path root = Files.createTempDirectory("centralita-scan");
        Path doc = Files.writeString(root.resolve("notes.md"), "see " + OUTSIDE.get(0) + "/BUILD.md\n");

        // then the scan reports it with its line
        assertThat(outsideReferences(root, doc)).containsExactly("notes.md:1: see " + OUTSIDE.get(0) + "/BUILD.md");
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tycho-pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("tycho-pom.xml not found above " + Path.of("").toAbsolutePath());
    }

    private static boolean isSource(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (NOT_SOURCES.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> outsideReferences(Path root, Path file) {
        List<String> lines;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            lines = List.of(text.split("\n", -1));
        } catch (CharacterCodingException binary) {
            return List.of();
        } catch (IOException unreadable) {
            return List.of(root.relativize(file) + ": unreadable: " + unreadable.getMessage());
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (OUTSIDE.stream().anyMatch(line::contains)) {
                found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }
}
