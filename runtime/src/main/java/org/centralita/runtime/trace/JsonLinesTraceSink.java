package org.centralita.runtime.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
        StringWriter line = new StringWriter(128);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("event", event.event());
            json.writeNumberField("t", event.t());
            if (event.node() != null) {
                json.writeStringField("node", event.node());
            }
            for (Map.Entry<String, Object> field : event.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a trace event as JSON", e);
        }
        return line.toString();
    }

    /** The values events mostly hold written straight out, as the object mapper writes them; others through it. */
    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeObject(value);
        }
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
