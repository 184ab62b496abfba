package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralita.runtime.channel.PromptSegment;
import org.junit.jupiter.api.Test;

class HashedPromptNamesTest {

    @Test
    void shouldNameATextByTheFirstSixteenHexDigitsOfItsSha256() {
        // given
        PromptRenderer names = PromptRenderer.hashed("centralita");

        // when
        String name = names.soundFor(new PromptSegment.Speak("abc"), "en-US");

        // then: SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223...
        assertThat(name).isEqualTo("centralita/en-US/ba7816bf8f01cfea");
        assertThat(names.soundFor(new PromptSegment.Speak("abc"), null)).isEqualTo("centralita/default/ba7816bf8f01cfea");
    }

    @Test
    void shouldRememberNamesUpToItsBoundOnly() {
        // given
        HashedPromptNames names = new HashedPromptNames("centralita");

        // when more distinct texts than it remembers are named, then one more
        for (int i = 0; i < HashedPromptNames.REMEMBERED; i++) {
            names.soundFor(new PromptSegment.Speak("text " + i), "en-US");
        }
        int full = names.remembered();
        String first = names.soundFor(new PromptSegment.Speak("text 0"), "en-US");
        names.soundFor(new PromptSegment.Speak("one more"), "en-US");

        // then it starts again, and names stay the same
        assertThat(full).isEqualTo(HashedPromptNames.REMEMBERED);
        assertThat(names.remembered()).isEqualTo(1);
        assertThat(names.soundFor(new PromptSegment.Speak("text 0"), "en-US")).isEqualTo(first);
    }
}
