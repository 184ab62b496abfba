package org.centralita.speech.asr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.centralita.speech.grammar.Grammar;

/** Writes each distinct grammar once per process as a JSGF file named by a hash of its key, and remembers it. */
final class GrammarCompiler {

    private final Path directory;
    private final Map<String, CompiledGrammar> byKey = new ConcurrentHashMap<>();

    GrammarCompiler(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException unusable) {
            throw new UncheckedIOException("grammar directory " + directory + " cannot be created", unusable);
        }
    }

    CompiledGrammar compile(Grammar grammar) {
        return byKey.computeIfAbsent(grammar.key(), key -> write(grammar, "g" + hash(key)));
    }

    private CompiledGrammar write(Grammar grammar, String name) {
        Path file = directory.resolve(name + ".gram");
        try {
            String jsgf = grammar.toJsgf(name);
            // Rewritten when it differs: a file left by an older version may order its words otherwise.
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(jsgf)) {
                Path temp = Files.createTempFile(directory, name, ".tmp");
                Files.writeString(temp, jsgf, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new CompiledGrammar(directory.toUri().toString(), name);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write grammar " + file + ": " + failed.getMessage(), failed);
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
