package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.editor.FlowTextEditor;
import org.centralita.designer.views.FlowsExplorerView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flows explorer lists the flows, calendars, rules and recordings of a directory, and a
 * double-click on each opens it where it belongs: a flow in the diagram, a calendar and a rules
 * file in the text editor, a recording played (never opened as text).
 */
class ExplorerSectionsTest {

    private Path flows;
    private Path wav;
    private byte[] wavBytes;

    @BeforeEach
    void pointStudioAtADirectoryWithEveryKindOfFile() throws Exception {
        // the examples (four flows, two calendars, two rule files) and more: a rules file in a
        // folder, a decision table, recordings, and files the explorer does not list
        flows = StudioUi.copyOfExamples();
        Files.createDirectories(flows.resolve("rules/billing"));
        Files.writeString(flows.resolve("rules/billing/late-payers.drl"), "package billing;\n");
        Files.writeString(flows.resolve("rules/vip-table.csv"), "segment,queue\n");
        Files.writeString(flows.resolve("rules/notes.txt"), "not a rules file\n");
        Files.writeString(flows.resolve("calendars/README.md"), "not a calendar\n");
        Files.writeString(flows.resolve("todo.txt"), "not listed\n");
        Files.createDirectories(flows.resolve("prompts/es-ES"));
        wav = flows.resolve("prompts/welcome.wav");
        writeWav(wav, 8000, 4000);
        wavBytes = Files.readAllBytes(wav);
        Files.write(flows.resolve("prompts/es-ES/bienvenida.sln16"), new byte[3200]);
        StudioUi.onUi(() -> StudioUi.showDirectory(flows));
    }

    @AfterEach
    void backToTheExamples() {
        StudioUi.onUi(StudioUi::backToTheExamples);
    }

    @Test
    void shouldListEachSectionWithItsFiles() {
        Map<String, List<String>> listed = StudioUi.onUi(() -> {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            for (TreeItem section : explorer().tree().getTree().getItems()) {
                sections.put(section.getText(), Arrays.stream(section.getItems()).map(TreeItem::getText).toList());
            }
            return sections;
        });

        assertThat(listed).containsExactly(
                Map.entry("Flows (4)", List.of("bank-main.flow.yaml", "citizen-appointment.flow.yaml", "citizen-line.flow.yaml",
                        "utility-outages.flow.yaml")),
                Map.entry("Calendars (2)", List.of("bank-contact-center.yaml", "northwind-customer-care.yaml")),
                Map.entry("Rules (4)", List.of("appointment-slots.drl", "bank-routing.drl", "billing/late-payers.drl", "vip-table.csv")),
                Map.entry("Recordings (2)", List.of("prompts/es-ES/bienvenida.sln16", "prompts/welcome.wav")));
    }

    @Test
    void shouldOpenAFlowInTheDiagramAndACalendarAndARulesFileInTheTextEditor() {
        StudioUi.onUi(() -> {
            IEditorPart flow = doubleClick(flows.resolve("citizen-line.flow.yaml"));
            assertThat(flow).isInstanceOf(FlowEditor.class);
            assertThat(((FlowEditor) flow).diagram().flow().id()).isEqualTo("citizen-line");

            Path calendarFile = flows.resolve("calendars/bank-contact-center.yaml");
            IEditorPart calendar = doubleClick(calendarFile);
            assertThat(calendar).isInstanceOf(FlowTextEditor.class);
            assertThat(((FlowTextEditor) calendar).content()).isEqualTo(Files.readString(calendarFile));
            assertThat(((FlowTextEditor) calendar).editable()).isTrue();
            assertThat(calendar.getTitle()).isEqualTo("bank-contact-center.yaml");

            Path rulesFile = flows.resolve("rules/billing/late-payers.drl");
            IEditorPart rules = doubleClick(rulesFile);
            assertThat(rules).isInstanceOf(FlowTextEditor.class);
            assertThat(((FlowTextEditor) rules).content()).isEqualTo("package billing;\n");
            assertThat(rules.getTitle()).isEqualTo("late-payers.drl");
        });
    }

    @Test
    void shouldPlayARecordingInsteadOfOpeningItAsText() {
        StudioUi.onUi(() -> {
            FlowsExplorerView explorer = explorer();
            // a WAV: no editor, the status line says what is played
            int editors = StudioUi.page().getEditorReferences().length;
            assertThat(doubleClick(wav)).isNull();
            assertThat(StudioUi.page().getEditorReferences()).hasSize(editors);
            assertThat(explorer.status()).isEqualTo("Playing prompts/welcome.wav (0.5 s, 8000 Hz)");
            // a raw recording the runtime plays: no editor either, and why it is not played here
            assertThat(doubleClick(flows.resolve("prompts/es-ES/bienvenida.sln16"))).isNull();
            assertThat(StudioUi.page().getEditorReferences()).hasSize(editors);
            assertThat(explorer.status()).startsWith("prompts/es-ES/bienvenida.sln16 cannot be played here");

            // and a recording opened in the text editor anyway (as a problem's file would be) cannot be edited
            FlowTextEditor asText = (FlowTextEditor) EditorOpener.open(StudioUi.page(), wav);
            assertThat(asText.editable()).isFalse();
            assertThat(asText.bannerText()).contains("welcome.wav is not a text file");
            asText.doSave(null);
        });
        assertThat(wav).hasBinaryContent(wavBytes);
    }

    /** Selects a file in the explorer's tree and double-clicks it; the editor it opened, or null. */
    private static IEditorPart doubleClick(Path file) throws Exception {
        FlowsExplorerView explorer = explorer();
        explorer.tree().setSelection(new StructuredSelection(file), true);
        assertThat(explorer.tree().getTree().getSelection()).hasSize(1);
        Event event = new Event();
        event.item = explorer.tree().getTree().getSelection()[0];
        int before = StudioUi.page().getEditorReferences().length;
        explorer.tree().getTree().notifyListeners(SWT.DefaultSelection, event);
        StudioUi.drain();
        return StudioUi.page().getEditorReferences().length > before ? StudioUi.page().getActiveEditor() : null;
    }

    private static FlowsExplorerView explorer() throws Exception {
        return (FlowsExplorerView) StudioUi.page().showView(FlowsExplorerView.ID);
    }

    /** A WAV file of {@code frames} frames of silence, 16-bit mono at {@code rate} Hz. */
    private static void writeWav(Path file, int rate, int frames) throws Exception {
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(new byte[frames * 2]), format, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
