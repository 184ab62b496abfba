package org.centralita.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.validate.PrintableText;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.channel.HandoffResult;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.engine.CallSetup;
import org.centralita.runtime.engine.SpeechMatcher;
import org.centralita.runtime.engine.SpeechMatchers;
import org.centralita.runtime.savedcalls.SavedCallAppender;
import org.centralita.runtime.savedcalls.SavedCallRunner;
import org.centralita.runtime.savedcalls.SavedCallsFile;
import org.centralita.runtime.sim.CallControl;
import org.centralita.runtime.sim.CallSettings;
import org.centralita.runtime.sim.CallTranscript;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.CallerScript;
import org.centralita.runtime.sim.ConsoleCaller;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.PromptAudio;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.sim.SimulatedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.centralita.runtime.speech.SpeechEngines;
import org.centralita.runtime.trace.JsonLinesTraceSink;
import org.centralita.runtime.trace.Masking;
import org.centralita.runtime.trace.TraceSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code centralita simulate FLOW}: one call of a flow on the console, with the runtime's engine. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run one call of a flow on the console, with the same engine as the runtime.")
final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FLOW", description = "The flow file (*.flow.yaml).")
    private Path flowFile;

    @Option(names = "--keys", paramLabel = "E1,E2,...", description = "What the caller does at each wait: keys "
            + "(1, 12345678#), say:words, say-audio:FILE.wav, or empty for a time-out. Without it: interactive.")
    private String keys;

    @Option(names = "--ani", paramLabel = "NUMBER", defaultValue = "", description = "The caller's number.")
    private String ani;

    @Option(names = "--dnis", paramLabel = "NUMBER", defaultValue = "", description = "The number dialled.")
    private String dnis;

    @Option(names = "--language", paramLabel = "TAG", description = "The call's language (default: the flow's first).")
    private String language;

    @Option(names = "--at", paramLabel = "ISO-8601", description = "The call's clock, e.g. 2026-12-25T10:00:00+01:00.")
    private String at;

    @Option(names = "--config", paramLabel = "FILE", description = "The runtime configuration (connectors).")
    private Path config;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Preset a flow variable (repeatable).")
    private Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--trace", paramLabel = "FILE|-", description = "Write the call trace as JSON lines (- for standard output).")
    private String trace;

    @Option(names = "--queue-result", paramLabel = "RESULT", defaultValue = "delivered",
            description = "What queues do: delivered or overflow.")
    private String queueResult;

    @Option(names = "--transfer-result", paramLabel = "RESULT", defaultValue = "delivered",
            description = "What transfers do: delivered, busy, no-answer or failed.")
    private String transferResult;

    @Option(names = "--fail", paramLabel = "NODE", description = "Make this node fail when entered (repeatable).")
    private List<String> faults = new ArrayList<>();

    @Option(names = "--save-as", paramLabel = "NAME", description = "Keep this call (with --keys) as a saved test call named NAME:"
            + " appended, with the path it took and its end, to the flow's NAME.calls.yaml (see centralita test).")
    private String saveAs;

    @Option(names = "--control", paramLabel = "json", description = "Let a program drive the call: JSON-lines "
            + "events on standard output, JSON commands on standard input (see docs/cli.md).")
    private String control;

    @Option(names = "--step", description = "With --control: pause at every node entered.")
    private boolean step;

    @Option(names = "--break", paramLabel = "NODE", description = "With --control: pause when this node is entered (repeatable).")
    private List<String> breakpoints = new ArrayList<>();

    @Option(names = "--audio", paramLabel = "DIR", description = "With --control: write each prompt's speech as WAV files "
            + "into DIR and name them in the prompt events.")
    private Path audio;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkControl();
        List<CallerAction> script = keys == null ? null : parseKeys();
        HandoffPlan plan = new HandoffPlan(result(queueResult, "--queue-result", CallSettings::queueResult),
                result(transferResult, "--transfer-result", CallSettings::transferResult));
        Clock clock = clock();
        SpeechMatcher speech = SpeechMatchers.load();
        String refusal = CallSettings.refuseAudio(script, speech);
        if (refusal != null) {
            err.println(PrintableText.of("centralita: " + refusal));
            return Main.INVALID;
        }
        RuntimeConfig runtime = runtimeConfig(config, err);
        if (runtime == null) {
            return Main.INVALID;
        }
        SavedCallAppender saving = saveAs == null ? null : savingTo(err);
        if (saveAs != null && saving == null) {
            return Main.INVALID;
        }
        CrmConnectors connectors = CrmConnectors.fromConfig(runtime.connectors(), System::getenv);
        FlowLoader.Loaded loaded = FlowLoader.load(flowFile, config == null ? null : runtime.connectors().keySet());
        loaded.problems().forEach(problem -> err.println(problem.format()));
        if (!loaded.ok()) {
            return Main.INVALID;
        }
        CallInfo info = new CallInfo("sim-" + Instant.now().toEpochMilli(), ani, dnis, language, "Console/simulator", Map.of());
        boolean traceToStdout = "-".equals(trace);
        PrintWriter console = traceToStdout ? err : out;
        CallControl controlled = control == null ? null : control(loaded.flow(), out);
        SimulatedCaller caller = controlled != null ? controlled.caller(info, plan)
                : script != null ? new ScriptedCaller(info, script, plan)
                : new ConsoleCaller(info, plan, main.input(), console);
        try (JsonLinesTraceSink json = traceSink(out)) {
            List<TraceSink> sinks = new ArrayList<>();
            InMemoryTraceSink made = new InMemoryTraceSink();
            if (saving != null) {
                sinks.add(made);
            }
            if (json != null) {
                sinks.add(json);
            }
            if (controlled != null) {
                // last: a pause or a hang-up at a node happens once every other sink has its enter event
                sinks.add(controlled);
            } else if (!traceToStdout) {
                sinks.add(new CallTranscript(out));
            }
            CallSetup setup = new CallSetup(clock, language, variables, TraceSink.all(sinks), new LinkedHashSet<>(faults));
            new CallEngine(connectors, speech).run(loaded.flow(), caller, setup);
            if (saving != null) {
                save(saving, made, console);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return 0;
    }

    /** Where {@code --save-as} appends the call, or null when it cannot (the reason printed). */
    private SavedCallAppender savingTo(PrintWriter err) {
        if (keys == null) {
            throw new ParameterException(spec.commandLine(), "--save-as needs --keys: a saved call is a scripted call");
        }
        if (!faults.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--save-as cannot keep --fail: a saved call is what a caller can do");
        }
        if (saveAs.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--save-as needs a name for the call");
        }
        if (!SavedCallsFile.isFlowFile(flowFile)) {
            throw new ParameterException(spec.commandLine(), "--save-as needs a flow file named NAME.flow.yaml"
                    + " (its calls go to NAME.calls.yaml)");
        }
        try {
            return SavedCallAppender.open(SavedCallsFile.callsOf(flowFile), saveAs);
        } catch (IllegalArgumentException e) {
            e.getMessage().lines().forEach(line -> err.println(PrintableText.of(line)));
            return null;
        }
    }

    private void save(SavedCallAppender saving, InMemoryTraceSink made, PrintWriter console) throws IOException {
        Path callsFile = SavedCallsFile.callsOf(flowFile);
        int line = saving.append(new SavedCallAppender.Made(saveAs, ani, dnis, at, language, variables, queueResult,
                transferResult, keysBesideTheCallsFile(callsFile), SavedCallRunner.path(made.events()),
                SavedCallRunner.end(made.events())));
        console.println(PrintableText.of("Saved as '" + saveAs + "' at " + callsFile + ":" + line));
    }

    /** {@code --keys} with each say-audio: recording named relative to the calls file, where a saved call finds it. */
    private String keysBesideTheCallsFile(Path callsFile) {
        Path directory = callsFile.toAbsolutePath().getParent();
        List<String> entries = new ArrayList<>();
        for (String entry : keys.split(",", -1)) {
            CallerAction action = CallerScript.action(entry);
            entries.add(action instanceof CallerAction.SayAudio audio
                    ? "say-audio:" + directory.relativize(audio.wav().toAbsolutePath()).toString().replace('\\', '/')
                    : entry);
        }
        return String.join(",", entries);
    }

    /** {@code --control json} and the options that go with it, checked before anything runs. */
    private void checkControl() {
        if (control == null) {
            if (step || !breakpoints.isEmpty() || audio != null) {
                throw new ParameterException(spec.commandLine(), "--step, --break and --audio go with --control json");
            }
            return;
        }
        if (!"json".equals(control)) {
            throw new ParameterException(spec.commandLine(), "--control must be json, not '" + control + "'");
        }
        if (keys != null) {
            throw new ParameterException(spec.commandLine(), "--keys and --control: the program driving the call "
                    + "sends what the caller does");
        }
        if ("-".equals(trace)) {
            throw new ParameterException(spec.commandLine(), "--trace - and --control: standard output carries "
                    + "the control events (which include the trace); give --trace a file");
        }
    }

    /** The control of a call of {@code flow}: commands from the command line's input, events to {@code out}. */
    private CallControl control(ExecutableFlow flow, PrintWriter out) {
        for (String node : breakpoints) {
            if (!hasNode(flow, node)) {
                throw new ParameterException(spec.commandLine(), "--break: flow '" + flow.id() + "' has no node '"
                        + node + "'");
            }
        }
        Map<String, Object> initial = new LinkedHashMap<>();
        flow.variables().forEach((name, variable) -> initial.put(name,
                variable.initial() == null ? null : Masking.mask(variable.initial(), variable.sensitive())));
        Path flowsDirectory = flowFile.toAbsolutePath().normalize().getParent();
        PromptAudio prompts = audio == null ? null
                : new PromptAudio(SpeechEngines.tts(), audio.toAbsolutePath().normalize(), flowsDirectory);
        return new CallControl(main.input(), out, step, breakpoints, initial, prompts);
    }

    /** Whether {@code node} is a node of the flow or of a subflow it calls (each flow looked at once). */
    private static boolean hasNode(ExecutableFlow flow, String node) {
        java.util.Deque<ExecutableFlow> toSee = new java.util.ArrayDeque<>(List.of(flow));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!toSee.isEmpty()) {
            ExecutableFlow next = toSee.pop();
            if (seen.add(next.id())) {
                if (next.nodes().containsKey(node)) {
                    return true;
                }
                toSee.addAll(next.subflows().values());
            }
        }
        return false;
    }

    /** The configuration {@code --config} names (the defaults without it), or null when its problems were printed. */
    static RuntimeConfig runtimeConfig(Path config, PrintWriter err) {
        try {
            return config == null ? RuntimeConfig.defaults() : ConfigReader.read(config);
        } catch (ConfigException e) {
            e.problems().forEach(problem -> err.println(PrintableText.of(String.valueOf(problem))));
            return null;
        }
    }

    private List<CallerAction> parseKeys() {
        try {
            return CallerScript.parse(keys);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--keys: " + e.getMessage());
        }
    }

    private HandoffResult result(String value, String option, java.util.function.Function<String, HandoffResult> read) {
        try {
            return read.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
        }
    }

    /** The system clock, or one that starts at {@code --at} and runs on from there. */
    private Clock clock() {
        try {
            return CallSettings.clock(at == null ? null : CallSettings.startAt(at));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--at " + e.getMessage());
        }
    }

    private JsonLinesTraceSink traceSink(PrintWriter out) throws IOException {
        if (trace == null) {
            return null;
        }
        if ("-".equals(trace)) {
            return new JsonLinesTraceSink(out, false);
        }
        return new JsonLinesTraceSink(Files.newBufferedWriter(Path.of(trace), StandardCharsets.UTF_8), true);
    }
}
