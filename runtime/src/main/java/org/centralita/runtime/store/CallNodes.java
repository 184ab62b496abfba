package org.centralita.runtime.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes a call entered, in order, as the one value of {@code calls.nodes} (migration 31): a
 * JSON array of the {@code node} of each {@code enter} event of its trace, cut to the 200
 * characters of a node column ({@code null} for an event without one), for example
 * {@code ["welcome","menu","sales-queue"]}. The reports' node counts read it instead of the call's
 * {@code enter} rows of {@code call_events}, which calls that have it no longer get.
 */
public final class CallNodes {

    /** The longest value the column holds; a call entering more is kept with its {@code enter} rows, as before. */
    static final int MAX_LENGTH = 1_000_000;
    /** The length of {@code call_events.node} and of the sums' node columns. */
    static final int NODE_LENGTH = 200;

    private static final String ENTER = "enter";
    private static final JsonFactory JSON = new JsonFactory();

    private CallNodes() {
    }

    /** The nodes the events entered, in their order ({@code seq}). */
    public static List<String> entered(List<CallEventRecord> events) {
        List<CallEventRecord> entered = new ArrayList<>();
        for (CallEventRecord event : events) {
            if (ENTER.equals(event.event())) {
                entered.add(event);
            }
        }
        entered.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
        List<String> nodes = new ArrayList<>(entered.size());
        for (CallEventRecord event : entered) {
            nodes.add(fit(event.node()));
        }
        return nodes;
    }

    /** The value of the column for these nodes, or {@code null} when it would be longer than the column. */
    static String of(List<String> nodes) {
        StringWriter text = new StringWriter(16 + nodes.size() * 16);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (String node : nodes) {
                json.writeString(node);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.getBuffer().length() > MAX_LENGTH ? null : text.toString();
    }

    /**
     * The nodes of call {@code callId}'s stored value, in order.
     *
     * @throws RecordsStoreException naming the call when the text is not a JSON array of strings and nulls
     */
    public static List<String> read(String callId, String value) {
        try {
            return read(value);
        } catch (IOException e) {
            throw new RecordsStoreException("the nodes entered by call " + callId + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The nodes of a stored value, in order.
     *
     * @throws IOException when the text is not a JSON array of strings and nulls
     */
    static List<String> read(String value) throws IOException {
        List<String> nodes = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("the nodes a call entered are a JSON array");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.VALUE_STRING) {
                    nodes.add(parser.getText());
                } else if (token == JsonToken.VALUE_NULL) {
                    nodes.add(null);
                } else {
                    throw new IOException("the nodes a call entered are node ids, found " + token);
                }
            }
        }
        return nodes;
    }

    private static String fit(String node) {
        return node == null || node.length() <= NODE_LENGTH ? node : node.substring(0, NODE_LENGTH);
    }
}
