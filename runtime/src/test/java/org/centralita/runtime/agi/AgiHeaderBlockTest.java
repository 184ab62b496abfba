package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The agi_* block as it arrives, checked against the limits byte by byte. */
class AgiHeaderBlockTest {

    private static final AgiHeaderLimits LIMITS = new AgiHeaderLimits(Duration.ofSeconds(5), 64, 4, 200, 10);

    private static boolean add(AgiHeaderBlock block, String text) throws AgiHeaderBlock.Refused {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return block.add(bytes, bytes.length);
    }

    @Test
    void shouldBeWholeAtTheBlankLineAndKeepWhatFollowsIt() throws Exception {
        // given a block arriving in pieces, a line split between two of them
        AgiHeaderBlock block = new AgiHeaderBlock(LIMITS);

        // when / then
        assertThat(add(block, "agi_network: yes\nagi_request: agi://h/ba")).isFalse();
        assertThat(add(block, "nk\nagi_arg_1: \n")).isFalse();
        assertThat(add(block, "\n200 result=0\n")).isTrue();
        assertThat(new String(block.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("agi_network: yes\nagi_request: agi://h/bank\nagi_arg_1: \n\n200 result=0\n");
    }

    @Test
    void shouldRefuseALineLongerThanTheLimitBeforeItEnds() throws Exception {
        // given
        AgiHeaderBlock block = new AgiHeaderBlock(LIMITS);
        add(block, "agi_network: yes\n");

        // when / then: refused as soon as the line passes 64 bytes, without waiting for its end
        assertThatThrownBy(() -> add(block, "agi_request: " + "x".repeat(60)))
                .isInstanceOf(AgiHeaderBlock.Refused.class)
                .hasMessage("a header line longer than 64 bytes");
    }

    @Test
    void shouldRefuseALongLineEvenWhenItEndsInTheSameRead() {
        AgiHeaderBlock block = new AgiHeaderBlock(LIMITS);

        assertThatThrownBy(() -> add(block, "agi_request: " + "x".repeat(60) + "\n\n"))
                .isInstanceOf(AgiHeaderBlock.Refused.class)
                .hasMessage("a header line longer than 64 bytes");
    }

    @Test
    void shouldRefuseMoreLinesThanTheLimit() {
        AgiHeaderBlock block = new AgiHeaderBlock(LIMITS);

        assertThatThrownBy(() -> add(block, "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n"))
                .isInstanceOf(AgiHeaderBlock.Refused.class)
                .hasMessage("more than 4 header lines");
    }

    @Test
    void shouldRefuseABlockLongerThanTheLimitInShortLines() throws Exception {
        // given lines within their limit that add up past the block's 200 bytes
        AgiHeaderLimits manyLines = new AgiHeaderLimits(Duration.ofSeconds(5), 64, 1000, 200, 10);
        AgiHeaderBlock block = new AgiHeaderBlock(manyLines);
        add(block, ("agi_arg: " + "y".repeat(40) + "\n").repeat(4));

        // when / then
        assertThatThrownBy(() -> add(block, "agi_arg: " + "y".repeat(40) + "\n"))
                .isInstanceOf(AgiHeaderBlock.Refused.class)
                .hasMessage("a header longer than 200 bytes");
    }

    @Test
    void shouldDescribeWhatArrivedBySizeOnly() throws Exception {
        // given a header line holding a caller's number
        AgiHeaderBlock block = new AgiHeaderBlock(LIMITS);
        add(block, "agi_callerid: 34600111222\n");

        // then the description says how much, never what
        assertThat(block.describe()).isEqualTo("26 bytes, 1 lines").doesNotContain("34600111222");
    }
}
