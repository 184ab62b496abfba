package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.expr.ExpressionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCompilerTest {

    @TempDir
    Path dir;

    @Test
    void shouldResolveEveryWrittenFormForEveryLanguage() throws Exception {
        // given one play node per form a prompt may take
        var flow = new FlowFixture(dir).flow("main", """
                start: key
                nodes:
                  key: {type: play, prompt: welcome, next: inline}
                  inline: {type: play, prompt: "Balance ${balance}", next: spanish-only}
                  spanish-only: {type: play, prompt: {es-ES: Hola.}, next: segment}
                  segment: {type: play, prompt: {audio: sounds/welcome}, next: segments}
                  segments: {type: play, prompt: [Your PIN is, {say-digits: pin}, {say-date: due}, {say-number: balance}], next: bye}
                  bye: {type: hangup}
                """).compile().flow("main").orElseThrow();

        // then
        assertThat(render(prompt(flow.node("key")), "es-ES")).containsExactly("Bienvenido.");
        assertThat(render(prompt(flow.node("inline")), "es-ES")).containsExactly("Balance 12.5");
        assertThat(render(prompt(flow.node("spanish-only")), "en-US")).containsExactly("Hola.");
        assertThat(prompt(flow.node("segment")).segments("en-US")).containsExactly(new SegmentSpec.Audio("sounds/welcome"));
        List<SegmentSpec> segments = prompt(flow.node("segments")).segments("es-ES");
        assertThat(segments).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("Text", "SayDigits", "SayDate", "SayNumber");
        assertThat(((SegmentSpec.SayDigits) segments.get(1)).value().evaluate(Map.of("pin", "1234"))).isEqualTo("1234");
    }

    @Test
    void shouldShareTheResolvedPromptOfAKeyBetweenNodes() {
        // given
        var flow = new FlowFixture(dir).flow("main", """
                start: a
                nodes:
                  a: {type: play, prompt: welcome, next: b}
                  b: {type: play, prompt: welcome, next: c}
                  c: {type: hangup}
                """).compile().flow("main").orElseThrow();

        // then
        assertThat(prompt(flow.node("a"))).isSameAs(prompt(flow.node("b")));
    }

    private static PromptSpec prompt(Object node) {
        return ((PlayNode) node).prompt();
    }

    private static List<String> render(PromptSpec prompt, String language) throws ExpressionException {
        Map<String, Object> names = Map.of("balance", new BigDecimal("12.50"));
        List<String> texts = new java.util.ArrayList<>();
        for (SegmentSpec segment : prompt.segments(language)) {
            texts.add(((SegmentSpec.Text) segment).text().render(names));
        }
        return texts;
    }
}
