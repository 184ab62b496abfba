package org.centralita.runtime.trace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes one call's trace events as the contract names them, stamping each with the milliseconds
 * since the call started. Callers pass values already masked where they are secret (see
 * {@link Masking}); the methods that take a {@code secret} flag mask for them.
 */
public final class CallTrace {

    private final TraceSink sink;
    private final Clock clock;
    private final Instant started;

    public CallTrace(TraceSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Milliseconds since the call started. */
    public long elapsedMillis() {
        return Math.max(0, clock.millis() - started.toEpochMilli());
    }

    public void start(String flow, String version, String ani, String dnis, String language) {
        emit("start", null, fields("flow", flow, "version", version, "ani", ani, "dnis", dnis,
                "language", language));
    }

    public void enter(String node, String type, String subflow) {
        emit("enter", node, subflow == null ? fields("type", type) : fields("type", type, "flow", subflow));
    }

    /** A prompt heard: {@code text} as spoken (secrets masked), {@code audio} its recordings. */
    public void prompt(String node, String language, String text, List<String> audio) {
        prompt(elapsedMillis(), node, language, text, audio);
    }

    /** A prompt heard, written once it has played, stamped {@code began} (its {@link #elapsedMillis()} when it started). */
    public void prompt(long began, String node, String language, String text, List<String> audio) {
        if (audio.isEmpty()) {
            emitAt(began, "prompt", node, fields("language", language, "text", text));
            return;
        }
        Object recordings = audio.size() == 1 ? audio.get(0) : audio;
        emitAt(began, "prompt", node, text.isEmpty() ? fields("language", language, "audio", recordings)
                : fields("language", language, "text", text, "audio", recordings));
    }

    /** What the caller keyed or said; {@code confidence} is null for keys. */
    public void input(String node, String mode, String value, Double confidence, boolean secret) {
        emit("input", node, inputFields(mode, Masking.mask(value, secret), confidence));
    }

    /**
     * The caller's answer to a read-back (1 or "yes" accepts, 2 or "no" re-enters): an {@code input}
     * event marked {@code confirm: true}, so that the answer at a sensitive input is not mistaken
     * for the secret itself shown in clear.
     */
    public void confirmation(String node, String mode, String value, Double confidence) {
        emit("input", node, confidence == null ? fields("mode", mode, "value", value, "confirm", true)
                : fields("mode", mode, "value", value, "confidence", confidence, "confirm", true));
    }

    private static Map<String, Object> inputFields(String mode, Object value, Double confidence) {
        return confidence == null ? fields("mode", mode, "value", value)
                : fields("mode", mode, "value", value, "confidence", confidence);
    }

    public void noInput(String node, int attempt) {
        emit("no-input", node, fields("attempt", attempt));
    }

    public void noMatch(String node, int attempt) {
        emit("no-match", node, fields("attempt", attempt));
    }

    public void assign(String node, String variable, Object value, boolean secret) {
        emit("assign", node, fields("variable", variable, "value", Masking.mask(plain(value), secret)));
    }

    public void rules(String node, String outcome, Collection<String> fired) {
        emit("rules", node, fields("outcome", outcome, "fired", List.copyOf(fired)));
    }

    /** A CRM call: {@code status} is the HTTP status, or {@code timeout}/{@code failed}. */
    public void crm(String node, String connector, Object status, long ms) {
        emit("crm", node, fields("connector", connector, "status", status, "ms", ms));
    }

    public void hours(String node, String calendar, String state) {
        emit("hours", node, fields("calendar", calendar, "state", state));
    }

    /** A queue hand-off; {@code context} already masked; {@code result} how it went. */
    public void queue(String node, String queue, int priority, Map<String, Object> context, String result) {
        emit("queue", node, fields("queue", queue, "priority", priority, "context", context, "result", result));
    }

    public void transfer(String node, String to, String result) {
        emit("transfer", node, fields("to", to, "result", result));
    }

    public void voicemail(String node, String mailbox, String result) {
        emit("voicemail", node, fields("mailbox", mailbox, "result", result));
    }

    public void callback(String node, Object number, String queue, String result) {
        emit("callback", node, fields("number", number, "queue", queue, "result", result));
    }

    public void record(String node, String location, long ms) {
        emit("record", node, fields("location", location, "ms", ms));
    }

    public void language(String node, String language) {
        emit("language", node, fields("language", language));
    }

    public void error(String node, String message) {
        emit("error", node, fields("message", message));
    }

    /** The call hung up: {@code by} is {@code caller} or {@code flow}. */
    public void hangup(String node, String by) {
        emit("hangup", node, fields("by", by));
    }

    public void end(String outcome) {
        emit("end", null, fields("outcome", outcome, "duration_ms", elapsedMillis()));
    }

    private void emit(String event, String node, Map<String, Object> fields) {
        emitAt(elapsedMillis(), event, node, fields);
    }

    private void emitAt(long t, String event, String node, Map<String, Object> fields) {
        sink.accept(new TraceEvent(event, t, node, fields));
    }

    /** Values as JSON shows them: numbers, booleans, text, lists and maps; others as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return value.toString();
    }

    /** The pairs as the event's fields, without a copy: each call passes a new array. */
    private static Map<String, Object> fields(Object... pairs) {
        return new TraceFields(pairs);
    }
}
