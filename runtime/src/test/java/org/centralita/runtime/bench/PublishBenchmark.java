package org.centralita.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.centralita.flows.calendar.CalendarReader;
import org.centralita.flows.compile.CompileOptions;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.flows.validate.ValidationReport;
import org.centralita.flows.validate.Validator;
import org.centralita.runtime.rules.DroolsRulesCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing a 1,001-node flow: read, validate and compile, as the runtime does when a flow is
 * published (target: under 1 s on 2 cores). See docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PublishBenchmark {

    private Path dir;
    private FlowSet loaded;
    private final Validator validator = new Validator();
    private final FlowCompiler compiler = new FlowCompiler();
    private final ValidationOptions validation = ValidationOptions.defaults()
            .withRulesCompiler(new DroolsRulesCompiler()).withCalendarCheck(CalendarReader::check);
    private final CompileOptions compile = CompileOptions.defaults().withRulesCompiler(new DroolsRulesCompiler());

    @Setup(Level.Trial)
    public void writeFlow() throws IOException {
        dir = Files.createTempDirectory("centralita-bench");
        LargeFlowWriter.write(dir);
        loaded = FlowSet.load(List.of(dir));
        ValidationReport report = validator.validate(loaded, validation);
        CompileResult result = compiler.compile(loaded, compile);
        if (report.hasErrors() || result.hasErrors()
                || result.flow("big").orElseThrow().nodes().size() != LargeFlowWriter.GROUPS * 10 + 1) {
            throw new IllegalStateException("the benchmark flow is not valid: " + report.problems() + result.problems());
        }
    }

    @TearDown(Level.Trial)
    public void deleteFlow() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What publishing costs: read the file, validate it, compile it. */
    @Benchmark
    public CompileResult readValidateAndCompile() {
        FlowSet set = FlowSet.load(List.of(dir));
        if (validator.validate(set, validation).hasErrors()) {
            throw new IllegalStateException("invalid");
        }
        return compiler.compile(set, compile);
    }

    /** Validation alone, of a flow already read. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(loaded, validation);
    }

    /** Compilation alone, of a flow already read. */
    @Benchmark
    public CompileResult compile() {
        return compiler.compile(loaded, compile);
    }
}
