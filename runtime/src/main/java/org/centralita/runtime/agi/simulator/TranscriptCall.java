package org.centralita.runtime.agi.simulator;

import java.util.List;
import java.util.Optional;

/**
 * One call of a recorded FastAGI transcript: its per-call header, the A&gt;/S&gt;/** lines
 * with their times, the exact byte chunks from {@code raw/}, and Asterisk's log lines.
 *
 * @param number the call's number in its file (1-based)
 * @param title the call's title
 * @param header the call's header comment lines (without {@code #})
 * @param lines the timed lines, in file order
 * @param chunks the exact recv()/send() chunks of this call, in order
 * @param log Asterisk's messages.log lines written during the call
 */
public record TranscriptCall(int number, String title, List<String> header, List<Line> lines,
                             List<Chunk> chunks, List<String> log) {

    /** Who wrote a line: Asterisk, the server, or a harness note. */
    public enum Kind { ASTERISK, SERVER, NOTE }

    /** A timed line: milliseconds since the TCP accept, and its text (markers kept). */
    public record Line(double timeMs, Kind kind, String text) {
    }

    /** An exact chunk of bytes received from Asterisk ({@code fromAsterisk}) or sent to it. */
    public record Chunk(double timeMs, boolean fromAsterisk, byte[] bytes) {
    }

    public TranscriptCall {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
        chunks = List.copyOf(chunks);
        log = List.copyOf(log);
    }

    /** The AGISTATUS the dialplan saw, from the header ("dialplan after AGI(): ... AGISTATUS=X"). */
    public Optional<String> agiStatus() {
        return header.stream().filter(h -> h.contains("dialplan after AGI()"))
                .map(h -> h.replaceAll(".*AGISTATUS=([A-Z]+).*", "$1")).findFirst();
    }

    public List<Line> notes() {
        return lines.stream().filter(l -> l.kind() == Kind.NOTE).toList();
    }
}
