package org.centralita.runtime.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Flow files for publish tests: a valid greeting line in numbered variants, and a broken one. */
public final class PublishFixtures {

    private PublishFixtures() {
    }

    /** A valid flow {@code id} whose greeting says {@code words} (different words, different version). */
    public static String flow(String id, String words) {
        return """
                centralita: 1
                id: %s
                name: Greeting line
                languages: [en-US]
                start: hello
                nodes:
                  hello: {type: play, prompt: "%s", next: bye}
                  bye: {type: hangup}
                """.formatted(id, words);
    }

    /** A flow with two errors: an outcome naming no node (line 8) and an unknown node type (line 9). */
    public static String brokenFlow(String id) {
        return """
                centralita: 1
                id: %s
                name: Greeting line
                languages: [en-US]
                start: hello
                nodes:
                  hello: {type: play, prompt: "Hello.", next: bye}
                  bye: {type: hangup, error: nowhere}
                  extra: {type: teleport}
                """.formatted(id);
    }

    /**
     * A flow {@code id} that decides on {@code condition} at once and says goodbye either way;
     * {@code variables} is the body of its variables section (indented by two), or empty.
     */
    public static String decisionFlow(String id, String variables, String condition) {
        return """
                centralita: 1
                id: %s
                languages: [en-US]
                start: check
                variables:
                %s
                nodes:
                  check:
                    type: decision
                    branches:
                      - when: %s
                        next: bye
                    else: bye
                  bye: {type: hangup, prompt: Goodbye.}
                """.formatted(id, variables.isEmpty() ? "  {}" : variables, condition);
    }

    public static FlowBundle bundle(String file, String text) {
        return FlowBundle.of(Map.of(file, text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path directory, String file, String text) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
    }
}
