package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.ChannelStatusCommand;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.junit.jupiter.api.Test;

class AgiCommandNamesTest {

    @Test
    void shouldNameEachCommandTheRuntimeSendsAsTheProtocolDoesWithoutItsArguments() {
        assertThat(AgiCommandNames.of(new AnswerCommand())).isEqualTo("ANSWER");
        assertThat(AgiCommandNames.of(QuotedCommands.streamFile("centralita/en-US/abc", "0123456789*#")))
                .isEqualTo("STREAM FILE");
        assertThat(AgiCommandNames.of(QuotedCommands.setVariable("CENTRALITA_STATUS", "QUEUE"))).isEqualTo("SET VARIABLE");
        assertThat(AgiCommandNames.of(new WaitForDigitCommand(5000))).isEqualTo("WAIT FOR DIGIT");
        assertThat(AgiCommandNames.of(new SayDigitsCommand("1234", "#"))).isEqualTo("SAY DIGITS");
        assertThat(AgiCommandNames.of(new ExecCommand("Queue", "support"))).isEqualTo("EXEC");
        assertThat(AgiCommandNames.of(new GetVariableCommand("QUEUESTATUS"))).isEqualTo("GET VARIABLE");
        assertThat(AgiCommandNames.of(new ChannelStatusCommand())).isEqualTo("CHANNEL STATUS");
        assertThat(AgiCommandNames.of(new RecordFileCommand("/tmp/x", "wav", "#", 5000))).isEqualTo("RECORD FILE");
    }

    @Test
    void shouldTakeTheLongestProtocolNameAndTheFirstWordOfAnUnknownCommand() {
        assertThat(AgiCommandNames.nameIn("CONTROL STREAM FILE \"x\" \"#\"")).isEqualTo("CONTROL STREAM FILE");
        assertThat(AgiCommandNames.nameIn("SAY DATETIME 0 \"\"")).isEqualTo("SAY DATETIME");
        assertThat(AgiCommandNames.nameIn("SAY DATE 0 \"\"")).isEqualTo("SAY DATE");
        assertThat(AgiCommandNames.nameIn("EXECUTE something")).isEqualTo("EXECUTE");
        assertThat(AgiCommandNames.nameIn("NOOP")).isEqualTo("NOOP");
    }
}
