package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A flow changed on disk while it is open: Studio asks, and loads it again when told to. */
class DiskChangeTest {

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    @Test
    void shouldAskToReloadAFlowChangedOnDiskAndLoadItWhenTheAnalystSaysYes() throws Exception {
        // given: the bank's flow open in the editor
        Path bank = StudioUi.copyOfExamples().resolve("bank-main.flow.yaml");
        AtomicReference<FlowEditor> editor = new AtomicReference<>();
        StudioUi.onUi(() -> editor.set((FlowEditor) EditorOpener.open(StudioUi.page(), bank)));

        // when: another program renames the flow on disk and the editor is checked
        String changed = Files.readString(bank).replace("name: Acme Bank main line", "name: Acme Bank line (changed)");
        Files.writeString(bank, changed);
        Files.setLastModifiedTime(bank, FileTime.from(Instant.now().plusSeconds(5)));
        StudioUi.onUi(() -> Display.getCurrent().asyncExec(() -> editor.get().checkDisk()));

        // then: a question about the file is shown; answering yes loads the file again
        AtomicReference<Shell> question = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(() -> {
            Arrays.stream(Display.getCurrent().getShells())
                    .filter(s -> s.isVisible() && s.getText().contains("changed on disk")).findFirst()
                    .ifPresent(question::set);
            return question.get() != null;
        }));
        StudioUi.onUi(() -> {
            Button yes = StudioUi.findButton(question.get(), "Yes");
            assertThat(yes).isNotNull();
            yes.notifyListeners(SWT.Selection, null);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> StudioUi.onUi(
                () -> editor.get().diagram().flow().name().equals("Acme Bank line (changed)")));
        assertThat(StudioUi.onUi(() -> editor.get().diagram().text())).isEqualTo(changed);
    }
}
