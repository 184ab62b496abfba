package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated flow files through the reader and the validator: every input ends in a
 * result or in reported problems, never another exception and never a hang (issue 10). The seed
 * is fixed, so a failure names an input that fails again.
 */
class FlowReaderFuzzTest {

    private static final long SEED = 20261206L;
    private static final int MUTANTS_PER_EXAMPLE = 25;
    private static final int RANDOM_DOCUMENTS = 150;
    private static final String YAML_PIECES = ":{}[],&*!|>-#'\"?%@`\n\t  ${}=~.()";

    @Test
    @Timeout(120)
    void shouldReportProblemsForMutatedExampleFlowsAndNeverThrow() throws IOException {
        // given the example flows and a fixed seed
        Random random = new Random(SEED);
        List<String> examples = examples();
        assertThat(examples).isNotEmpty();

        // when / then every mutant is read and validated to a list of problems (maybe empty)
        int mutants = 0;
        for (String example : examples) {
            for (int i = 0; i < MUTANTS_PER_EXAMPLE; i++) {
                String mutant = mutate(example, random);
                assertReadsToProblems("mutant " + i, mutant);
                mutants++;
            }
        }
        assertThat(mutants).isEqualTo(examples.size() * MUTANTS_PER_EXAMPLE);
    }

    @Test
    @Timeout(120)
    void shouldReportProblemsForRandomDocumentsAndNeverThrow() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(4) == 0 ? (char) (32 + random.nextInt(95))
                        : YAML_PIECES.charAt(random.nextInt(YAML_PIECES.length())));
            }
            assertReadsToProblems("random document " + i, text.toString());
        }
    }

    private static void assertReadsToProblems(String name, String text) {
        try {
            ValidationFixture.problems(text);
        } catch (RuntimeException | StackOverflowError e) {
            fail(name + " threw " + e + " instead of reporting a problem; the input:\n" + text, e);
        }
    }

    /** One to four edits: deletions, duplications, insertions of YAML syntax, swapped lines, truncation. */
    private static String mutate(String text, Random random) {
        String result = text;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !result.isEmpty(); i++) {
            int at = random.nextInt(result.length());
            int span = Math.min(result.length() - at, 1 + random.nextInt(40));
            result = switch (random.nextInt(5)) {
                case 0 -> result.substring(0, at) + result.substring(at + span);
                case 1 -> result.substring(0, at) + result.substring(at, at + span).repeat(1 + random.nextInt(3))
                        + result.substring(at + span);
                case 2 -> result.substring(0, at) + YAML_PIECES.charAt(random.nextInt(YAML_PIECES.length()))
                        + result.substring(at);
                case 3 -> swapLines(result, random);
                default -> result.substring(0, at);
            };
        }
        return result;
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.size() > 1) {
            java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        }
        return String.join("\n", lines);
    }

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/flows"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".flow.yaml")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }
}
