package org.centralita.runtime.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A call's whole trace as the one value of {@code calls.trace} (migration 28): its events' JSON
 * lines, exactly as written, joined by commas into one JSON array. Writing it copies text; reading
 * it gives every event back with its own text unchanged, its position as {@code seq} and its
 * {@code event}, {@code t} and {@code node} read from it.
 */
final class StoredTrace {

    /** The longest trace the column holds; a longer one is kept as rows, one per event, as before. */
    static final int MAX_LENGTH = 1_000_000;

    private static final JsonFactory JSON = new JsonFactory();

    private StoredTrace() {
    }

    /**
     * The events as one JSON array, or {@code null} when it would not fit the column or when their
     * {@code seq} are not their positions (0, 1, 2 ...): such a call is kept as rows only.
     */
    static String of(List<CallEventRecord> events) {
        int length = 2 + Math.max(0, events.size() - 1);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seq() != i) {
                return null;
            }
            length += events.get(i).json().length();
        }
        if (length > MAX_LENGTH) {
            return null;
        }
        StringBuilder text = new StringBuilder(length).append('[');
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(events.get(i).json());
        }
        return text.append(']').toString();
    }

    /**
     * The events of a stored trace, in order.
     *
     * @throws IOException when the text is not a JSON array of objects
     */
    static List<CallEventRecord> read(String trace) throws IOException {
        List<CallEventRecord> events = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(trace)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("a stored trace is a JSON array");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                events.add(event(parser, trace, events.size()));
            }
            if (token != JsonToken.END_ARRAY) {
                throw new IOException("a stored trace holds JSON objects only, found " + token);
            }
        }
        return events;
    }

    private static CallEventRecord event(JsonParser parser, String trace, int seq) throws IOException {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        long t = 0;
        String event = null;
        String node = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("t") && value.isNumeric()) {
                t = parser.getLongValue();
            } else if (name.equals("event") && value == JsonToken.VALUE_STRING) {
                event = parser.getText();
            } else if (name.equals("node") && value == JsonToken.VALUE_STRING) {
                node = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        int end = (int) parser.currentLocation().getCharOffset();
        if (event == null) {
            throw new IOException("event " + seq + " of a stored trace has no \"event\"");
        }
        return new CallEventRecord(seq, t, event, node, trace.substring(start, end));
    }
}
