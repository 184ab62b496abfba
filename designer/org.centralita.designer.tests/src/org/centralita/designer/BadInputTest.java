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
}
