package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.model.FlowSet;
import org.junit.jupiter.api.Test;

/** A problem names the field it is about where the flow says which one. */
class ProblemFieldsTest {

    private static final String FLOW = """
            centralita: 1
            id: t
            start: greet
            on-error: nowhere
            nodes:
              greet:
                type: play
                prompt: Hello.
                next: menu
              menu:
                type: menu
                prompt: Press 1.
                options:
                  "1": {next: gone}
                no-input: bye
              bye: {type: hangup, reason: 3}
              orphan:
                type: play
                prompt: Never heard.
            """;

    @Test
    void shouldNameTheFieldOfEachProblemWhereTheFlowSaysIt() throws Exception {
        // given a flow with a wrong top-level reference, a missing required outcome, a wrong
        // option target, a wrong field value in flow style and an unreachable node
        Flow flow = FlowReader.read(ValidationFixture.FILE, FLOW);

        // when it is validated and each problem asked for its field
        List<Problem> problems = new Validator().validate(FlowSet.of(List.of(flow))).problems();
        Map<String, Optional<String>> fields = new java.util.LinkedHashMap<>();
        problems.forEach(p -> fields.put((p.node() == null ? "" : p.node()) + ": " + p.message(), ProblemFields.of(p, flow)));

        // then each names the field written where the problem is
        assertThat(fields).anySatisfy((k, v) -> {
            assertThat(k).startsWith(": ").contains("nowhere");
            assertThat(v).contains("on-error");
        });
        assertThat(fields).anySatisfy((k, v) -> {
            assertThat(k).startsWith("menu: ").contains("gone");
            assertThat(v).contains("options");
        });
        assertThat(fields).anySatisfy((k, v) -> {
            assertThat(k).startsWith("orphan: ").contains("missing required outcome 'next'");
            assertThat(v).contains("next");
        });
        assertThat(fields).anySatisfy((k, v) -> {
            assertThat(k).startsWith("bye: ").contains("reason");
            assertThat(v).contains("reason");
        });
        assertThat(problems).allSatisfy(p -> assertThat(ProblemFields.of(p, null)).isEmpty());
    }

    @Test
    void shouldNameNoFieldForAProblemAboutTheNodeItself() throws Exception {
        // given a node written twice as unreachable: the warning is at the node's id
        Flow flow = FlowReader.read(ValidationFixture.FILE, FLOW);
        Problem atId = Problem.warning(flow.node("orphan").orElseThrow().position(), "orphan", "unreachable");

        // then no field is named; another file's problem names none either
        assertThat(ProblemFields.of(atId, flow)).isEmpty();
        Problem elsewhere = Problem.error(new org.centralita.flows.yaml.SourcePosition("other.flow.yaml", 9, 5), "greet", "x");
        assertThat(ProblemFields.of(elsewhere, flow)).isEmpty();
    }
}
