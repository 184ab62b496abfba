package org.centralita.runtime.ami.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One AMI message as it goes over the wire: {@code Key: value} lines in order, ended by an
 * empty line. Actions come in this way; responses and events go out this way, every line ended
 * by CR LF as Asterisk writes them. Keys are compared ignoring case, as Asterisk does.
 */
public final class AmiMessage {

    private final List<String[]> headers = new ArrayList<>();

    /** A message starting with {@code key: value} ({@code Response: Success}, {@code Event: QueueSummary}). */
    public static AmiMessage of(String key, Object value) {
        return new AmiMessage().with(key, value);
    }

    /** Adds a header (a null value writes nothing). */
    public AmiMessage with(String key, Object value) {
        if (value != null) {
            headers.add(new String[] {key, String.valueOf(value)});
        }
        return this;
    }

    /** The first value of {@code key}, ignoring case. */
    public Optional<String> get(String key) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(key)).map(h -> h[1]).findFirst();
    }

    /** The value of {@code key}, or {@code fallback}. */
    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** The action this message asks for, lower case, or empty when it names none. */
    public String action() {
        return get("Action", "").trim().toLowerCase(Locale.ROOT);
    }

    /** The message as Asterisk writes it: CR LF after every line, an empty line at the end. */
    public String toWire() {
        StringBuilder wire = new StringBuilder();
        for (String[] header : headers) {
            wire.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return wire.append("\r\n").toString();
    }

    /**
     * Reads the next message: lines up to an empty one (lines with no {@code :} are ignored, as
     * Asterisk ignores them). Empty when the peer closed the connection before a whole message.
     */
    public static Optional<AmiMessage> read(BufferedReader in) throws IOException {
        AmiMessage message = new AmiMessage();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!message.headers.isEmpty()) {
                    return Optional.of(message);
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                message.with(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return toWire();
    }
}
