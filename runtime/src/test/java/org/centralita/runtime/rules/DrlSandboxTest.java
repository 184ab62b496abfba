package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.runtime.examples.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules sandbox, exploit by exploit: each DRL below is refused at validate with its line and
 * column and a message that says why, and is never built.
 */
class DrlSandboxTest {

    private final DroolsRulesCompiler compiler = new DroolsRulesCompiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // the reported exploits
            "reflection exec | rule r when $d : Decision() then \"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null); end"
                    + " | 3:34 'getClass' is not allowed in rules: they cannot reach reflection",
            "System.exit via reflection | rule r when $d : Decision() then \"\".getClass().forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 77); end"
                    + " | 3:34 'getClass' is not allowed in rules: they cannot reach reflection",
            "System.exit via Class | rule r when $d : Decision() then Class.forName(\"java.lang.System\"); end"
                    + " | 3:34 'Class' is not allowed in rules: they cannot reach reflection",
            "unicode escapes in a name | rule r when $d : Decision() then Sys\\u0074em.exit(0); end"
                    + " | 3:34 'System' is not allowed in rules: they cannot reach the JVM",
            "unicode escapes closing the method | rule r when $d : Decision() then $d.outcome(\"x\"); \\u007d static \\u007b"
                    + " System.exit(0); \\u007d void x() \\u007b end"
                    + " | 3:34 the consequence of rule 'r' is not plain Java the rules sandbox can check",
            "import function getenv | import function java.lang.System.getenv;"
                    + " | 3:1 'import function java.lang.System.getenv' is not allowed",
            "getenv in a constraint | rule r when Call( ani == System.getenv(\"HOME\") ) then end"
                    + " | 3:19 'System' is not allowed in rules: they cannot reach the JVM and its environment",
            // threads and parallel streams
            "new thread | rule r when $d : Decision() then new Thread().start(); end"
                    + " | 3:34 'Thread' is not allowed in rules: they cannot reach threads",
            "executor | rule r when $d : Decision() then java.util.concurrent.Executors.newFixedThreadPool(2); end"
                    + " | 3:34 'Executors' is not allowed in rules: they cannot reach threads",
            "parallel stream | rule r when $d : Decision() then java.util.List.of(1, 2).parallelStream().count(); end"
                    + " | 3:34 'parallelStream' is not allowed in rules: they cannot reach threads (parallel streams)",
            "stream parallel | rule r when $d : Decision() then java.util.List.of(1, 2).stream().parallel(); end"
                    + " | 3:34 'parallel' is not allowed in rules: they cannot reach threads (parallel streams)",
            "lambda | rule r when $d : Decision() then Runnable task = () -> $d.outcome(\"x\"); end"
                    + " | 3:50 '() -> $d.outcome(\"x\")' is not allowed in rules (no lambdas",
            // endless or unbounded code
            "while loop | rule r when $d : Decision() then while (true) { } end"
                    + " | 3:34 loops ('while', 'for', 'do') are not allowed in rules",
            "for loop | rule r when $d : Decision() then for (int i = 0; i < 10; i++) { $d.outcome(\"x\"); } end"
                    + " | 3:34 loops ('while', 'for', 'do') are not allowed in rules",
            "do loop | rule r when $d : Decision() then do { } while (true); end"
                    + " | 3:34 loops ('while', 'for', 'do') are not allowed in rules",
            "huge array | rule r when $d : Decision() then long[] big = new long[Integer.MAX_VALUE]; end"
                    + " | 3:47 an array in a rule must have a constant size of at most 1000",
            "recursion | function int down(int n) { return down(n + 1); }"
                    + " | 3:1 function 'down' calls itself (down -> down): recursion is not allowed in rules",
            // other ways out
            "process | rule r when $d : Decision() then new ProcessBuilder(\"id\").start(); end"
                    + " | 3:34 'ProcessBuilder' is not allowed in rules: they cannot reach processes",
            "qualified file | rule r when $d : Decision() then new java.io.File(\"/\").delete(); end"
                    + " | 3:34 'File' is not allowed in rules: they cannot reach files",
            "import | import java.io.File; | 3:1 import of 'java.io.File' is not allowed",
            "wildcard import | import java.lang.reflect.*; | 3:1 import of 'java.lang.reflect.*' is not allowed",
            "the engine | rule r when $d : Decision() then drools.getKieRuntime(); end"
                    + " | 3:34 'drools' is not allowed in rules: they cannot reach the rule engine itself",
            "eval | rule r when eval( \"\".getClass() != null ) then end"
                    + " | 3:13 'getClass' is not allowed in rules: they cannot reach reflection",
            "from | rule r when $s : String() from System.getProperty(\"user.home\") then end"
                    + " | 3:13 'System' is not allowed in rules: they cannot reach the JVM",
            "global | global java.util.List out; | 3:1 global 'out' is not allowed",
            "mvel dialect | rule r dialect \"mvel\" when $d : Decision() then $d.outcome(\"x\"); end"
                    + " | 3:16 dialect mvel is not allowed",
            "modify block | rule r when $d : Decision() then modify($d) { outcome(\"x\") } end"
                    + " | 3:43 the consequence of rule 'r' is not plain Java the rules sandbox can check",
            "declared field value | declare Note text : String = System.getenv(\"HOME\") end"
                    + " | 3:21 'System' is not allowed in rules",
            "declared type named like a JDK type | declare Runtime text : String end"
                    + " | 3:9 declared type 'Runtime' must have a simple name of its own",
            "query | query q(java.io.File f) $d : Decision() end | 3:1 query 'q' is not allowed in rules",
            "class-loading annotation | declare Note @com.example.Gadget text : String end"
                    + " | 3:9 annotation '@com.example.Gadget' is not allowed in rules",
            "timer | rule r timer (int: 1s) when $d : Decision() then end | 3:14 attribute 'timer' is not allowed in rules",
    })
    void shouldRefuseAnExploitAtItsLine(String exploit, String line, String expected) {
        // given
        String drl = "package t\nimport org.centralita.rules.*;\n" + line + "\n";

        // when
        RulesCompiler.Result result = compiler.compile(drl);

        // then
        assertThat(result.rules()).isNull();
        assertThat(result.problems()).extracting(DroolsRulesCompilerTest::describe)
                .anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void shouldSeeCodeHiddenInACommentByAUnicodeEscapeAsJavacDoes() {
        // given a comment whose \\u000a ends it for javac, putting the rest of the line in the code
        String drl = """
                package t
                import org.centralita.rules.Decision;
                rule "innocent"
                when
                    $d : Decision()
                then
                    $d.outcome("x"); // just a note \\u000a Runtime.getRuntime().exec("id");
                end
                """;

        // when
        RulesCompiler.Result result = compiler.compile(drl);

        // then
        assertThat(result.rules()).isNull();
        assertThat(result.problems()).extracting(DroolsRulesCompilerTest::describe)
                .anySatisfy(p -> assertThat(p).startsWith("7:").contains("'Runtime' is not allowed in rules"));
    }

    @Test
    void shouldRefuseCodeNestedTooDeepInsteadOfCrashing() {
        // given a consequence nested far deeper than any parser's stack
        String nested = "(".repeat(200_000) + "1" + ")".repeat(200_000);
        String drl = "package t\nimport org.centralita.rules.Decision;\n"
                + "rule r when $d : Decision() then $d.set(\"x\", " + nested + "); end\n";

        // when
        RulesCompiler.Result result = compiler.compile(drl);

        // then it is refused with a message, not a StackOverflowError
        assertThat(result.rules()).isNull();
        assertThat(result.problems()).extracting(RuleProblem::message)
                .containsExactly("the rule file nests too deeply to be checked");
    }

    @Test
    void shouldRefuseFunctionsThatCallEachOtherInACircle() {
        // given
        String drl = """
                package t
                function int ping(int n) { return pong(n); }
                function int pong(int n) { return n > 0 ? ping(n - 1) : 0; }
                """;

        // when
        var breaches = DrlSandbox.check(drl).breaches();

        // then
        assertThat(breaches).extracting(DroolsRulesCompilerTest::describe).containsExactlyInAnyOrder(
                "2:1 function 'ping' calls itself (ping -> pong -> ping): recursion is not allowed in rules",
                "3:1 function 'pong' calls itself (pong -> ping -> pong): recursion is not allowed in rules");
    }

    @Test
    void shouldReadAnImportSplitOverTwoLines() throws Exception {
        // given imports written over two lines each, one allowed, one not
        String allowed = "package t\nimport org.centralita.rules.\n    Decision;\n"
                + "rule r when $d : Decision() then $d.outcome(\"split\"); end\n";
        String refused = "package t\nimport java.io.\n    File;\n";

        // when
        RulesCompiler.Result built = compiler.compile(allowed);
        RulesCompiler.Result breach = compiler.compile(refused);

        // then the first builds and decides, the second is refused at its line, neither crashes
        assertThat(built.problems()).isEmpty();
        assertThat(built.rules().decide(DroolsRulesCompilerTest.input(Map.of())).outcome()).isEqualTo("split");
        assertThat(breach.problems()).extracting(DroolsRulesCompilerTest::describe)
                .containsExactly("2:1 import of 'java.io.File' is not allowed: rules may import only the facts of"
                        + " org.centralita.rules and the JDK value types listed in docs/rules.md");
    }

    @Test
    void shouldAcceptWhatTheFormatAllowsAndIgnoreCommentsAndStrings() {
        // given
        String drl = """
                package bank.routing
                import org.centralita.rules.*;
                import java.time.DayOfWeek;
                import java.util.*;
                import function java.lang.Math.max;
                // System.exit(1) in a comment is harmless
                /* so is java.io.File
                   over two lines */
                declare Tariff
                    name : String = "basic"
                end
                function String label(String queue) { return queue.toUpperCase() + "-" + max(1, 2); }
                rule "Weekend callers with System in their note"
                    salience 10
                when
                    Call( now.getDayOfWeek() == DayOfWeek.SATURDAY || now.dayOfWeek == DayOfWeek.SUNDAY, $ani : ani )
                    Flow( number("balance") > 10, text("note") str[startsWith] "x" )
                    $d : Decision()
                then
                    List<String> words = List.of("Runtime.getRuntime()", $ani);
                    Tariff tariff = new Tariff();
                    $d.set("max", Math.max(1, 2));
                    $d.set("words", String.join(",", words));
                    $d.set("queue", label(tariff.getName()));
                    if ($ani.startsWith("+34")) {
                        $d.outcome("spain");
                    }
                end
                """;

        // when
        var breaches = DrlSandbox.check(drl).breaches();

        // then
        assertThat(breaches).isEmpty();
        assertThat(compiler.compile(drl).problems()).isEmpty();
    }

    @Test
    void shouldAcceptTheExampleRuleFiles() throws Exception {
        Path rules = RepositoryRoot.find().resolve("examples/flows/rules");
        try (var files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(compiler.compile(file).problems()).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void shouldReportEveryBreachOfAFile() {
        var breaches = DrlSandbox.check("""
                package t
                import java.io.File;
                import java.net.Socket;
                rule r when then System.out.println(1); Thread.sleep(5); end
                """).breaches();

        assertThat(breaches).extracting(RuleProblem::line).containsExactly(2, 3, 4, 4);
    }
}
