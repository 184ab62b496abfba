package org.centralita.runtime.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

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
        try {
            return JSON.writeValueAsString(event.asMap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a trace event as JSON", e);
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
