package org.centralita.runtime.serve;

/** A small menu flow for tests through the whole runtime, in numbered versions. */
final class MenuFlows {

    static final String FILE = "greeting.flow.yaml";

    private MenuFlows() {
    }

    /** "greeting": a welcome, a menu (1: goodbye), hang-up; {@code version} is in its words. */
    static String menu(String version) {
        return """
                centralita: 1
                id: greeting
                name: Greeting line
                languages: [en-US]
                start: hello
                nodes:
                  hello: {type: play, prompt: "Welcome to version %1$s.", next: ask}
                  ask:
                    type: menu
                    prompt: "Press 1 to leave."
                    options:
                      "1": {next: bye}
                    max-retries: bye
                  bye: {type: hangup, prompt: "Goodbye from version %1$s."}
                """.formatted(version);
    }
}
