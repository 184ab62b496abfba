package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.junit.jupiter.api.Test;

class PromptRendererTest {

    private final AtomicInteger namesTaken = new AtomicInteger();

    @Test
    void shouldRenderAPromptReadingNoVariableOnceAndNeverTakeTheNames() {
        // given text, a recording and a pause, none reading a variable
        PromptSpec welcome = TestFlows.segments(new SegmentSpec.Text(TestFlows.template("Welcome.")),
                new SegmentSpec.Audio("jingle"), new SegmentSpec.Pause(Duration.ofMillis(500)));

        // when two calls hear it
        RenderedPrompt first = PromptRenderer.render(welcome, "en-US", this::names, name -> false);
        RenderedPrompt second = PromptRenderer.render(welcome, "en-US", this::names, name -> false);

        // then
        assertThat(second).isSameAs(first);
        assertThat(first.traceText()).isEqualTo("Welcome.");
        assertThat(first.audio()).containsExactly("jingle");
        assertThat(namesTaken).hasValue(0);
    }

    @Test
    void shouldRenderAPromptReadingAVariableForEachCallWithSecretsMasked() {
        // given
        PromptSpec balance = TestFlows.say("Your PIN ${pin} and balance ${balance}.");

        // when
        RenderedPrompt rendered = PromptRenderer.render(balance, "en-US", this::names, "pin"::equals);
        RenderedPrompt again = PromptRenderer.render(balance, "en-US", this::names, "pin"::equals);

        // then
        assertThat(rendered.prompt().asText()).isEqualTo("Your PIN 4321 and balance 12.5.");
        assertThat(rendered.traceText()).isEqualTo("Your PIN *** and balance 12.5.");
        assertThat(again).isNotSameAs(rendered).isEqualTo(rendered);
        assertThat(namesTaken).hasValue(2);
    }

    private Map<String, Object> names() {
        namesTaken.incrementAndGet();
        return Map.of("pin", "4321", "balance", new java.math.BigDecimal("12.50"));
    }
}
