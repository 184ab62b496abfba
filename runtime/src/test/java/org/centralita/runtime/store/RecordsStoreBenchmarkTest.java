package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The records store benchmark writes what it says, both ways, so its figures are of real writes. */
class RecordsStoreBenchmarkTest {

    @Test
    void shouldWriteEveryCallOfBothBenchmarksWithItsWholeTrace() throws IOException, SQLException {
        RecordsStoreBenchmark benchmark = new RecordsStoreBenchmark();
        benchmark.open();
        try {
            // when each benchmark runs once
            benchmark.oneByOne();
            benchmark.together();

            // then both wrote their calls, each with the dialogue's whole trace and its report sums
            RecordsStore store = benchmark.store();
            assertThat(store.calls().count()).isEqualTo(2L * RecordsStoreBenchmark.TOGETHER);
            RecordedCall last = RecordsStoreBenchmark.call(2L * RecordsStoreBenchmark.TOGETHER - 1);
            assertThat(last.events()).hasSize(86);
            assertThat(store.calls().events(last.call().callId())).isEqualTo(last.events());
            try (var connection = store.connection();
                 var rows = connection.createStatement().executeQuery(
                         "SELECT SUM(calls) FROM flow_sums WHERE flow_id = 'agi-bench'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2L * RecordsStoreBenchmark.TOGETHER);
            }
        } finally {
            benchmark.close();
        }
    }
}
