package org.centralita.runtime.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CallerScriptTest {

    @Test
    void shouldReadKeysWordsRecordingsAndSilences() {
        assertThat(CallerScript.parse("1,12345678#,say:lost card,say-audio:hello.wav,,"))
                .containsExactly(new CallerAction.Press("1"), new CallerAction.Press("12345678#"),
                        new CallerAction.Say("lost card"), new CallerAction.SayAudio(Path.of("hello.wav")),
                        new CallerAction.Silence(), new CallerAction.Silence());
    }

    @Test
    void shouldRefuseAnEntryThatIsNoneOfTheForms() {
        assertThatThrownBy(() -> CallerScript.parse("1,hello"))
                .hasMessageContaining("'hello' is not keys");
    }
}
