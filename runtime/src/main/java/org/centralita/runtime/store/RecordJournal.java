package org.centralita.runtime.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk queue of calls the database has not taken yet: append-only JSON-lines segments,
 * fsync'd at every append, read back oldest first and deleted once written to the database.
 *
 * <p>Thread-safe: the spooler appends while the database writer reads and acknowledges.
 */
final class RecordJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordJournal.class);
    private static final long SEGMENT_BYTES = 4L * 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path directory;
    private final long maxBytes;
    private final Deque<Path> segments = new ArrayDeque<>();
    private final JournalReader reader;
    private FileChannel head;
    private Path headPath;
    private long nextSegment;
    private long bytesOnDisk;
    private long pending;

    RecordJournal(Path directory, long maxBytes) throws IOException {
        this.directory = directory;
        this.maxBytes = maxBytes;
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().matches("segment-\\d+\\.jsonl")).sorted()
                    .forEach(segments::add);
        }
        for (Path segment : segments) {
            bytesOnDisk += Files.size(segment);
            pending += JournalReader.countLines(segment);
            nextSegment = Math.max(nextSegment, number(segment) + 1);
        }
        this.reader = new JournalReader(JSON);
        if (pending > 0) {
            LOG.info("records journal {} holds {} calls from an earlier run: they are written first",
                    directory, pending);
        }
    }

    /** Appends calls and forces them to disk before returning. */
    synchronized void append(List<RecordedCall> calls) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (RecordedCall call : calls) {
            lines.write(JSON.writeValueAsBytes(call));
            lines.write('\n');
        }
        if (bytesOnDisk + lines.size() > maxBytes) {
            throw new JournalFullException("the records journal " + directory + " has reached its budget of "
                    + maxBytes + " bytes");
        }
        FileChannel channel = headFor(lines.size());
        long before = channel.size();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            // A half-written line would corrupt the next one: cut back to the last whole line.
            channel.truncate(before);
            throw e;
        }
        bytesOnDisk += lines.size();
        pending += calls.size();
    }

    /** Up to {@code max} of the oldest calls, left in the journal until {@link #acknowledge}. */
    synchronized List<RecordedCall> peek(int max) throws IOException {
        while (!segments.isEmpty()) {
            Path oldest = segments.peekFirst();
            List<RecordedCall> calls = reader.read(oldest, max);
            if (!calls.isEmpty()) {
                return calls;
            }
            reader.commit();
            if (!reader.atEnd(oldest)) {
                break;
            }
            dropOldest();
        }
        return List.of();
    }

    /** Forgets the calls the last {@link #peek} returned: they are in the database now. */
    synchronized void acknowledge(int count) throws IOException {
        reader.commit();
        pending = Math.max(0, pending - count);
        Path oldest = segments.peekFirst();
        if (oldest != null && reader.atEnd(oldest)) {
            dropOldest();
        }
    }

    /** Keeps a call the database refused (bad data) beside the journal, for a person to look at. */
    synchronized void reject(RecordedCall call) throws IOException {
        byte[] line = (JSON.writeValueAsString(call) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(rejectedFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(false);
        }
    }

    Path rejectedFile() {
        return directory.resolve("rejected.jsonl");
    }

    synchronized long pending() {
        return pending;
    }

    synchronized long bytesOnDisk() {
        return bytesOnDisk;
    }

    Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() throws IOException {
        if (head != null) {
            head.close();
            head = null;
        }
    }

    private FileChannel headFor(int size) throws IOException {
        if (head != null && head.size() + size > SEGMENT_BYTES && head.size() > 0) {
            head.close();
            head = null;
        }
        if (head == null) {
            headPath = directory.resolve(String.format("segment-%012d.jsonl", nextSegment++));
            head = FileChannel.open(headPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            segments.addLast(headPath);
        }
        return head;
    }

    private void dropOldest() throws IOException {
        Path oldest = segments.pollFirst();
        if (oldest.equals(headPath)) {
            if (head != null) {
                head.close();
            }
            head = null;
            headPath = null;
        }
        bytesOnDisk -= Files.size(oldest);
        Files.delete(oldest);
        reader.reset();
        if (segments.isEmpty()) {
            pending = 0;
        }
    }

    private static long number(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring("segment-".length(), name.length() - ".jsonl".length()));
    }
}
