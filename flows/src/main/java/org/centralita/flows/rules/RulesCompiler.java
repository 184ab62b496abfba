package org.centralita.flows.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * Compiles rule files (Drools DRL or decision tables). The flows module only declares it: the
 * runtime and the command line provide the Drools implementation, and the validator reports its
 * problems like any other, with the rule file's name and line.
 */
public interface RulesCompiler {

    /** The compiled rules, or the problems that stop them compiling (including sandbox breaches). */
    Result compile(Path file);

    /** Either rules or problems. */
    record Result(RuleSet rules, List<RuleProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return rules != null && problems.isEmpty();
        }
    }
}
