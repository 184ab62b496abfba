package org.centralita.speech.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void shouldWorkAKeyOutOnceAndStartAgainPastItsBound() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(3);
        AtomicInteger worked = new AtomicInteger();

        assertThat(memo.get("a", k -> worked.incrementAndGet())).isEqualTo(1);
        assertThat(memo.get("a", k -> worked.incrementAndGet())).as("remembered").isEqualTo(1);
        memo.get("b", k -> worked.incrementAndGet());
        memo.get("c", k -> worked.incrementAndGet());
        assertThat(memo.size()).isEqualTo(3);

        // a fourth key: the memo starts again with it alone
        assertThat(memo.get("d", k -> worked.incrementAndGet())).isEqualTo(4);
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.get("a", k -> worked.incrementAndGet())).as("worked out again").isEqualTo(5);
    }

    @Test
    void shouldNotRememberNothing() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);
        assertThat(memo.get("x", k -> null)).isNull();
        assertThat(memo.size()).isZero();
        assertThat(memo.get("x", k -> "now")).isEqualTo("now");
    }
}
