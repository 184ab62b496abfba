package org.centralita.runtime.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.channel.InputRequest;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.runtime.trace.JsonLinesTraceSink;
import org.centralita.runtime.trace.Masking;
import org.centralita.runtime.trace.TraceEvent;
import org.centralita.runtime.trace.TraceSink;

/**
 * A call driven by another program ({@code simulate --control json}, the designer's test call
 * view): JSON lines out, one per event, and JSON commands in, one per line. The call's trace
 * events go out as they happen (the caller's prompts when heard, before the wait that follows
 * them), with {@code wait} when the flow waits for the caller, {@code vars} before every wait
 * and pause, and {@code paused} at a node entered in step mode or at a breakpoint. The call's
 * own thread reads the commands: while it waits or is paused, nowhere else.
 *
 * <p>A pause happens inside the {@code enter} event, before the node runs: a hang-up there
 * ends the call as a caller's hang-up at that node.
 */
public final class CallControl implements TraceSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final PrintWriter out;
    private final TreeSet<String> breakpoints;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final PromptAudio audio;
    private boolean stepping;
    private String node;
    private String subflow;

    /**
     * @param in the commands
     * @param out where the events go (flushed after each line)
     * @param step whether the call starts in step mode (paused at every node entered)
     * @param breakpoints nodes the call pauses at
     * @param variables the flow's variables with the values they start with, secrets already masked
     * @param audio what makes each prompt's WAV files, or null for text only
     */
    public CallControl(BufferedReader in, PrintWriter out, boolean step, Collection<String> breakpoints,
                       Map<String, Object> variables, PromptAudio audio) {
        this.in = in;
        this.out = out;
        this.stepping = step;
        this.breakpoints = new TreeSet<>(breakpoints);
        variables.forEach((name, value) -> this.variables.put(name, plain(value)));
        this.audio = audio;
    }

    /** The simulated caller this control drives. */
    public SimulatedCaller caller(org.centralita.runtime.channel.CallInfo info, HandoffPlan plan) {
        return new Controlled(info, plan);
    }

    @Override
    public void accept(TraceEvent event) {
        switch (event.event()) {
            case "prompt" -> {
                // already told when the caller heard it, before any wait (the trace writes it after)
                return;
            }
            case "enter" -> {
                node = event.node();
                subflow = (String) event.get("flow");
            }
            case "assign" -> variables.put(subflow == null ? (String) event.get("variable")
                    : subflow + "." + event.get("variable"), event.get("value"));
            default -> {
            }
        }
        send(JsonLinesTraceSink.toJson(event));
        if ("enter".equals(event.event())) {
            if (breakpoints.contains(node)) {
                pause("break");
            } else if (stepping) {
                pause("step");
            }
        }
    }

    /** Waits at a node for {@code step}, {@code continue} or {@code hangup}. */
    private void pause(String reason) {
        sendVars();
        send(line("event", "paused", "node", node, "reason", reason));
        while (true) {
            JsonNode command = nextCommand();
            String name = command.path("command").asText();
            switch (name) {
                case "step" -> {
                    stepping = true;
                    return;
                }
                case "continue" -> {
                    stepping = false;
                    return;
                }
                case "hangup" -> throw new CallerHungUp();
                case "keys", "say", "silence" -> problem("the call is paused at node '" + node
                        + "': send step or continue first");
                default -> breakpointOrProblem(name, command);
            }
        }
    }

    /** What the caller does at a wait for input ({@code request} null: while being recorded). */
    CallerAction action(InputRequest request) {
        sendVars();
        if (request == null) {
            send(line("event", "wait", "node", node, "record", true));
        } else {
            send(line("event", "wait", "node", node, "digits", request.digits(), "speech", request.speech(),
                    "max_digits", request.maxDigits(), "terminators", request.terminators(),
                    "timeout_ms", request.timeout().toMillis(), "sensitive", request.sensitive()));
        }
        while (true) {
            JsonNode command = nextCommand();
            String name = command.path("command").asText();
            switch (name) {
                case "keys" -> {
                    String keys = command.path("keys").asText("");
                    if (keys.isBlank() || !keys.strip().matches("[0-9*#A-Da-d]+")) {
                        problem("keys must be 0-9, *, # or A-D, not '" + keys + "'");
                    } else {
                        return CallerScript.action(keys);
                    }
                }
                case "say" -> {
                    String words = command.path("words").asText("").strip();
                    if (words.isEmpty()) {
                        problem("say needs words");
                    } else {
                        return new CallerAction.Say(words);
                    }
                }
                case "silence" -> {
                    return new CallerAction.Silence();
                }
                case "hangup" -> throw new CallerHungUp();
                case "step" -> stepping = true;
                case "continue" -> stepping = false;
                default -> breakpointOrProblem(name, command);
            }
        }
    }

    private void breakpointOrProblem(String name, JsonNode command) {
        String target = command.path("node").asText("");
        if (("break".equals(name) || "clear".equals(name)) && !target.isBlank()) {
            if ("break".equals(name)) {
                breakpoints.add(target);
            } else {
                breakpoints.remove(target);
            }
            send(line("event", "breakpoints", "nodes", List.copyOf(breakpoints)));
        } else if ("break".equals(name) || "clear".equals(name)) {
            problem(name + " needs a node: {\"command\":\"" + name + "\",\"node\":\"NODE\"}");
        } else {
            problem("unknown command '" + name + "': keys, say, silence, hangup, step, continue, break or clear");
        }
    }

    /** Tells a prompt as the caller hears it: a segment speaking a secret reads as *** (and has no audio). */
    void heard(Prompt prompt) {
        List<String> words = new ArrayList<>();
        for (PromptSegment segment : prompt.segments()) {
            String text = segment instanceof PromptSegment.Speak speak && speak.secret() ? Masking.MASK : segment.asText();
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        Map<String, Object> fields = line("event", "prompt", "node", node, "language", prompt.language(),
                "text", String.join(" ", words));
        if (audio != null) {
            List<String> wavs = audio.wavs(prompt).stream().map(Path::toString).toList();
            if (!wavs.isEmpty()) {
                fields.put("wav", wavs);
            }
        }
        send(fields);
    }

    private void sendVars() {
        send(line("event", "vars", "node", node, "vars", new LinkedHashMap<>(variables)));
    }

    private void problem(String message) {
        send(line("event", "problem", "message", message));
    }

    /** The next command; the end of the input is a hang-up (the driving program has gone). */
    private JsonNode nextCommand() {
        while (true) {
            String text;
            try {
                text = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the control commands", e);
            }
            if (text == null) {
                throw new CallerHungUp();
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode command = JSON.readTree(text);
                if (command != null && command.isObject() && command.path("command").isTextual()) {
                    return command;
                }
                problem("a command is a JSON object with \"command\", such as {\"command\":\"keys\",\"keys\":\"1\"}");
            } catch (JsonProcessingException e) {
                problem("not JSON: " + e.getOriginalMessage());
            }
        }
    }

    private static Map<String, Object> line(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private void send(Map<String, Object> fields) {
        try {
            send(JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a control event", e);
        }
    }

    private void send(String json) {
        out.println(json);
        out.flush();
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value instanceof Number n && !(value instanceof BigDecimal) && !(value instanceof Integer)
                    && !(value instanceof Long) ? new BigDecimal(n.toString()) : value;
        }
        return value.toString();
    }

    /** The caller: each action from the commands, each prompt told as it is heard. */
    private final class Controlled extends SimulatedCaller {

        Controlled(org.centralita.runtime.channel.CallInfo info, HandoffPlan plan) {
            super(info, plan);
        }

        @Override
        protected CallerAction nextAction(InputRequest request) {
            return action(request);
        }

        @Override
        public Character play(Prompt prompt, String interruptKeys) {
            heard(prompt);
            return null;
        }

        @Override
        public org.centralita.runtime.channel.CallerInput collect(InputRequest request) {
            if (!request.prompt().isEmpty()) {
                heard(request.prompt());
            }
            return super.collect(request);
        }

        @Override
        public org.centralita.runtime.channel.Recording record(org.centralita.runtime.channel.RecordRequest request) {
            if (request.prompt() != null && !request.prompt().isEmpty()) {
                heard(request.prompt());
            }
            return super.record(request);
        }
    }
}
