package org.centralita.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centralita.flows.calendar.CalendarReader;
import org.centralita.flows.compile.CompileOptions;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.runtime.speech.SpeechEngines;
import org.centralita.flows.validate.Validator;
import org.centralita.flows.yaml.SourcePosition;
import org.centralita.runtime.rules.DroolsRulesCompiler;

/**
 * Reads, validates and compiles flows for the command line, the same way the runtime does at
 * publish, rule files compiled by Drools.
 */
final class FlowLoader {

    /** A compiled flow, or the problems that stop it (warnings may come with a flow). */
    record Loaded(ExecutableFlow flow, List<Problem> problems) {
        boolean ok() {
            return flow != null && problems.stream().noneMatch(Problem::isError);
        }
    }

    private FlowLoader() {
    }

    /**
     * Every problem of every flow under {@code paths} (files or directories).
     *
     * @param connectors the connector names of the configuration, or null not to check them
     */
    static List<Problem> validate(List<Path> paths, Set<String> connectors) {
        return validated(paths, connectors).problems();
    }

    /** The flows read from {@code paths} and every problem of them, of their calendars and rules. */
    record Validated(FlowSet flows, List<Problem> problems) {
    }

    static Validated validated(List<Path> paths, Set<String> connectors) {
        FlowSet set = FlowSet.load(paths);
        return new Validated(set, new Validator().validate(set, options(connectors)).problems());
    }

    /** The flow in {@code file}, validated and compiled with the subflows of its directory. */
    static Loaded load(Path file, Set<String> connectors) {
        Optional<Flow> target = FlowSet.load(List.of(file)).flows().stream().findFirst();
        if (target.isEmpty()) {
            return new Loaded(null, FlowSet.load(List.of(file)).readProblems());
        }
        // The flow's directory as the user named it, so that messages name files the same way
        // (a bare file name is in the working directory: the empty path, not its absolute name).
        Path directory = file.getParent() != null ? file.getParent() : Path.of("");
        FlowSet set = FlowSet.load(List.of(directory));
        Set<Path> files = filesOf(set, target.get().id());
        files.add(absolute(file.toString()));
        List<Problem> problems = new ArrayList<>(about(files,
                new Validator().validate(set, options(connectors)).problems()));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Loaded(null, problems);
        }
        CompileResult compiled = new FlowCompiler().compile(set, CompileOptions.defaults().withRulesCompiler(rulesCompiler()));
        problems.addAll(about(files, compiled.problems()).stream().filter(Problem::isError).toList());
        Optional<ExecutableFlow> flow = compiled.flow(target.get().id());
        if (flow.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(SourcePosition.start(file.toString()), null, "the flow did not compile"));
        }
        return new Loaded(flow.orElse(null), problems);
    }

    private static ValidationOptions options(Set<String> connectors) {
        return ValidationOptions.defaults().withCalendarCheck(CalendarReader::check)
                .withConnectors(connectors).withRulesCompiler(rulesCompiler())
                .withTtsLanguages(SpeechEngines.languagesOf(SpeechEngines.tts()));
    }

    /** The rules compiler the runtime publishes with, so that a rule error reads the same everywhere. */
    private static RulesCompiler rulesCompiler() {
        return new DroolsRulesCompiler();
    }

    /** The files of the flow and of every subflow it reaches. */
    private static Set<Path> filesOf(FlowSet set, String flowId) {
        Set<Path> files = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(flowId));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!seen.add(id)) {
                continue;
            }
            set.flow(id).ifPresent(flow -> {
                files.add(absolute(flow.file()));
                for (FlowNode node : flow.nodes().values()) {
                    if ("subflow".equals(node.typeName())) {
                        node.text("flow").ifPresent(pending::push);
                    }
                }
            });
        }
        return files;
    }

    /** The problems about {@code files} (and those of files beside them: calendars, rules). */
    private static List<Problem> about(Set<Path> files, List<Problem> problems) {
        return problems.stream().filter(p -> {
            Path file = absolute(p.position().file());
            return files.contains(file) || !file.getFileName().toString().endsWith(FlowSet.FLOW_SUFFIX);
        }).toList();
    }

    private static Path absolute(String file) {
        return Path.of(file).toAbsolutePath().normalize();
    }
}
