package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The piecewise-linear warp of VocalTractFilterBank (its features at factor 1 are checked by the cepstrum tests). */
class VocalTractFilterBankTest {

    private static final double KNEE = 3000;
    private static final double TOP = 3500;

    @Test
    void shouldScaleUnderTheKneeAndKeepTheBandsTop() {
        assertThat(VocalTractFilterBank.warped(1000, 1.1, KNEE, TOP)).isCloseTo(1100, within(1e-9));
        assertThat(VocalTractFilterBank.warped(1000, 0.9, KNEE, TOP)).isCloseTo(900, within(1e-9));
        for (double factor : List.of(0.88, 0.95, 1.05, 1.12)) {
            assertThat(VocalTractFilterBank.warped(TOP, factor, KNEE, TOP)).isEqualTo(TOP);
            assertThat(VocalTractFilterBank.warped(5000, factor, KNEE, TOP)).isEqualTo(5000);
        }
    }

    @Test
    void shouldNeverMoveAFrequencyPastTheKneeOrTheTop() {
        for (double factor : List.of(0.88, 0.95, 1.05, 1.12)) {
            double last = 0;
            for (double hz = 0; hz <= TOP; hz += 10) {
                double moved = VocalTractFilterBank.warped(hz, factor, KNEE, TOP);
                assertThat(moved).as("factor %s, %s Hz", factor, hz).isGreaterThan(hz == 0 ? -1 : last)
                        .isLessThanOrEqualTo(TOP);
                if (hz <= KNEE * Math.min(1, 1 / factor)) {
                    assertThat(moved).isCloseTo(factor * hz, within(1e-9)).isLessThanOrEqualTo(KNEE);
                }
                last = moved;
            }
        }
    }

    @Test
    void shouldLeaveEveryFrequencyAtFactorOne() {
        for (double hz = 0; hz <= 8000; hz += 125) {
            assertThat(VocalTractFilterBank.warped(hz, 1, KNEE, TOP)).isEqualTo(hz);
        }
    }
}
