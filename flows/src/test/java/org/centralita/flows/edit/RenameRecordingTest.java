package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.flows.validate.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording renamed across a flows directory: every audio segment naming it, wherever the prompt is written. */
class RenameRecordingTest {

    private static final String MAIN = """
            centralita: 1
            id: main
            languages: [en-US, es-ES]
            start: greet
            prompts:
              welcome:
                en-US: [{audio: sounds/welcome}, {text: Thank you for calling.}]   # the brand jingle first
                es-ES: {audio: sounds/welcome-es}
            nodes:
              greet: {type: play, prompt: welcome, next: menu}
              menu:
                type: menu
                prompt:
                  - audio: "sounds/welcome"
                  - Press 1 for sales.
                no-match-prompt: {audio: sounds/welcome}
                options:
                  "1": {next: sales}
                max-retries: bye
              sales: {type: subflow, flow: other, next: bye}
              bye: {type: hangup, prompt: The sounds/welcome recording is not named here.}
            """;

    private static final String OTHER = """
            centralita: 1
            id: other
            start: hello
            nodes:
              hello: {type: play, prompt: {en-US: [{audio: sounds/welcome}, {pause: 500ms}]}, next: done}
              done: {type: return, outcome: next}
            """;

    @TempDir
    Path dir;

    private FlowsDirectory flows;

    @BeforeEach
    void writeTheFlows() throws IOException {
        Files.writeString(dir.resolve("main.flow.yaml"), MAIN);
        Files.writeString(dir.resolve("other.flow.yaml"), OTHER);
        flows = FlowsDirectory.open(dir);
    }

    @Test
    void shouldRewriteEveryAudioSegmentNamingTheRecordingInEveryFlowAndNothingElse() throws IOException {
        // given both flows name sounds/welcome (the main flow in its prompts' list, a menu's list and a map; once more in plain text, which is no reference)
        assertThat(RenameRecording.references(flows.document("main").orElseThrow().flow(), "sounds/welcome")).hasSize(3);
        assertThat(RenameRecording.references(flows.document("other").orElseThrow().flow(), "sounds/welcome")).hasSize(1);

        // when the recording is renamed
        RenameRecording rename = new RenameRecording(flows, "sounds/welcome", "sounds/greeting");
        assertThat(rename.refusal()).isEmpty();
        rename.apply();

        // then each audio segment names the new path, its quotes and comment kept, the text and the other recording untouched
        assertThat(flows.document("main").orElseThrow().text()).isEqualTo(MAIN
                .replace("[{audio: sounds/welcome}, {text", "[{audio: sounds/greeting}, {text")
                .replace("- audio: \"sounds/welcome\"", "- audio: \"sounds/greeting\"")
                .replace("no-match-prompt: {audio: sounds/welcome}", "no-match-prompt: {audio: sounds/greeting}"));
        assertThat(flows.document("other").orElseThrow().text()).isEqualTo(OTHER.replace("sounds/welcome", "sounds/greeting"));
        assertThat(flows.document("main").orElseThrow().text()).contains("{audio: sounds/welcome-es}",
                "The sounds/welcome recording is not named here.");
        assertThat(new Validator().validate(flows.flowSet()).lines()).noneMatch(line -> line.contains(": error: "));

        // and saved, the files hold it; undo gives back both texts exactly
        flows.save();
        assertThat(Files.readString(dir.resolve("other.flow.yaml"))).contains("sounds/greeting");
        rename.undo();
        assertThat(flows.document("main").orElseThrow().text()).isEqualTo(MAIN);
        assertThat(flows.document("other").orElseThrow().text()).isEqualTo(OTHER);
        rename.redo();
        assertThat(RenameRecording.references(flows.document("main").orElseThrow().flow(), "sounds/welcome")).isEmpty();
    }

    @Test
    void shouldRefuseANameThatIsNotARecordingPathInsideTheDirectory() {
        for (String bad : new String[] {"../outside", "/var/lib/asterisk/sounds/x", "sounds/greeting.wav", "sounds/", "sounds\\x"}) {
            assertThat(new RenameRecording(flows, "sounds/welcome", bad).refusal())
                    .as(bad).hasValueSatisfying(m -> assertThat(m).contains("must be a path inside the flows directory"));
        }
    }
}
