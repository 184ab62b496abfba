package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.junit.jupiter.api.Test;

class QuotedCommandsTest {

    private static final List<String> TEXTS = Arrays.asList("prompts/en/0123abcd", "", null, "say \"hi\"",
            "back\\slash", "two\nlines", "ñandú 1,2", "\\\"\n\\\\", "$1 \\1 %s");

    @Test
    void shouldWriteTheSameStreamFileLineAsAsteriskJava() {
        // given every tricky text as file and escape digits
        for (String text : TEXTS) {
            // when / then
            assertThat(QuotedCommands.streamFile(text, text).buildCommand())
                    .isEqualTo(new StreamFileCommand(text, text).buildCommand());
        }
    }

    @Test
    void shouldWriteTheSameGetDataLineAsAsteriskJava() {
        for (String text : TEXTS) {
            assertThat(QuotedCommands.getData(text, 5000, 8).buildCommand())
                    .isEqualTo(new GetDataCommand(text, 5000, 8).buildCommand());
        }
    }

    @Test
    void shouldWriteTheSameSetVariableLineAsAsteriskJava() {
        for (String text : TEXTS) {
            assertThat(QuotedCommands.setVariable("__CENTRALITA_CTX_" + text, text).buildCommand())
                    .isEqualTo(new SetVariableCommand("__CENTRALITA_CTX_" + text, text).buildCommand());
        }
    }
}
