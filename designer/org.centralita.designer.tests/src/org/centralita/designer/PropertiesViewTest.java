package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.editor.EditorOpener;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.PromptLines;
import org.centralita.designer.parts.DiagramPart;
import org.centralita.designer.properties.NodePropertiesPage;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.Validator;
import org.centralita.flows.model.FlowSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The properties view of the selected node, driven through its real widgets: what is typed in
 * the form changes the file as the command says, through the editor's command stack, and the
 * form follows undo, redo and the selection.
 */
class PropertiesViewTest {

    private Path flows;
    private Path bank;

    @BeforeEach
    void copyTheExamples() {
        flows = StudioUi.copyOfExamples();
        bank = flows.resolve("bank-main.flow.yaml");
    }

    @AfterEach
    void closeEditors() {
        StudioUi.onUi(() -> StudioUi.page().closeAllEditors(false));
    }

    private static FlowEditor open(Path file) throws Exception {
        FlowEditor editor = (FlowEditor) EditorOpener.open(StudioUi.page(), file);
        StudioUi.drain();
        return editor;
    }

    /** Shows the properties view beside the editor and selects a node in the diagram. */
    private static NodePropertiesPage select(FlowEditor editor, String nodeId) throws Exception {
        PropertySheet sheet = (PropertySheet) StudioUi.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        StudioUi.page().activate(editor);
        editor.select(nodeId);
        StudioUi.drain();
        assertThat(sheet.getCurrentPage()).isInstanceOf(NodePropertiesPage.class);
        NodePropertiesPage page = (NodePropertiesPage) sheet.getCurrentPage();
        assertThat(page.nodeId()).isEqualTo(nodeId);
        return page;
    }

    private static <T extends Control> T control(NodePropertiesPage page, String key, Class<T> kind) {
        Control control = page.control(key).orElseThrow(() -> new AssertionError("the form has no control for " + key));
        assertThat(control).isInstanceOf(kind);
        return kind.cast(control);
    }

    /** Types into a text box and presses Enter. */
    private static void type(NodePropertiesPage page, String key, String text) {
        Text box = control(page, key, Text.class);
        box.setFocus();
        box.setText(text);
        box.notifyListeners(SWT.DefaultSelection, new Event());
        StudioUi.drain();
    }

    /** Picks an entry of a list. */
    private static void choose(NodePropertiesPage page, String key, String item) {
        Combo combo = control(page, key, Combo.class);
        int index = List.of(combo.getItems()).indexOf(item);
        assertThat(index).as(item + " in " + List.of(combo.getItems())).isNotNegative();
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        StudioUi.drain();
    }

    private static void press(NodePropertiesPage page, String key) {
        control(page, key, Button.class).notifyListeners(SWT.Selection, new Event());
        StudioUi.drain();
    }

    private static String shown(NodePropertiesPage page, String key) {
        Control control = page.control(key).orElseThrow();
        return control instanceof Combo combo ? combo.getText() : ((Text) control).getText();
    }

    /** The lines of {@code after} that differ from {@code before} (both the same length). */
    /** The bank's account look-up sends a body: {@code entries}, its lines as written under {@code body:}. */
    private void giveTheLookUpABody(String entries) throws java.io.IOException {
        String path = "    path: /accounts/${account}\n";
        Files.writeString(bank, Files.readString(bank).replace(path, path + "    body:\n" + entries));
    }

    /** Undoes the last {@code edits} commands of the editor and lets the UI catch up. */
    private static void undo(FlowEditor editor, int edits) {
        for (int i = 0; i < edits; i++) {
            editor.commandStack().undo();
        }
        StudioUi.drain();
    }

