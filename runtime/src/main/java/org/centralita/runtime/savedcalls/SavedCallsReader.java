package org.centralita.runtime.savedcalls;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.centralita.flows.model.FlowReader;
import org.centralita.flows.validate.DidYouMean;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.yaml.FlowReadException;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlDocumentReader;
import org.centralita.flows.yaml.YamlNode;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.sim.CallSettings;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.CallerScript;
import org.centralita.runtime.sim.HandoffPlan;

/**
 * Reads a {@code NAME.calls.yaml} file (docs/testing.md): a {@code calls:} list of saved calls.
 * Every problem is reported, each at its line and column, with a guess for a misspelt key or
 * end; a file with any problem is not run.
 */
public final class SavedCallsReader {

    /** The keys of the file. */
    static final List<String> FILE_KEYS = List.of("calls");
    /** The keys of one call, in the order the format lists them. */
    static final List<String> CALL_KEYS = List.of("name", "ani", "dnis", "at", "language", "vars", "queue-result",
            "transfer-result", "keys", "path", "end");
    /** The outcomes of a call's end event (CONTRACTS.md, the trace's {@code end}). */
    public static final List<String> ENDS = List.of("queue", "transfer", "voicemail", "callback", "hangup",
            "caller-hangup", "error");

    private final String file;
    private final String shownAs;
    private final Path directory;
    private final List<Problem> problems = new ArrayList<>();

    private SavedCallsReader(String file, String shownAs, Path directory) {
        this.file = file;
        this.shownAs = shownAs;
        this.directory = directory;
    }

    /** The calls of {@code callsFile}, or the problems that stop them being run. */
    public static SavedCallsFile read(Path callsFile) {
        return read(callsFile, callsFile.toString());
    }

