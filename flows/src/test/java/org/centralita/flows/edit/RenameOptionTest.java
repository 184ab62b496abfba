package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.centralita.flows.yaml.YamlNode;
import org.junit.jupiter.api.Test;

/** An option's key changed where it is written: only the key, its quotes and comments kept; undo exact. */
class RenameOptionTest {

    private final FlowDocument document = CommentedFlow.open();
    private final String original = document.text();

    @Test
    void shouldChangeOnlyTheKeyKeepingItsQuotesValueAndComment() {
        // when option 1 of the menu becomes 5
        RenameOption edit = new RenameOption(document, "main-menu", "options", "1", "5");
        edit.apply();
        // then only the key changed on its line
        assertThat(document.text()).isEqualTo(original.replace("\"1\": {say: [offers], next: offers}   # the busiest option",
                "\"5\": {say: [offers], next: offers}   # the busiest option"));
        YamlNode.Mapping options = (YamlNode.Mapping) document.flow().node("main-menu").orElseThrow().field("options").orElseThrow();
        assertThat(options.entries().keySet()).containsExactly("5", "2");
        // and undo gives the text back, redo the edited one
        String edited = document.text();
        edit.undo();
        assertThat(document.text()).isEqualTo(original);
        edit.redo();
        assertThat(document.text()).isEqualTo(edited);
    }

    @Test
    void shouldQuoteAStarOrHashWhereTheKeyWasWrittenPlain() throws Exception {
        // given a language node whose keys are written plain
        FlowDocument plain = FlowDocument.of(Path.of("flows/lang.flow.yaml"), """
                centralita: 1
                id: lang
                start: choose
                languages: [en-US, es-ES]
                nodes:
                  choose:
                    type: language
                    prompt: For English press 1. Para español oprima 2.
                    options:
                      1: en-US   # English first
                      2: es-ES
                    next: bye
                  bye:
                    type: hangup
                """);
        String before = plain.text();
        // when 2 becomes # and 1 becomes 9
        new RenameOption(plain, "choose", "options", "2", "#").apply();
        new RenameOption(plain, "choose", "options", "1", "9").apply();
        // then # is quoted (plain, YAML would read a comment), 9 stays plain
        assertThat(plain.text()).isEqualTo(before.replace("      1: en-US", "      9: en-US").replace("      2: es-ES", "      \"#\": es-ES"));
        YamlNode.Mapping options = (YamlNode.Mapping) plain.flow().node("choose").orElseThrow().field("options").orElseThrow();
        assertThat(options.entries().keySet()).containsExactly("9", "#");
    }

    @Test
    void shouldRefuseADuplicateKeyAKeyThatIsNotDtmfAndAnOptionThatIsNotThere() {
        assertThat(new RenameOption(document, "main-menu", "options", "1", "2").refusal())
                .contains("'main-menu' already has an option '2'");
        assertThat(new RenameOption(document, "main-menu", "options", "1", "12").refusal())
                .contains("option '12' must be one DTMF key: 0-9, * or #");
        assertThat(new RenameOption(document, "main-menu", "options", "7", "8").refusal())
                .contains("'main-menu' has no option '7'");
        assertThat(new RenameOption(document, "greet", "options", "1", "8").refusal())
                .contains("'greet' has no options under 'options'");
        assertThatThrownBy(() -> new RenameOption(document, "main-menu", "options", "1", "2").apply())
                .isInstanceOf(EditException.class);
        assertThat(document.text()).isEqualTo(original);
    }
}
