package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordJournalTest {

    @TempDir
    Path dir;

    private static List<RecordedCall> calls(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i)
                .map(id -> new RecordedCall(SampleCalls.call(id, "node-a"), SampleCalls.events(id))).toList();
    }

    @Test
    void shouldGiveBackCallsInOrderAndDeleteWhatWasAcknowledged() throws IOException {
        try (RecordJournal journal = new RecordJournal(dir, 1L << 20)) {
            // given two appends
            journal.append(calls("a-", 3));
            journal.append(calls("b-", 2));

            // when read and acknowledged chunk by chunk
            List<RecordedCall> first = journal.peek(4);
            journal.acknowledge(first.size());
            List<RecordedCall> second = journal.peek(4);
            journal.acknowledge(second.size());

            // then they come back in order, as written, and nothing is left on disk
            assertThat(first).extracting(c -> c.call().callId()).containsExactly("a-0", "a-1", "a-2", "b-0");
            assertThat(second).isEqualTo(calls("b-", 2).subList(1, 2));
            assertThat(journal.pending()).isZero();
            assertThat(journal.bytesOnDisk()).isZero();
            assertThat(segments()).isEmpty();
        }
    }

    @Test
    void shouldReadTheSameCallsAgainWhenNotAcknowledged() throws IOException {
        try (RecordJournal journal = new RecordJournal(dir, 1L << 20)) {
            journal.append(calls("a-", 3));

            List<RecordedCall> first = journal.peek(2);
            List<RecordedCall> again = journal.peek(2);

            assertThat(again).isEqualTo(first);
            assertThat(journal.pending()).isEqualTo(3);
        }
    }

    @Test
    void shouldSkipALineTornByACrashAndKeepTheRest() throws IOException {
        // given a journal whose last line was cut short by a crash
        try (RecordJournal journal = new RecordJournal(dir, 1L << 20)) {
            journal.append(calls("a-", 2));
        }
        Files.writeString(segments().get(0), "{\"call\":{\"callId\":\"torn", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        // when the next run reads it
        try (RecordJournal journal = new RecordJournal(dir, 1L << 20)) {
            List<RecordedCall> read = journal.peek(10);
            journal.acknowledge(read.size());

            // then the whole calls come back and the torn one is gone with its segment
            assertThat(read).isEqualTo(calls("a-", 2));
            assertThat(journal.peek(10)).isEmpty();
            assertThat(segments()).isEmpty();
        }
    }

    @Test
    void shouldRefuseToGrowPastItsBudget() throws IOException {
        try (RecordJournal journal = new RecordJournal(dir, 2_000)) {
            journal.append(calls("a-", 1));

            assertThatThrownBy(() -> journal.append(calls("b-", 3))).isInstanceOf(JournalFullException.class);
            assertThat(journal.pending()).isEqualTo(1);
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segment-")).sorted().toList();
        }
    }
}
