package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer two of three decoders agree on, and its confidence (telephone digit strings). */
class RecognitionMajorityTest {

    @Test
    void shouldKeepTheMeaningTwoOfThreeGiveEvenAgainstAMoreConfidentThird() {
        Recognition general = answer("four two nine one", "4291", 0.83, "4211", 0.17);
        Recognition digits = answer("four two one one", "4211", 0.99, "4291", 0.01);
        Recognition warped = answer("four two nine one", "4291", 0.90, "4211", 0.10);

        Recognition kept = Recognition.majority(List.of(general, digits, warped));

        assertThat(kept.value()).isEqualTo("4291");
        assertThat(kept.words()).isEqualTo("four two nine one");
        assertThat(kept.confidence()).isCloseTo((0.83 + 0.01 + 0.90) / 3, within(1e-12));
        assertThat(kept.nBest()).isEqualTo(warped.nBest());
    }

    @Test
    void shouldKeepTheFirstAnswerWithALowConfidenceWhenAllThreeDisagree() {
        Recognition general = answer("six", "6", 0.9, "8", 0.1);
        Recognition digits = answer("eight", "8", 0.95, "6", 0.05);
        Recognition warped = answer("three", "3", 0.7, "8", 0.3);

        Recognition kept = Recognition.majority(List.of(general, digits, warped));

        assertThat(kept.value()).isEqualTo("6");
        assertThat(kept.confidence()).isCloseTo((0.9 + 0.05 + 0) / 3, within(1e-12));
        assertThat(kept.atThreshold(0.5).matched()).as("a no-match at the default threshold").isFalse();
        assertThat(kept.atThreshold(0.5).confidence()).isEqualTo(kept.confidence());
        assertThat(kept.atThreshold(0.3).value()).isEqualTo("6");
    }

    @Test
    void shouldNotCountNoMatchesAsVotes() {
        Recognition general = Recognition.noMatch(0.2, List.of(new Hypothesis("one", "1", 0.2)));
        Recognition digits = answer("seven", "7", 0.8, "1", 0.2);
        Recognition warped = Recognition.noMatch(0, List.of());

        Recognition kept = Recognition.majority(List.of(general, digits, warped));

        assertThat(kept.matched()).isFalse();
        assertThat(kept).isEqualTo(general);
    }

    private static Recognition answer(String words, String value, double confidence, String other, double otherConfidence) {
        return new Recognition(words, value, confidence,
                List.of(new Hypothesis(words, value, confidence), new Hypothesis("other", other, otherConfidence)));
    }
}
