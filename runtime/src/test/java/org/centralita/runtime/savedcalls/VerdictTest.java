package org.centralita.runtime.savedcalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first step where a call differs from its saved path and end. */
class VerdictTest {

    private static final List<String> SAVED = List.of("greet", "main-menu", "ask-pin", "balance");

    @Test
    void shouldPassTheSamePathAndEnd() {
        Verdict verdict = Verdict.of(SAVED, "hangup", SAVED, "hangup");

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.stepValue()).isNull();
        assertThat(verdict.message()).isNull();
    }

    @Test
    void shouldNameTheFirstDifferentNodeOnly() {
        Verdict verdict = Verdict.of(SAVED, "hangup", List.of("greet", "main-menu", "lookup", "goodbye"), "queue");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.stepValue()).isEqualTo(3);
        assertThat(verdict.expected()).isEqualTo("ask-pin");
        assertThat(verdict.actual()).isEqualTo("lookup");
        assertThat(verdict.message()).isEqualTo("step 3: expected node 'ask-pin', was 'lookup'");
    }

    @Test
    void shouldSayWhenTheCallEndedBeforeTheSavedPath() {
        Verdict verdict = Verdict.of(SAVED, "hangup", List.of("greet", "main-menu"), "caller-hangup");

        assertThat(verdict.stepValue()).isEqualTo(3);
        assertThat(verdict.actual()).isNull();
        assertThat(verdict.message()).isEqualTo("step 3: expected node 'ask-pin', was none (the call had ended 'caller-hangup')");
    }

    @Test
    void shouldCompareTheEndOnceThePathMatches() {
        Verdict verdict = Verdict.of(SAVED, "hangup", SAVED, "caller-hangup");

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.stepValue()).isEqualTo("end");
        assertThat(verdict.message()).isEqualTo("step end: expected end 'hangup', was 'caller-hangup'");
    }
}
