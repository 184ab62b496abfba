package org.centralita.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralita.flows.rules.RuleOutcome;
import org.centralita.flows.rules.RuleSet;
import org.junit.jupiter.api.Test;

class RuleSetConcurrencyTest {

    @Test
    void shouldGiveEveryConcurrentCallItsOwnAnswerFromOneSharedKieBase() throws Exception {
        // given one rule set and 2,000 decisions for balances on both sides of the VIP line
        RuleSet rules = new DroolsRulesCompiler().compile(DroolsRulesCompilerTest.VIP_RULES).rules();
        List<Callable<Boolean>> decisions = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            BigDecimal balance = BigDecimal.valueOf(i % 2 == 0 ? 49_999 + i : 50_000 - i);
            boolean vip = balance.compareTo(BigDecimal.valueOf(50_000)) >= 0;
            decisions.add(() -> {
                RuleOutcome outcome = rules.decide(DroolsRulesCompilerTest.input(Map.of("balance", balance)));
                return vip == "vip".equals(outcome.outcome());
            });
        }

        // when they run on 8 threads at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> answers;
        try {
            answers = pool.invokeAll(decisions);
        } finally {
            pool.shutdown();
        }

        // then every answer is right
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get()).isTrue();
        }
    }
}
