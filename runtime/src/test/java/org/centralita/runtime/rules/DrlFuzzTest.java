package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.runtime.examples.RepositoryRoot;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated DRL (from the example rule files and the known exploits) against the rules
 * check: whatever the text, it gives a verdict (approved, or problems with a line and a message)
 * and never throws or hangs. The seed is fixed, so a failure is reproduced by running it again.
 */
class DrlFuzzTest {

    private static final long SEED = 20261206L;
    private static final int CASES = 400;
    /** Full compiles (the sandbox and, for text it approves or cannot parse, Drools) among the cases. */
    private static final int COMPILED = 12;
    /** Far beyond what the cases need: this only tells a hang from a slow machine. */
    private static final Duration HANG = Duration.ofMinutes(3);

    private static final List<String> EXPLOITS = List.of(
            "rule r when $d : Decision() then \"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
                    + ".invoke(null); end",
            "rule r when $d : Decision() then $d.outcome(\"x\"); // \\u000a Runtime.getRuntime().exec(\"id\");\nend",
            "import function java.lang.System.getenv;\nrule r when $d : Decision() then $d.outcome(getenv(\"HOME\")); end",
            "rule r when $d : Decision() then \"\".getClass().forName(\"java.lang.System\").getMethod(\"exit\", int.class)"
                    + ".invoke(null, 77); end",
            "function int down(int n) { return down(n + 1); }\nrule r when $d : Decision() then while (true) { } end",
            "rule r when $d : Decision() then new Thread(() -> {}).start(); java.util.List.of(1).parallelStream(); end");

    /** Pieces a mutation inserts: DRL and Java syntax, escapes, and names the sandbox must refuse. */
    private static final List<String> PIECES = List.of("{", "}", "(", ")", "\"", "'", ";", ".", ",", ":", "$d", "//",
            "/*", "*/", "\\u000a", "\\u007d", "\\u0022", "\n", "rule ", " when ", " then ", " end", "import ",
            "function ", "declare ", "eval(", " from ", "accumulate(", "not ", "exists ", "System", "getClass()",
            "Runtime.getRuntime()", "while (true) {}", "for (;;) {}", "new long[999999999]", "#", "@", "!.",
            "str[startsWith]", "modify($d) {", "drools.", "\u0000", "\t", "0x7fffffff", "-", "==", "&&");

    @Test
    void shouldGiveAVerdictOnAnyTextWithoutThrowingOrHanging() throws Exception {
        // given a deterministic list of random and mutated rule files
        List<String> cases = cases(seeds());

        // when each is checked (a few also fully compiled), then each gets a verdict in bounded time
        assertTimeoutPreemptively(HANG, () -> {
            DroolsRulesCompiler compiler = new DroolsRulesCompiler();
            for (int i = 0; i < cases.size(); i++) {
                String drl = cases.get(i);
                DrlSandbox.Checked checked = DrlSandbox.check(drl);
                assertThat(checked.breaches()).as("case %d:%n%s", i, drl).allSatisfy(DrlFuzzTest::isReported);
                if (i % (CASES / COMPILED) == 0) {
                    RulesCompiler.Result result = compiler.compile(drl);
                    assertThat(result.ok() || !result.problems().isEmpty()).as("case %d:%n%s", i, drl).isTrue();
                    assertThat(result.problems()).as("case %d:%n%s", i, drl).allSatisfy(DrlFuzzTest::isReported);
                }
            }
        });
    }

    private static void isReported(RuleProblem problem) {
        assertThat(problem.line()).isNotNegative();
        assertThat(problem.column()).isNotNegative();
        assertThat(problem.message()).isNotBlank().doesNotContain("\tat ");
    }

    private static List<String> seeds() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(RepositoryRoot.find().resolve("examples/flows/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
        EXPLOITS.forEach(exploit -> seeds.add(header() + exploit));
        return seeds;
    }

    private static List<String> cases(List<String> seeds) {
        Random random = new Random(SEED);
        List<String> cases = new ArrayList<>(seeds);
        while (cases.size() < CASES) {
            cases.add(random.nextInt(10) == 0 ? noise(random) : mutate(seeds.get(random.nextInt(seeds.size())), random));
        }
        return cases;
    }

    private static String mutate(String text, Random random) {
        StringBuilder drl = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && drl.length() > 0; e++) {
            int at = random.nextInt(drl.length());
            int span = Math.min(drl.length() - at, 1 + random.nextInt(20));
            switch (random.nextInt(4)) {
                case 0 -> drl.delete(at, at + span);
                case 1 -> drl.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 2 -> drl.insert(at, drl.substring(at, at + span));
                default -> drl.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return drl.toString();
    }

    private static String noise(Random random) {
        StringBuilder drl = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            drl.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? " " : "");
        }
        return drl.toString();
    }

    private static String header() {
        return "package fuzz\nimport org.centralita.rules.*;\n";
    }
}
