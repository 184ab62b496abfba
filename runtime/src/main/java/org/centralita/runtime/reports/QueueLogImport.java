package org.centralita.runtime.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Asterisk {@code queue_log} file into the records store, in batches. Lines it cannot
 * read are reported with their line number ({@code queue_log:17: ...}) and skipped; reading the
 * same file again keeps nothing twice.
 */
public final class QueueLogImport {

    private static final Logger LOG = LoggerFactory.getLogger(QueueLogImport.class);
    /** Lines per transaction: fewer commits and statement preparations per event (docs/benchmarks.md). */
    private static final int BATCH = 2000;

    private final QueueEventStore store;
    private final QueueLogParser parser = new QueueLogParser();

    public QueueLogImport(QueueEventStore store) {
        this.store = store;
    }

    /** What one import did. */
    public record Result(int lines, int stored, int duplicates, int ignored, List<String> problems) {
        /** One line for people: how many lines, events kept, duplicates, unreadable lines. */
        public String summary() {
            return lines + " lines: " + stored + " queue events kept, " + duplicates + " already kept, "
                    + ignored + " informational, " + problems.size() + " unreadable";
        }
    }

    /** Reads {@code file} (bytes that are not UTF-8 are read as '?', never fatal). */
    public Result read(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads queue_log lines from {@code in}; {@code name} names the source in problems. */
    public Result read(BufferedReader in, String name) throws IOException {
        List<QueueEvent> batch = new ArrayList<>(BATCH);
        List<String> problems = new ArrayList<>();
        QueueEventStore.Kept kept = new QueueEventStore.Kept(0, 0);
        int lines = 0;
        int ignored = 0;
        String text;
        while ((text = in.readLine()) != null) {
            lines++;
            if (text.isBlank()) {
                continue;
            }
            QueueLogParser.Line line = parser.parse(lines, text);
            if (line instanceof QueueLogParser.Event event) {
                batch.add(event.event());
            } else if (line instanceof QueueLogParser.Unreadable unreadable) {
                String problem = name + ":" + unreadable.number() + ": " + unreadable.reason() + " (line skipped)";
                LOG.warn("queue_log: {}", problem);
                problems.add(problem);
            } else {
                ignored++;
            }
            if (batch.size() == BATCH) {
                kept = kept.plus(store.keep(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            kept = kept.plus(store.keep(batch));
        }
        return new Result(lines, kept.stored(), kept.duplicates(), ignored, List.copyOf(problems));
    }
}
