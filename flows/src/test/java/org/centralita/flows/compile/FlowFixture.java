package org.centralita.flows.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centralita.flows.model.FlowSet;

/** A flows directory written for a test: flow files, calendars and rule files. */
final class FlowFixture {

    /** The top of a flow file in two languages, with typed variables and shared prompts. */
    static final String HEADER = """
            centralita: 1
            languages: [en-US, es-ES]
            defaults: {timeout: 7s, retries: 2}
            variables:
              account: {type: digits}
              pin: {type: digits, sensitive: true}
              balance: {type: number, default: 1500.50}
              vip: {type: boolean, default: false}
              due: {type: date, default: 2026-07-01}
              note: {type: text, default: "hello"}
            prompts:
              welcome: {en-US: Welcome., es-ES: Bienvenido.}
              only-english: {en-US: "Hello ${note}."}
            """;

    private final Path directory;

    FlowFixture(Path directory) {
        this.directory = directory;
    }

    /** Writes {@code id.flow.yaml}: the header, then {@code body} (start, nodes...). */
    FlowFixture flow(String id, String body) {
        return file(id + FlowSet.FLOW_SUFFIX, HEADER + "id: " + id + "\n" + body);
    }

    FlowFixture file(String relative, String text) {
        try {
            Path file = directory.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FlowSet load() {
        return FlowSet.load(List.of(directory));
    }

    CompileResult compile(CompileOptions options) {
        return new FlowCompiler().compile(load(), options);
    }

    CompileResult compile() {
        return compile(CompileOptions.defaults());
    }

    Path directory() {
        return directory;
    }
}
