package org.centralita.runtime.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.calendar.CalendarReader;
import org.centralita.flows.compile.CompileOptions;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.rules.RulesCompiler;
import org.centralita.flows.validate.Problem;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.flows.validate.ValidationReport;
import org.centralita.flows.validate.Validator;

/**
 * The real publish check: the flows module's validator, then its compiler, with the calendar
 * reader and (where given) the rules compiler and the configured connector names. Compiles only
 * when validation found no error, so a refused publish reports exactly what `validate` does.
 */
public final class CompilingFlowBuilder implements FlowBuilder {

    private final Validator validator = new Validator();
    private final FlowCompiler compiler = new FlowCompiler();
    private final ValidationOptions validation;
    private final CompileOptions compile;
    private final Consumer<ExecutableFlow> onCompiled;

    /**
     * @param rulesCompiler builds rule files, or null where rules are only checked to exist
     * @param connectors the configured connector names, or null to leave them unchecked
     */
    public CompilingFlowBuilder(RulesCompiler rulesCompiler, Set<String> connectors) {
        this(rulesCompiler, connectors, null, flow -> { });
    }

    /**
     * @param ttsLanguages the languages a text-to-speech voice speaks (prompts in others need
     *                     recordings: a warning), or null to leave them unchecked
     * @param onCompiled told of every flow compiled (the runtime synthesizes its static prompts)
     */
    public CompilingFlowBuilder(RulesCompiler rulesCompiler, Set<String> connectors, Set<String> ttsLanguages,
                                Consumer<ExecutableFlow> onCompiled) {
        this.validation = ValidationOptions.defaults().withCalendarCheck(CalendarReader::check)
                .withRulesCompiler(rulesCompiler).withConnectors(connectors).withTtsLanguages(ttsLanguages);
        this.compile = CompileOptions.defaults().withRulesCompiler(rulesCompiler);
        this.onCompiled = onCompiled;
    }

    @Override
    public BuildResult build(List<Path> paths) {
        FlowSet set = FlowSet.load(paths);
        ValidationReport report = validator.validate(set, validation);
        if (report.hasErrors()) {
            return new BuildResult(List.of(), report.problems());
        }
        CompileResult compiled = compiler.compile(set, compile);
        List<Problem> problems = new ArrayList<>(report.problems());
        problems.addAll(compiled.problems());
        List<BuildResult.BuiltFlow> flows = compiled.flows().values().stream()
                .map(flow -> new BuildResult.BuiltFlow(flow, set.flow(flow.id()).map(Flow::file).orElseThrow()))
                .toList();
        flows.forEach(flow -> onCompiled.accept(flow.flow()));
        return new BuildResult(flows, problems);
    }
}
