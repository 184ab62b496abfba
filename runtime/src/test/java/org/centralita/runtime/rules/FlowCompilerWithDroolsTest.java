package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.flows.compile.CompileOptions;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.RulesNode;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCompilerWithDroolsTest {

    private static final String FLOW = """
            centralita: 1
            id: bank
            start: route
            variables:
              balance: {type: number}
            nodes:
              route: {type: rules, rules: rules/routing.drl, outcomes: {vip: gold}, default: plain}
              gold: {type: hangup, prompt: "Welcome, valued customer."}
              plain: {type: hangup}
            """;

    @TempDir
    Path dir;

    @Test
    void shouldCompileARulesNodeThatDecidesWithDrools() throws Exception {
        // given
        write("rules/routing.drl", DroolsRulesCompilerTest.VIP_RULES);
        write("bank.flow.yaml", FLOW);

        // when
        CompileResult result = compile();

        // then
        assertThat(result.problems()).isEmpty();
        RulesNode route = (RulesNode) result.flow("bank").orElseThrow().node("route");
        var outcome = route.rules().decide(DroolsRulesCompilerTest.input(Map.of("balance", 75_000)));
        assertThat(route.outcomes().get(outcome.outcome())).isEqualTo("gold");
    }

    @Test
    void shouldReportARuleFileSyntaxErrorAtTheDrlLine() throws Exception {
        // given a rule file whose sixth line does not parse
        write("rules/routing.drl", """
                package bank.routing
                import org.centralita.rules.Flow;

                rule "Broken"
                when
                    Flow( number("balance") >>= 3 )
                then
                end
                """);
        write("bank.flow.yaml", FLOW);

        // when
        CompileResult result = compile();

        // then
        assertThat(result.flows()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(dir.resolve("rules/routing.drl")
                + ":6:30: error: node 'route': no viable alternative at input '>=' in rule \"Broken\"");
    }

    @Test
    void shouldReportASandboxBreachAsACompileError() throws Exception {
        // given
        write("rules/routing.drl", "package bank\nimport java.io.File;\n");
        write("bank.flow.yaml", FLOW);

        // then
        assertThat(compile().problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("import of 'java.io.File' is not allowed");
        });
    }

    private CompileResult compile() {
        return new FlowCompiler().compile(FlowSet.load(List.of(dir)),
                CompileOptions.defaults().withRulesCompiler(new DroolsRulesCompiler()));
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
