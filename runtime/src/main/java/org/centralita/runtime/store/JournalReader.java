package org.centralita.runtime.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a journal segment line by line from the last acknowledged byte; used under the journal's lock. */
final class JournalReader {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReader.class);

    private final ObjectMapper json;
    private Path segment;
    private long committed;
    private long peeked;

    JournalReader(ObjectMapper json) {
        this.json = json;
    }

    /** Up to {@code max} whole lines after the acknowledged position (a torn last line is skipped). */
    List<RecordedCall> read(Path file, int max) throws IOException {
        if (!file.equals(segment)) {
            segment = file;
            committed = 0;
        }
        peeked = committed;
        List<RecordedCall> calls = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(committed);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while (calls.size() < max && (b = in.read()) >= 0) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                parse(line.toByteArray(), calls);
                peeked += line.size() + 1L;
                line.reset();
            }
            if (line.size() > 0 && calls.size() < max) {
                LOG.warn("records journal {}: skipping a torn last line of {} bytes (written during a crash)",
                        file, line.size());
                peeked += line.size();
            }
        }
        return calls;
    }

    void commit() {
        committed = peeked;
    }

    boolean atEnd(Path file) throws IOException {
        return file.equals(segment) && committed >= Files.size(file);
    }

    void reset() {
        segment = null;
        committed = 0;
        peeked = 0;
    }

    static long countLines(Path file) throws IOException {
        long lines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    private void parse(byte[] line, List<RecordedCall> calls) {
        try {
            calls.add(json.readValue(line, RecordedCall.class));
        } catch (IOException e) {
            // Content is never logged: it may hold caller numbers.
            LOG.error("records journal {}: a line at byte {} is not a call record and is skipped: {}",
                    segment, peeked, e.getClass().getSimpleName());
        }
    }
}
