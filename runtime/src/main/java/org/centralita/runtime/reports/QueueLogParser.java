package org.centralita.runtime.reports;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads lines of Asterisk's {@code queue_log} file
 * ({@code epoch|callid|queue|agent|EVENT|data1|data2|...}, as app_queue writes it) into
 * {@link QueueEvent}s. A line it cannot read is answered as {@link Unreadable} with its number
 * and the reason, never an exception: one bad line never stops an import.
 */
public final class QueueLogParser {

    /** Verbs app_queue writes that say nothing about a call or an agent's time. */
    private static final Set<String> INFORMATIONAL = Set.of("QUEUESTART", "CONFIGRELOAD", "SYSCOMPAT", "INFO",
            "DID", "PAUSEALL", "UNPAUSEALL", "RINGCANCELED", "AGENTDUMP", "AGENTCALLBACKLOGIN", "AGENTCALLBACKLOGOFF");
    private static final String NONE = "NONE";

    /** What one line says. */
    public sealed interface Line permits Event, Ignored, Unreadable { }

    /** A line that is a queue event. */
    public record Event(int number, QueueEvent event) implements Line { }

    /** A well-formed line of a kind reports do not use ({@code QUEUESTART}, {@code INFO} ...). */
    public record Ignored(int number, String verb) implements Line { }

    /** A line that could not be read, and why. */
    public record Unreadable(int number, String reason) implements Line { }

    /** Reads line {@code number} of the file. */
    public Line parse(int number, String text) {
        String[] fields = text.split("\\|", -1);
        if (fields.length < 5) {
            return new Unreadable(number, "expected at least 5 fields separated by '|', found " + fields.length);
        }
        Optional<Instant> at = epoch(fields[0]);
        if (at.isEmpty()) {
            return new Unreadable(number, "the time '" + shorten(fields[0]) + "' is not seconds since 1970");
        }
        String verb = fields[4].trim();
        Optional<QueueEventKind> kind = QueueEventKind.ofVerb(verb);
        if (kind.isEmpty()) {
            return INFORMATIONAL.contains(verb)
                    ? new Ignored(number, verb)
                    : new Unreadable(number, "unknown queue event '" + shorten(verb) + "'");
        }
        try {
            return new Event(number, event(at.get(), fields, kind.get()));
        } catch (NumberFormatException e) {
            return new Unreadable(number, "a number field of " + verb + " is not a number: " + e.getMessage());
        }
    }

    private static QueueEvent event(Instant at, String[] f, QueueEventKind kind) {
        String callId = value(f[1]);
        String queue = value(f[2]);
        String agent = value(f[3]);
        return switch (kind) {
            case ENTERQUEUE -> new QueueEvent(at, callId, queue, agent, kind, null, null, null, number(f, 7), null, QueueEvent.QUEUE_LOG);
            case CONNECT -> new QueueEvent(at, callId, queue, agent, kind, number(f, 5), null, null, null, null, QueueEvent.QUEUE_LOG);
            case COMPLETECALLER, COMPLETEAGENT -> new QueueEvent(at, callId, queue, agent, kind, number(f, 5),
                    number(f, 6), null, number(f, 7), null, QueueEvent.QUEUE_LOG);
            case TRANSFER -> new QueueEvent(at, callId, queue, agent, kind, number(f, 7), number(f, 8), null,
                    number(f, 9), text(f, 5), QueueEvent.QUEUE_LOG);
            case ABANDON, EXITWITHTIMEOUT, EXITEMPTY -> new QueueEvent(at, callId, queue, agent, kind, number(f, 7),
                    null, null, number(f, 5), null, QueueEvent.QUEUE_LOG);
            case EXITWITHKEY -> new QueueEvent(at, callId, queue, agent, kind, number(f, 8), null, null,
                    number(f, 6), text(f, 5), QueueEvent.QUEUE_LOG);
            case RINGNOANSWER -> new QueueEvent(at, callId, queue, agent, kind, null, null, number(f, 5), null, null, QueueEvent.QUEUE_LOG);
            case PAUSE, UNPAUSE -> new QueueEvent(at, callId, queue, agent, kind, null, null, null, null, text(f, 5), QueueEvent.QUEUE_LOG);
            default -> new QueueEvent(at, callId, queue, agent, kind, null, null, null, null, null, QueueEvent.QUEUE_LOG);
        };
    }

    private static Optional<Instant> epoch(String field) {
        String trimmed = field.trim();
        if (!trimmed.matches("\\d{1,12}(\\.\\d{1,9})?")) {
            return Optional.empty();
        }
        int dot = trimmed.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? trimmed : trimmed.substring(0, dot));
        return Optional.of(Instant.ofEpochSecond(seconds));
    }

    private static String value(String field) {
        String trimmed = field.trim();
        return trimmed.isEmpty() || trimmed.equals(NONE) ? null : trimmed;
    }

    private static String text(String[] fields, int index) {
        return index < fields.length ? value(fields[index]) : null;
    }

    /** Field {@code index} as whole seconds (or milliseconds); null when absent or empty. */
    private static Integer number(String[] fields, int index) {
        String text = text(fields, index);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("field " + (index + 1) + " is '" + shorten(text) + "'");
        }
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
