package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowTextEditor;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A file that cannot be read as a flow opens as text with its error marked, never a stack trace. */
class BadInputTest {

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @Test
    void shouldOpenAFlowWithAYamlErrorInTheTextEditorWithTheErrorMarkedOnItsLine() throws Exception {
        // given: a flow whose fourth line breaks the YAML (an unclosed flow mapping)
        Path file = StudioUi.copyOfExamples().resolve("broken.flow.yaml");
        Files.writeString(file, "centralita: 1\nid: broken\nstart: greet\nnodes: {greet: {type: play\n");

        StudioUi.onUi(() -> {
            // when: the analyst opens it
            IEditorPart editor = EditorOpener.open(StudioUi.page(), file);
            StudioUi.drain();

            // then: the text editor shows the file, the error marked and named with its place
            assertThat(editor).isInstanceOf(FlowTextEditor.class);
            FlowTextEditor text = (FlowTextEditor) editor;
            assertThat(text.content()).contains("nodes: {greet");
            assertThat(text.markedLines()).isNotEmpty().allMatch(line -> line >= 4 && line <= 5);
            assertThat(text.bannerText()).contains(file.toString() + ":").contains("error:")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        });
    }

    @Test
    void shouldCheckTheTypedTextOfAnUnreadableFlowOnceTheTypingRests() throws Exception {
        // given: the broken flow open in the text editor, its error marked
        Path file = StudioUi.copyOfExamples().resolve("broken.flow.yaml");
        String broken = "centralita: 1\nid: broken\nstart: greet\nnodes: {greet: {type: play\n";
        Files.writeString(file, broken);
        FlowTextEditor text = StudioUi.onUi(() -> (FlowTextEditor) EditorOpener.open(StudioUi.page(), file));
        assertThat(StudioUi.onUi(text::markedLines)).isNotEmpty();

        // when: the mapping is closed in the text, not saved
        StudioUi.onUi(() -> text.textWidget().replaceTextRange(broken.length() - 1, 0, "}}"));

        // then: once the typing rested, the flow reads: no mark, no message; the file is as it was
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> StudioUi.onUi(() -> text.markedLines().isEmpty() && text.bannerText().isEmpty()));
        assertThat(Files.readString(file)).isEqualTo(broken);

        // when: it is broken again on another line
        StudioUi.onUi(() -> text.textWidget().replaceTextRange(0, 0, "centralita: [\n"));

        // then: the new error is marked and named
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> StudioUi.onUi(() -> !text.markedLines().isEmpty() && text.bannerText().contains("error:")));
    }
}
