package org.centralita.runtime.sim;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import org.centralita.flows.validate.PrintableText;
import org.centralita.runtime.trace.TraceEvent;
import org.centralita.runtime.trace.TraceSink;

/**
 * Shows a call on the console as a person reads it: the prompts heard, the keys and words, the
 * retries, the decisions and how the call ended. Made from the trace, so secrets stay masked.
 */
public final class CallTranscript implements TraceSink {

    private static final Map<String, Function<TraceEvent, String>> LINES = Map.ofEntries(
            Map.entry("start", e -> "Call to flow '" + e.get("flow") + "' (version " + e.get("version") + ") from "
                    + shown(e.get("ani")) + " to " + shown(e.get("dnis")) + ", in " + e.get("language")),
            Map.entry("enter", e -> "  [" + e.node() + "] " + e.get("type")
                    + (e.get("flow") == null ? "" : " (subflow " + e.get("flow") + ")")),
            Map.entry("prompt", e -> "    < " + (e.get("text") != null ? e.get("text") : "")
                    + (e.get("audio") != null ? " (audio " + e.get("audio") + ")" : "")),
            Map.entry("input", e -> "    > " + ("speech".equals(e.get("mode")) ? "said \"" + e.get("value")
                    + "\" (confidence " + e.get("confidence") + ")" : e.get("value"))),
            Map.entry("no-input", e -> "    - no input (attempt " + e.get("attempt") + ")"),
            Map.entry("no-match", e -> "    - no match (attempt " + e.get("attempt") + ")"),
            Map.entry("assign", e -> "    " + e.get("variable") + " = " + e.get("value")),
            Map.entry("rules", e -> "    rules chose '" + e.get("outcome") + "', fired " + e.get("fired")),
            Map.entry("crm", e -> "    CRM '" + e.get("connector") + "': " + e.get("status") + " in " + e.get("ms") + " ms"),
            Map.entry("hours", e -> "    calendar '" + e.get("calendar") + "' says " + e.get("state")),
            Map.entry("queue", e -> "    queue '" + e.get("queue") + "', priority " + e.get("priority")
                    + ", context " + e.get("context") + ": " + e.get("result")),
            Map.entry("transfer", e -> "    transfer to " + e.get("to") + ": " + e.get("result")),
            Map.entry("voicemail", e -> "    voicemail " + e.get("mailbox") + ": " + e.get("result")),
            Map.entry("callback", e -> "    call back " + e.get("number") + " from queue " + e.get("queue") + ": " + e.get("result")),
            Map.entry("record", e -> "    recorded " + e.get("location")),
            Map.entry("language", e -> "    language is now " + e.get("language")),
            Map.entry("error", e -> "    ! error: " + e.get("message")),
            Map.entry("hangup", e -> "    hang-up by the " + e.get("by")),
            Map.entry("end", e -> "Call ended: " + e.get("outcome") + " after " + e.get("duration_ms") + " ms"));

    private final PrintWriter out;

    public CallTranscript(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(TraceEvent event) {
        Function<TraceEvent, String> line = LINES.get(event.event());
        // a prompt's text or an error may carry control characters written in the flow's YAML
        out.println(PrintableText.of(line != null ? line.apply(event) : "    " + event.event() + " " + event.fields()));
        out.flush();
    }

    private static String shown(Object number) {
        return number == null || number.toString().isEmpty() ? "(withheld)" : number.toString();
    }
}
