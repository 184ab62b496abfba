package org.centralita.flows.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.yaml.FlowReadException;

/** Validates fixture flows and gives the problems in their one-line form. */
final class ValidationFixture {

    /** The name an in-memory fixture flow is read under. */
    static final String FILE = "flows/t.flow.yaml";

    private ValidationFixture() {
    }

    /** The problems of one flow read from {@code yaml} as {@value #FILE}, with default options. */
    static List<String> problems(String yaml) {
        return problems(yaml, ValidationOptions.defaults());
    }

    static List<String> problems(String yaml, ValidationOptions options) {
        try {
            FlowSet set = FlowSet.of(List.of(FlowReader.read(FILE, yaml)));
            return new Validator().validate(set, options).lines();
        } catch (FlowReadException e) {
            return List.of(Problem.of(e).format());
        }
    }

    /** Writes {@code files} (name to content) under {@code dir}. */
    static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The problems of every flow under {@code dir}, with file names relative to it. */
    static List<String> problems(Path dir, ValidationOptions options) {
        String prefix = dir + "/";
        return new Validator().validate(FlowSet.load(List.of(dir)), options).lines().stream()
                .map(line -> line.replace(prefix, "")).toList();
    }
}