    private static List<String> changedLines(String before, String after) {
        List<String> was = before.lines().toList();
        List<String> now = after.lines().toList();
        assertThat(now).hasSameSizeAs(was);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(now.get(i))) {
                changed.add(now.get(i));
            }
        }
        return changed;
    }

    @Test
    void shouldEditAFieldOfTheSelectedNodeInTheFormAndFollowUndoAndRedo() {
        StudioUi.onUi(() -> {
            // given: the menu selected in the diagram
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "main-menu");
            assertThat(shown(page, "timeout")).isEqualTo("6s");

            // when: a new time-out is typed
            type(page, "timeout", "9s");

            // then: one line of the file changed, as the command says, and the form shows it
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("    timeout: 9s");
            assertThat(editor.commandStack().getUndoCommand().getLabel()).isEqualTo("Set 'timeout' of node 'main-menu'");
            assertThat(shown(page, "timeout")).isEqualTo("9s");
            String edited = editor.diagram().text();

            // when undone, the file and the form are as before; redone, as edited
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(shown(page, "timeout")).isEqualTo("6s");
            editor.commandStack().redo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(edited);
            assertThat(shown(page, "timeout")).isEqualTo("9s");

            // a number and a choice: retries as a number, barge-in from its list
            type(page, "retries", "4");
            choose(page, "barge-in", "false");
            assertThat(changedLines(before, editor.diagram().text()))
                    .containsExactly("    timeout: 9s", "    retries: 4", "    barge-in: false");

            // saved, the file is the text of the commands
            editor.doSave(null);
            assertThat(Files.readString(bank)).isEqualTo(editor.diagram().text());
        });
    }

    @Test
    void shouldShowTheDefaultOfAFieldLeftOutAndRemoveAFieldWhenEmptied() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            NodePropertiesPage page = select(editor, "ask-account");
            assertThat(control(page, "confidence", Text.class).getMessage()).contains("0.5");

            type(page, "confidence", "0.7");
            assertThat(editor.diagram().flow().node("ask-account").orElseThrow().text("confidence")).contains("0.7");
            assertThat(editor.diagram().text()).contains("    confidence: 0.7\n");

            type(page, "timeout", "");
            assertThat(editor.diagram().flow().node("ask-account").orElseThrow().field("timeout")).isEmpty();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(shown(page, "timeout")).isEqualTo("8s");
        });
    }

    @Test
    void shouldFollowTheSelectionAndRenameTheNodeFromTheForm() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            NodePropertiesPage page = select(editor, "greet");
            assertThat(shown(page, "id")).isEqualTo("greet");
            assertThat(shown(page, "outcome/next")).isEqualTo("check-hours");

            page = select(editor, "check-hours");
            assertThat(shown(page, "calendar")).isEqualTo("bank-contact-center");
            assertThat(shown(page, "outcome/holiday")).isEqualTo("holiday-notice");

            type(page, "id", "opening-hours");
            assertThat(editor.diagram().flow().node("opening-hours")).isPresent();
            assertThat(editor.diagram().flow().node("greet").orElseThrow().text("next")).contains("opening-hours");
            assertThat(page.nodeId()).isEqualTo("opening-hours");
            assertThat(shown(page, "id")).isEqualTo("opening-hours");
        });
    }

    @Test
    void shouldRefuseWhatTheEditingApiRefusesWithAMessageAndChangeNothing() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "greet");

            type(page, "id", "main-menu");

            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(editor.commandStack().canUndo()).isFalse();
            assertThat(page.message()).startsWith("Not changed:").contains("main-menu");
            assertThat(shown(page, "id")).isEqualTo("greet");
        });
    }

    @Test
    void shouldRouteAnOutcomeFromTheForm() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            NodePropertiesPage page = select(editor, "main-menu");
            assertThat(shown(page, "outcome/max-retries")).isEqualTo("menu-goodbye");

            choose(page, "outcome/max-retries", "sorry");
            assertThat(editor.diagram().flow().node("main-menu").orElseThrow().text("max-retries")).contains("sorry");

            // the optional 'error' outcome, not written yet, is added
            choose(page, "outcome/error", "sorry");
            assertThat(editor.diagram().flow().node("main-menu").orElseThrow().text("error")).contains("sorry");

            editor.commandStack().undo();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(shown(page, "outcome/max-retries")).isEqualTo("menu-goodbye");
            assertThat(shown(page, "outcome/error")).isEmpty();
            assertThat(page.problemsShown()).isEmpty();

            // a required outcome left unconnected: the validator's error is shown above the form
            choose(page, "outcome/max-retries", "");
            assertThat(editor.diagram().flow().node("main-menu").orElseThrow().field("max-retries")).isEmpty();
            assertThat(page.problemsShown()).anyMatch(m -> m.startsWith("\u2716") && m.contains("max-retries"));
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(page.problemsShown()).isEmpty();
        });
    }

    @Test
    void shouldAddAndRemoveAMenuOptionInTheOptionsTable() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "main-menu");
            assertThat(shown(page, "options/1/say")).isEqualTo("balance, account balance");
            assertThat(shown(page, "options/1/next")).isEqualTo("intent-balance");

            // add: key 9, the words, where it goes
            type(page, "options/new", "9");
            type(page, "options/new/say", "repeat, say again");
            choose(page, "options/new/next", "main-menu");
            press(page, "options/add");
            assertThat(editor.diagram().text()).contains("\"9\": {say: [repeat, say again], next: main-menu}");
            assertThat(shown(page, "options/9/next")).isEqualTo("main-menu");
            assertThat(shown(page, "outcome/9")).isEqualTo("main-menu");

            // edit an option's words in its row
            type(page, "options/9/say", "repeat");
            assertThat(editor.diagram().text()).contains("\"9\": {say: [repeat], next: main-menu}");

            // remove option 4
            press(page, "options/4/remove");
            assertThat(editor.diagram().text()).doesNotContain("{say: [fraud, report fraud], next: fraud-transfer}");
            assertThat(page.control("options/4/say")).isEmpty();

            // undo all three: the text is the one before
            editor.commandStack().undo();
            editor.commandStack().undo();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(page.control("options/9/say")).isEmpty();
            assertThat(shown(page, "options/4/say")).isEqualTo("fraud, report fraud");

            // an option without where it goes is not added, and the form says so
            type(page, "options/new", "8");
            press(page, "options/add");
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(page.message()).contains("Next");
        });
    }

    @Test
    void shouldChangeAnOptionsKeyInPlaceRefusingADuplicateThenUndoAndRedo() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "main-menu");
            assertThat(shown(page, "options/3/key")).isEqualTo("3");

            // when: option 3's key is typed over with 7 in its row
            type(page, "options/3/key", "7");

            // then: only the key changed on its line (its words and where it goes kept), with the command's label
            assertThat(changedLines(before, editor.diagram().text()))
                    .containsExactly("      \"7\": {say: [dispute, dispute a payment], next: record-dispute}");
            assertThat(editor.commandStack().getUndoCommand().getLabel()).isEqualTo("Change option '3' of 'main-menu' to '7'");
            assertThat(shown(page, "options/7/key")).isEqualTo("7");
            assertThat(shown(page, "options/7/next")).isEqualTo("record-dispute");
            assertThat(shown(page, "outcome/7")).isEqualTo("record-dispute");
            assertThat(page.control("options/3/key")).isEmpty();
            String edited = editor.diagram().text();

            // a key the menu already has is refused: nothing changes and the form says why
            type(page, "options/7/key", "1");
            assertThat(editor.diagram().text()).isEqualTo(edited);
            assertThat(page.message()).contains("'main-menu' already has an option '1'");
            // so is a key that is not one DTMF key
            type(page, "options/7/key", "12");
            assertThat(editor.diagram().text()).isEqualTo(edited);
            assertThat(page.message()).contains("must be one DTMF key");

            // undo gives the text back and the form its row 3; redo the 7 again
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(shown(page, "options/3/key")).isEqualTo("3");
            editor.commandStack().redo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(edited);
            assertThat(shown(page, "options/7/say")).isEqualTo("dispute, dispute a payment");
        });
    }

    @Test
    void shouldEditAPromptsSegmentsInPlaceAddAndRemoveThemThenUndo() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "advisers-closed-notice");
            assertThat(shown(page, "prompt/segment/1")).isEqualTo("Our advisers are not available right now.");
            assertThat(shown(page, "prompt/segment/2")).isEqualTo("300ms");

            // when: the pause is typed over
            type(page, "prompt/segment/2", "500ms");
            // then: only its line changed
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("      - {pause: 500ms}");

            // when: a segment is added at the end (its kind chosen), then the first removed
            choose(page, "prompt/segment/new/kind", "say-digits");
            type(page, "prompt/segment/new", "account");
            press(page, "prompt/segment/add");
            assertThat(shown(page, "prompt/segment/4")).isEqualTo("account");
            press(page, "prompt/segment/1/remove");

            // then: the prompt is the pause, the second text and the digits, in that order
            var prompt = (org.centralita.flows.yaml.YamlNode.Sequence) editor.diagram().flow().node("advisers-closed-notice")
                    .orElseThrow().field("prompt").orElseThrow();
            assertThat(prompt.items()).hasSize(3);
            assertThat(((org.centralita.flows.yaml.YamlNode.Mapping) prompt.items().get(0)).text("pause")).contains("500ms");
            assertThat(((org.centralita.flows.yaml.YamlNode.Mapping) prompt.items().get(2)).text("say-digits")).contains("account");
            assertThat(shown(page, "prompt/segment/1")).isEqualTo("500ms");

            // a segment without a value is not added, and the form says so
            press(page, "prompt/segment/add");
            assertThat(page.message()).contains("a new segment needs a value");

            // undo the three edits: the text is the one before
            undo(editor, 3);
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(shown(page, "prompt/segment/2")).isEqualTo("300ms");
        });
    }

    @Test
    void shouldEditSegmentsWrittenInAMapByLanguageAndInASharedPromptThenUndo() throws Exception {
        // given: the bank's shared welcome made of segments, and the advisers' notice written by language
        Files.writeString(bank, Files.readString(bank)
                .replace("    en-US: Welcome to Acme Bank.", "    en-US: [{text: Welcome to Acme Bank.}, {pause: 300ms}]")
                .replace("    prompt:\n      - {text: \"Our advisers are not available right now.\"}\n      - {pause: 300ms}\n"
                        + "      - {text: \"You can still", "    prompt:\n      en-US:\n        - {text: \"Our advisers are not available "
                        + "right now.\"}\n        - {pause: 300ms}\n        - {text: \"You can still"));
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();

            // when: the pause of the notice's English segments is typed over, and a segment added there
            NodePropertiesPage page = select(editor, "advisers-closed-notice");
            assertThat(shown(page, "prompt/en-US/segment/1")).isEqualTo("Our advisers are not available right now.");
            type(page, "prompt/en-US/segment/2", "700ms");
            // then: only its line changed
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("        - {pause: 700ms}");
            choose(page, "prompt/en-US/segment/new/kind", "say-digits");
            type(page, "prompt/en-US/segment/new", "account");
            press(page, "prompt/en-US/segment/add");
            assertThat(shown(page, "prompt/en-US/segment/4")).isEqualTo("account");

            // when: the greeting's shared prompt has its pause typed over, then its text removed
            page = select(editor, "greet");
            assertThat(shown(page, "prompt/shared/en-US/segment/1")).isEqualTo("Welcome to Acme Bank.");
            String atGreet = editor.diagram().text();
            type(page, "prompt/shared/en-US/segment/2", "1s");
            // then: the prompt is changed where it is written, in prompts:, for every node that uses it
            assertThat(changedLines(atGreet, editor.diagram().text()))
                    .containsExactly("    en-US: [{text: Welcome to Acme Bank.}, {pause: 1s}]");
            press(page, "prompt/shared/en-US/segment/1/remove");
            assertThat(shown(page, "prompt/shared/en-US/segment/1")).isEqualTo("1s");

            // undo the four edits: the text is the one before
            undo(editor, 4);
            assertThat(editor.diagram().text()).isEqualTo(before);
        });
    }

    @Test
    void shouldEditAPromptWrittenAsOneSegmentAloneOrByLanguageThenUndo() throws Exception {
        // given: the balance read as one segment, and the advisers' notice as one segment by language
        Files.writeString(bank, Files.readString(bank)
                .replace("""
                    prompt:
                      - {text: "Thank you, ${customer_name}. Your available balance is"}
                      - {say-money: balance, currency: USD}
                      - {pause: 500ms}
                      - {text: "Your next card payment is due on"}
                      - {say-date: payment_due}
                """, "    prompt: {say-money: balance, currency: USD}\n")
                .replace("""
                    prompt:
                      - {text: "Our advisers are not available right now."}
                      - {pause: 300ms}
                      - {text: "You can still check your balance, report a lost card or leave a message about a payment."}
                """, "    prompt:\n      en-US: {say-digits: account}\n"));
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            assertThat(before).contains("    prompt: {say-money: balance, currency: USD}\n", "      en-US: {say-digits: account}\n");

            // when: the single segment's value is typed over
            NodePropertiesPage page = select(editor, "read-balance");
            assertThat(shown(page, "prompt/segment/1")).isEqualTo("balance");
            type(page, "prompt/segment/1", "available");
            // then: only its line changed, its currency kept
            assertThat(changedLines(before, editor.diagram().text()))
                    .containsExactly("    prompt: {say-money: available, currency: USD}");

            // when: a segment is added after it: the prompt becomes a list of the two
            choose(page, "prompt/segment/new/kind", "pause");
            type(page, "prompt/segment/new", "300ms");
            press(page, "prompt/segment/add");
            var prompt = (org.centralita.flows.yaml.YamlNode.Sequence) editor.diagram().flow().node("read-balance")
                    .orElseThrow().field("prompt").orElseThrow();
            assertThat(prompt.items()).hasSize(2);
            var money = (org.centralita.flows.yaml.YamlNode.Mapping) prompt.items().get(0);
            assertThat(money.text("say-money")).contains("available");
            assertThat(money.text("currency")).contains("USD");
            assertThat(((org.centralita.flows.yaml.YamlNode.Mapping) prompt.items().get(1)).text("pause")).contains("300ms");
            assertThat(shown(page, "prompt/segment/2")).isEqualTo("300ms");

            // when: the English segment of the notice is typed over, then removed
            page = select(editor, "advisers-closed-notice");
            String atNotice = editor.diagram().text();
            assertThat(shown(page, "prompt/en-US/segment/1")).isEqualTo("account");
            type(page, "prompt/en-US/segment/1", "card");
            assertThat(changedLines(atNotice, editor.diagram().text())).containsExactly("      en-US: {say-digits: card}");
            press(page, "prompt/en-US/segment/1/remove");
            assertThat(editor.diagram().text()).doesNotContain("say-digits: card");

            // undo the four edits: the text is the one before
            undo(editor, 4);
            assertThat(editor.diagram().text()).isEqualTo(before);
        });
    }

    @Test
    void shouldEditTheNestedEntriesOfACrmRequestsBodyInPlaceThenUndo() throws Exception {
        // given: the bank's account look-up sending a body with a map inside
        giveTheLookUpABody("""
                      customer:
                        id: account
                        segment: segment
                      channel: '"ivr"'
                """);
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "lookup-account");
            // then: a row per entry, the inner map's named with their path
            assertThat(shown(page, "body/customer/id")).isEqualTo("account");
            assertThat(shown(page, "body/customer/segment")).isEqualTo("segment");
            assertThat(shown(page, "body/channel")).isEqualTo("\"ivr\"");

            // when: an inner entry is typed over, then another removed
            type(page, "body/customer/id", "account_number");
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("        id: account_number");
            press(page, "body/customer/segment/remove");
            assertThat(editor.diagram().text()).doesNotContain("segment: segment").contains("      customer:\n        id: account_number\n");
            assertThat(page.control("body/customer/segment")).isEmpty();

            // and both undone: the text is the one before
            editor.commandStack().undo();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(shown(page, "body/customer/id")).isEqualTo("account");
        });
    }

    @Test
    void shouldEditTheListsOfACrmRequestsBodyItemByItemAddAndRemoveThenUndo() throws Exception {
        // given: the bank's account look-up sending a body with a list of values and a list of maps
        giveTheLookUpABody("""
                      fields: [balance, owner]
                      filters:
                        - {name: status, value: open}
                """);
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "lookup-account");
            // then: a row per item, the map item's entries named with their path
            assertThat(shown(page, "body/fields/1")).isEqualTo("balance");
            assertThat(shown(page, "body/fields/2")).isEqualTo("owner");
            assertThat(shown(page, "body/filters/1/name")).isEqualTo("status");
            assertThat(shown(page, "body/filters/1/value")).isEqualTo("open");

            // when: an item is typed over: it stays an item of the list, only its line changes
            type(page, "body/fields/2", "holder");
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("      fields: [balance, holder]");
            var fields = (org.centralita.flows.yaml.YamlNode.Sequence) ((org.centralita.flows.yaml.YamlNode.Mapping) editor.diagram()
                    .flow().node("lookup-account").orElseThrow().field("body").orElseThrow()).get("fields").orElseThrow();
            assertThat(fields.items()).hasSize(2);

            // when: a value is added at the end, the first removed, an entry of the map item typed over
            type(page, "body/fields/new", "currency");
            press(page, "body/fields/add");
            assertThat(shown(page, "body/fields/3")).isEqualTo("currency");
            press(page, "body/fields/1/remove");
            type(page, "body/filters/1/value", "closed");
            // then: the list is the two left in order, the map item changed in place
            assertThat(shown(page, "body/fields/1")).isEqualTo("holder");
            assertThat(shown(page, "body/fields/2")).isEqualTo("currency");
            assertThat(page.control("body/fields/3")).isEmpty();
            assertThat(editor.diagram().text()).contains("{name: status, value: closed}");

            // an empty value is not added, and the form says so
            press(page, "body/fields/add");
            assertThat(page.message()).contains("a new value needs to be typed first");

            // undo the four edits: the text is the one before
            undo(editor, 4);
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(shown(page, "body/fields/2")).isEqualTo("owner");
        });
    }

    @Test
    void shouldEditAPromptPerLanguageWithTextToSpeechOrARecording() {
        StudioUi.onUi(() -> {
            Path line = flows.resolve("citizen-line.flow.yaml");
            FlowEditor editor = open(line);
            var commands = ((DiagramPart) editor.viewer().getContents()).commands();
            editor.commandStack().execute(commands.create("play", 600, 900));
            StudioUi.drain();
            NodePropertiesPage page = select(editor, "play-1");

            // the first language's text: inline text
            type(page, "prompt/en-US", "We are moving offices next week.");
            assertThat(editor.diagram().flow().node("play-1").orElseThrow().text("prompt")).contains("We are moving offices next week.");

            // a second language: the prompt becomes a map by language
            type(page, "prompt/es-ES", "Nos mudamos de oficina la semana que viene.");
            PromptLines prompt = PromptLines.of(editor.diagram().flow(), "play-1", "prompt");
            assertThat(prompt.form()).isEqualTo(PromptLines.Form.BY_LANGUAGE);
            assertThat(prompt.line("es-ES").orElseThrow().text()).isEqualTo("Nos mudamos de oficina la semana que viene.");
            assertThat(prompt.line("en-US").orElseThrow().text()).isEqualTo("We are moving offices next week.");

            // English as a recording
            type(page, "prompt/en-US", "sounds/moving");
            choose(page, "prompt/en-US/mode", "Recording");
            prompt = PromptLines.of(editor.diagram().flow(), "play-1", "prompt");
            assertThat(prompt.line("en-US").orElseThrow().recording()).isTrue();
            assertThat(prompt.line("en-US").orElseThrow().text()).isEqualTo("sounds/moving");
            assertThat(editor.diagram().text()).contains("audio: sounds/moving");
            assertThat(shown(page, "prompt/en-US/mode")).isEqualTo("Recording");

            // undo the recording: text-to-speech again
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(shown(page, "prompt/en-US/mode")).isEqualTo("Text-to-speech");
            assertThat(shown(page, "prompt/en-US")).isEqualTo("sounds/moving");
        });
    }

    @Test
    void shouldEditASharedPromptWhereItIsWrittenForOneLanguage() {
        StudioUi.onUi(() -> {
            Path line = flows.resolve("citizen-line.flow.yaml");
            FlowEditor editor = open(line);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "welcome");
            assertThat(shown(page, "prompt/es-ES")).isEqualTo("Bienvenido a los Servicios Municipales de Springfield.");

            type(page, "prompt/es-ES", "Bienvenido a Springfield.");

            assertThat(changedLines(before, editor.diagram().text())).containsExactly("    es-ES: Bienvenido a Springfield.");
            assertThat(editor.diagram().flow().node("welcome").orElseThrow().text("prompt")).contains("welcome");
            List<Problem> problems = new Validator().validate(FlowSet.of(List.of(editor.diagram().flow()))).problems();
            assertThat(problems.stream().filter(Problem::isError).map(Problem::message).toList())
                    .noneMatch(m -> m.contains("welcome"));
        });
    }

    @Test
    void shouldEditTheFlowsOwnValuesWhenNoNodeIsSelected() {
        StudioUi.onUi(() -> {
            // given: the diagram's background selected
            FlowEditor editor = open(bank);
            String before = editor.diagram().text();
            NodePropertiesPage page = select(editor, "greet");
            editor.viewer().select(editor.viewer().getContents());
            StudioUi.drain();
            assertThat(page.nodeId()).isNull();
            assertThat(shown(page, "languages")).isEqualTo("en-US");
            assertThat(shown(page, "start")).isEqualTo("greet");
            assertThat(shown(page, "defaults/timeout")).isEqualTo("5s");

            // when: a second language and a default are given
            type(page, "languages", "en-US, es-ES");
            type(page, "defaults/timeout", "7s");

            // then: the flow's lines change, and a node's prompt now has a row for each language
            assertThat(changedLines(before, editor.diagram().text())).containsExactly("languages: [en-US, es-ES]", "  timeout: 7s");
            assertThat(editor.diagram().flow().defaults().timeout()).isEqualTo(java.time.Duration.ofSeconds(7));
            page = select(editor, "holiday-notice");
            assertThat(page.control("prompt/es-ES")).isPresent();

            editor.commandStack().undo();
            editor.commandStack().undo();
            StudioUi.drain();
            assertThat(editor.diagram().text()).isEqualTo(before);
            assertThat(page.control("prompt/es-ES")).isEmpty();
        });
    }

    @Test
    void shouldEditADecisionsBranchesAndAnAssignmentMap() {
        StudioUi.onUi(() -> {
            FlowEditor editor = open(bank);
            NodePropertiesPage page = select(editor, "check-account-kind");
            assertThat(shown(page, "branches/1/when")).isEqualTo("size(account) == 10");

            type(page, "branches/new/when", "size(account) == 12");
            choose(page, "branches/new/next", "sorry");
            press(page, "branches/add");
            assertThat(page.message()).isNull();
            assertThat(editor.diagram().text()).contains("      - {when: size(account) == 12, next: sorry}\n");
            assertThat(shown(page, "outcome/branch 2")).isEqualTo("sorry");

            page = select(editor, "intent-balance");
            type(page, "assign/new", "segment");
            type(page, "assign/new/value", "\"retail\"");
            press(page, "assign/add");
            assertThat(editor.diagram().flow().node("intent-balance").orElseThrow().body().get("assign").orElseThrow())
                    .isInstanceOfSatisfying(org.centralita.flows.yaml.YamlNode.Mapping.class,
                            m -> assertThat(m.text("segment")).contains("\"retail\""));
        });
    }
}