    /**
     * The calls of {@code callsFile}, each naming its file {@code shownAs} (a report's short name);
     * the problems name the file as given, so that they can be found.
     */
    public static SavedCallsFile read(Path callsFile, String shownAs) {
        SavedCallsReader reader = new SavedCallsReader(callsFile.toString(), shownAs, callsFile.toAbsolutePath().getParent());
        List<SavedCall> calls = reader.calls(callsFile);
        reader.problems.sort(Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return new SavedCallsFile(callsFile, SavedCallsFile.flowOf(callsFile), calls, reader.problems);
    }

    private List<SavedCall> calls(Path callsFile) {
        YamlNode document;
        try {
            document = YamlDocumentReader.read(file, withoutByteOrderMark(FlowReader.readText(callsFile)));
        } catch (FlowReadException e) {
            problems.add(Problem.of(e));
            return List.of();
        }
        if (!(document instanceof YamlNode.Mapping root)) {
            error(document.position(), "a saved-calls file is a map with a 'calls:' list, not " + document.kind());
            return List.of();
        }
        unknownKeys(root, FILE_KEYS, "a saved-calls file");
        Optional<YamlNode> list = root.get("calls");
        if (list.isEmpty()) {
            error(root.position(), "a saved-calls file has a 'calls:' list");
            return List.of();
        }
        if (list.get() instanceof YamlNode.Scalar empty && empty.isNull()) {
            return List.of();
        }
        if (!(list.get() instanceof YamlNode.Sequence sequence)) {
            error(list.get().position(), "'calls' is a list of calls (each starting '- name:'), not " + list.get().kind());
            return List.of();
        }
        List<SavedCall> calls = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Mapping call)) {
                error(item.position(), "a saved call is a map (name, keys, path, end, ...), not " + item.kind());
                continue;
            }
            call(call, names).ifPresent(calls::add);
        }
        return calls;
    }

    private Optional<SavedCall> call(YamlNode.Mapping call, Map<String, Integer> names) {
        int before = problems.size();
        unknownKeys(call, CALL_KEYS, "a saved call");
        String name = required(call, "name").orElse(null);
        if (name != null) {
            Integer first = names.putIfAbsent(name, call.position().line());
            if (first != null) {
                error(call.get("name").orElseThrow().position(),
                        "duplicate call name '" + name + "' (first at line " + first + ")");
            }
        }
        String ani = text(call, "ani").orElse("");
        String dnis = text(call, "dnis").orElse("");
        ZonedDateTime at = parsed(call, "at", CallSettings::startAt);
        String language = text(call, "language").orElse(null);
        Map<String, String> variables = variables(call);
        HandoffResult queue = Optional.ofNullable(parsed(call, "queue-result", CallSettings::queueResult))
                .orElse(HandoffResult.DELIVERED);
        HandoffResult transfer = Optional.ofNullable(parsed(call, "transfer-result", CallSettings::transferResult))
                .orElse(HandoffResult.DELIVERED);
        List<CallerAction> script = Optional.ofNullable(parsed(call, "keys", this::script)).orElse(List.of());
        List<String> path = path(call);
        String end = end(call);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SavedCall(shownAs, call.position().line(), name, ani, dnis, at, language, variables,
                new HandoffPlan(queue, transfer), script, path, end));
    }

    /** The caller's actions; a recording named relative to the calls file is found beside it. */
    private List<CallerAction> script(String keys) {
        return CallerScript.parse(keys).stream().map(action -> action instanceof CallerAction.SayAudio audio
                && !audio.wav().isAbsolute() ? new CallerAction.SayAudio(directory.resolve(audio.wav())) : action).toList();
    }

    private Map<String, String> variables(YamlNode.Mapping call) {
        Map<String, String> variables = new LinkedHashMap<>();
        Optional<YamlNode> vars = call.get("vars");
        if (vars.isEmpty() || vars.get() instanceof YamlNode.Scalar none && none.isNull()) {
            return variables;
        }
        if (!(vars.get() instanceof YamlNode.Mapping map)) {
            error(vars.get().position(), "'vars' is a map of flow variables to values, like {segment: retail}, not "
                    + vars.get().kind());
            return variables;
        }
        for (YamlNode.Entry entry : map.entries().values()) {
            if (entry.value() instanceof YamlNode.Scalar value && !value.isNull()) {
                variables.put(entry.key(), value.value());
            } else {
                error(entry.value().position(), "the value of variable '" + entry.key() + "' is a single value, not "
                        + entry.value().kind());
            }
        }
        return variables;
    }

    private List<String> path(YamlNode.Mapping call) {
        Optional<YamlNode> path = call.get("path");
        if (path.isEmpty()) {
            error(call.position(), "a saved call has a 'path': the ids of the nodes it enters, in order");
            return List.of();
        }
        if (!(path.get() instanceof YamlNode.Sequence nodes) || nodes.items().isEmpty()) {
            error(path.get().position(), "'path' is a list of node ids, like [greet, main-menu], not "
                    + (path.get() instanceof YamlNode.Sequence ? "an empty list" : path.get().kind()));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode node : nodes.items()) {
            if (node instanceof YamlNode.Scalar id && !id.isNull() && !id.value().isBlank()) {
                ids.add(id.value());
            } else {
                error(node.position(), "a path entry is a node id, not " + node.kind());
            }
        }
        return ids;
    }

    private String end(YamlNode.Mapping call) {
        Optional<String> end = required(call, "end");
        if (end.isPresent() && !ENDS.contains(end.get())) {
            error(call.get("end").orElseThrow().position(), "'end' is one of " + String.join(", ", ENDS)
                    + ", not '" + end.get() + "'" + DidYouMean.suggest(end.get(), ENDS));
            return null;
        }
        return end.orElse(null);
    }

    private Optional<String> required(YamlNode.Mapping call, String key) {
        if (!call.has(key)) {
            error(call.position(), "a saved call has a '" + key + "'");
            return Optional.empty();
        }
        Optional<String> value = text(call, key);
        if (value.isPresent() && value.get().isBlank()) {
            error(call.get(key).orElseThrow().position(), "'" + key + "' is empty");
            return Optional.empty();
        }
        return value;
    }

    /**
     * A scalar's text, or empty when the key is absent; an error when it holds a list or a map,
     * or nothing ({@code keys:} and {@code vars:} with nothing mean none).
     */
    private Optional<String> text(YamlNode.Mapping call, String key) {
        Optional<YamlNode> value = call.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlNode.Scalar scalar) {
            if (!scalar.isNull()) {
                return Optional.of(scalar.value());
            }
            if (!"keys".equals(key)) {
                error(scalar.position(), "'" + key + "' has no value");
            }
        } else if ("keys".equals(key)) {
            error(value.get().position(), "'keys' is one text, exactly as simulate --keys, like \"1,12345678#,,\","
                    + " not " + value.get().kind());
        } else {
            error(value.get().position(), "'" + key + "' is a single value, not " + value.get().kind());
        }
        return Optional.empty();
    }

    /** The value under {@code key} read by {@code parse}, or null when absent or wrong (an error then). */
    private <T> T parsed(YamlNode.Mapping call, String key, Function<String, T> parse) {
        Optional<String> text = text(call, key);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text.get());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            error(call.get(key).orElseThrow().position(),
                    "'" + key + "'" + (message.startsWith("must ") ? " " : ": ") + message);
            return null;
        }
    }

    private void unknownKeys(YamlNode.Mapping mapping, List<String> known, String what) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                error(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + what
                        + DidYouMean.suggest(entry.key(), known) + "; the keys are " + String.join(", ", known));
            }
        }
    }

    private void error(SourcePosition position, String message) {
        problems.add(Problem.error(position, null, message));
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
