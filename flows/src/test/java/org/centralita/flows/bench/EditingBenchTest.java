package org.centralita.flows.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editing benchmark runs, small, so that it cannot rot; it asserts no timing. */
class EditingBenchTest {

    @TempDir
    Path dir;

    @Test
    void shouldRunEveryKindOfEditOnAGeneratedFlowKeepItValidAndUndoItAll() throws Exception {
        // when the bench runs on 3 groups (31 nodes) with 40 edits
        EditingBench.Result result = EditingBench.run(3, 40, dir, 1);
        // then every edit was measured, the flow stayed valid and every edit was undone
        assertThat(result.nodes()).isEqualTo(31);
        assertThat(result.editMs()).hasSize(40);
        assertThat(result.validationMs()).hasSize(40);
        assertThat(result.problemsAtEnd()).isZero();
        assertThat(result.undone()).isEqualTo(40);
        assertThat(result.report()).contains("31 nodes").contains("40 edits");
    }
}
