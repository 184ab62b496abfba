package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centralita.flows.rules.RulesCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DrlSandboxTest {

    private final DroolsRulesCompiler compiler = new DroolsRulesCompiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "import java.io.File;                         | 3:1 import of 'java.io.File' is not allowed",
            "import java.lang.reflect.*;                  | 3:1 import of 'java.lang.reflect.*' is not allowed",
            "import java.util.concurrent.Executors;       | 3:1 import of 'java.util.concurrent.Executors' is not allowed",
            "rule r when then System.exit(1); end         | 3:18 type 'System' is not allowed in rules",
            "rule r when then Runtime.getRuntime(); end   | 3:18 type 'Runtime' is not allowed in rules",
            "rule r when then new Thread().start(); end   | 3:22 type 'Thread' is not allowed in rules",
            "rule r when then new ProcessBuilder(); end   | 3:22 type 'ProcessBuilder' is not allowed in rules",
            "rule r when then Class.forName(\"x\"); end     | 3:18 type 'Class' is not allowed in rules",
            "rule r when then new java.io.File(\"/\"); end  | 3:22 'java.io.File' is not allowed",
            "rule r when then java.lang.reflect.Array.getLength(null); end | 3:18 'java.lang.reflect.Array' is not allowed",
            "rule r when then \"\".getClass(); end          | 3:21 'getClass' is not allowed in rules",
            "rule r when then new java.util.Timer(); end  | 3:22 'java.util.Timer' is not allowed",
    })
    void shouldRejectABreachAtItsLine(String line, String expected) {
        // given
        String drl = "package t\nimport org.centralita.rules.Decision;\n" + line + "\n";

        // when
        RulesCompiler.Result result = compiler.compile(drl);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(DroolsRulesCompilerTest::describe)
                .anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void shouldAcceptWhatTheFormatAllowsAndIgnoreCommentsAndStrings() {
        // given
        String drl = """
                package bank.routing
                import org.centralita.rules.*;
                import java.time.DayOfWeek;
                import java.util.*;
                // System.exit(1) in a comment is harmless
                /* so is java.io.File
                   over two lines */
                rule "Weekend callers with System in their note"
                when
                    Call( now.getDayOfWeek() == DayOfWeek.SATURDAY )
                    $d : Decision()
                then
                    List<String> words = new ArrayList<>();
                    words.add("Runtime.getRuntime()");
                    $d.set("max", Math.max(1, 2));
                    $d.set("words", String.join(",", words));
                end
                """;

        // when
        var breaches = DrlSandbox.check(drl);

        // then
        assertThat(breaches).isEmpty();
        assertThat(compiler.compile(drl).problems()).isEmpty();
    }

    @Test
    void shouldReportEveryBreachOfAFile() {
        var breaches = DrlSandbox.check("""
                package t
                import java.io.File;
                import java.net.Socket;
                rule r when then System.out.println(1); Thread.sleep(5); end
                """);

        assertThat(breaches).extracting(p -> p.line() + ":" + p.column())
                .containsExactly("2:1", "3:1", "4:18", "4:41");
        assertThat(List.copyOf(breaches)).hasSize(4);
    }
}
