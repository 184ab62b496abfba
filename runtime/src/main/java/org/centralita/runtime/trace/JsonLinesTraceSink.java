package org.centralita.runtime.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a call trace as JSON lines: one object per event, {@code event}, {@code t} and
 * {@code node} first, flushed after each line so that a watcher sees the call as it happens.
 */
public final class JsonLinesTraceSink implements TraceSink, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Writer out;
    private final boolean closeWriter;

    /**
     * @param closeWriter whether {@link #close()} closes {@code out} (false for standard output)
     */
    public JsonLinesTraceSink(Writer out, boolean closeWriter) {
        this.out = out;
        this.closeWriter = closeWriter;
    }

    /** One event as its JSON line, without the line break. */
    public static String toJson(TraceEvent event) {
        return toJson(List.of(event)).get(0);
    }

    /**
     * Each event as its JSON line, without the line break: one generator writes them all (a
     * call's record holds about a hundred), each line taken as it is flushed.
     */
    public static List<String> toJson(List<TraceEvent> events) {
        LineWriter text = new LineWriter();
        List<String> lines = new ArrayList<>(events.size());
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.setRootValueSeparator(null);
            for (TraceEvent event : events) {
                writeEvent(json, event);
                json.flush();
                lines.add(text.take());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a trace event as JSON", e);
        }
        return lines;
    }

    /** What the generator flushed since the last line was taken: one call's thread alone writes it, so no lock. */
    private static final class LineWriter extends Writer {
        private final StringBuilder line = new StringBuilder(256);

        @Override
        public void write(char[] chars, int offset, int length) {
            line.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            line.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            line.append((char) c);
        }

        String take() {
            String taken = line.toString();
            line.setLength(0);
            return taken;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static void writeEvent(JsonGenerator json, TraceEvent event) throws IOException {
        json.writeStartObject();
        json.writeStringField("event", event.event());
        json.writeNumberField("t", event.t());
        if (event.node() != null) {
            json.writeStringField("node", event.node());
        }
        writeFields(json, event.fields());
        json.writeEndObject();
    }

    private static void writeFields(JsonGenerator json, Map<?, ?> fields) throws IOException {
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            json.writeFieldName(String.valueOf(field.getKey()));
            writeValue(json, field.getValue());
        }
    }

    /** The values events hold written straight out, as the object mapper writes them; others through it. */
    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map && keysAreText(map)) {
            json.writeStartObject();
            writeFields(json, map);
            json.writeEndObject();
        } else {
            json.writeObject(value);
        }
    }

    private static boolean keysAreText(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        try {
            out.write(toJson(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the call trace: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closeWriter) {
            out.close();
        } else {
            out.flush();
        }
    }
}
