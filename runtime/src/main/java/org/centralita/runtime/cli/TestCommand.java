package org.centralita.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.centralita.flows.validate.PrintableText;
import org.centralita.flows.validate.Problem;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.SpeechMatchers;
import org.centralita.runtime.savedcalls.SavedCall;
import org.centralita.runtime.savedcalls.SavedCallRunner;
import org.centralita.runtime.savedcalls.SavedCallsFile;
import org.centralita.runtime.savedcalls.SavedCallsReader;
import org.centralita.runtime.savedcalls.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code centralita test PATH...}: makes every saved call ({@code NAME.calls.yaml} beside
 * {@code NAME.flow.yaml}) with the runtime's engine and reports, per call, PASS or FAIL with the
 * first step where the call's path diverged (docs/testing.md).
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the saved test calls of flows (NAME.calls.yaml beside NAME.flow.yaml) with the runtime's engine.",
                "Prints PASS or FAIL per call (a failure names the first step where the path diverged), then a summary.",
                "Exit status: 0 when every call passes, 1 when one fails or a file cannot be read, 2 wrong usage."})
final class TestCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A flows directory (every *.calls.yaml under it), a .calls.yaml file, or a .flow.yaml file (its calls).")
    private List<Path> paths;

    @Option(names = "--config", paramLabel = "FILE", description = "The runtime configuration (connectors).")
    private Path config;

    @Option(names = "--json", description = "Print one JSON object with every call's result instead of lines.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;
    private final List<String> problems = new ArrayList<>();
    private final List<Map<String, Object>> results = new ArrayList<>();
    private int passed;
    private int failed;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        RuntimeConfig runtime = SimulateCommand.runtimeConfig(config, err);
        if (runtime == null) {
            return Main.INVALID;
        }
        Map<Path, String> files = callsFiles();
        SavedCallRunner runner = new SavedCallRunner(CrmConnectors.fromConfig(runtime.connectors(), System::getenv),
                SpeechMatchers.load());
        Map<Path, FlowLoader.Loaded> flows = new HashMap<>();
        for (Map.Entry<Path, String> file : files.entrySet()) {
            run(file.getKey(), file.getValue(), runner, flows, config == null ? null : runtime.connectors().keySet());
        }
        if (json) {
            printJson();
        } else {
            out.println(PrintableText.of((passed + failed) + " saved call" + (passed + failed == 1 ? "" : "s") + ": "
                    + passed + " passed, " + failed + " failed"));
        }
        out.flush();
        err.flush();
        return failed == 0 && problems.isEmpty() ? 0 : Main.INVALID;
    }

    /**
     * The calls files the paths name, in order, each with the name the report gives it: relative
     * to the directory given, or the file's name; a path that names none is a problem or a notice.
     */
    private Map<Path, String> callsFiles() {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = under(path);
                if (found.isEmpty()) {
                    notice(path + ": no saved calls (no *" + SavedCallsFile.SUFFIX + " file in it)");
                }
                found.forEach(file -> files.putIfAbsent(file, path.relativize(file).toString().replace('\\', '/')));
            } else if (!Files.exists(path)) {
                problem("centralita test: " + path + ": no such file or directory");
            } else if (SavedCallsFile.isCallsFile(path)) {
                files.putIfAbsent(path, path.getFileName().toString());
            } else if (SavedCallsFile.isFlowFile(path)) {
                Path calls = SavedCallsFile.callsOf(path);
                if (Files.isRegularFile(calls)) {
                    files.putIfAbsent(calls, calls.getFileName().toString());
                } else {
                    notice(path + ": no saved calls (no " + calls.getFileName() + " beside it)");
                }
            } else {
                problem("centralita test: " + path + ": not a flows directory, a *" + SavedCallsFile.SUFFIX + " file or a *.flow.yaml file");
            }
        }
        return files;
    }

    private List<Path> under(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(SavedCallsFile::isCallsFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problem("centralita test: " + directory + ": cannot be read (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private void run(Path file, String shownAs, SavedCallRunner runner, Map<Path, FlowLoader.Loaded> flows, java.util.Set<String> connectors) {
        SavedCallsFile calls = SavedCallsReader.read(file, shownAs);
        calls.problems().forEach(problem -> problem(problem.format()));
        if (!calls.ok()) {
            return;
        }
        if (!Files.isRegularFile(calls.flowFile())) {
            problem(file + ":1:1: error: no flow beside it: " + calls.flowFile().getFileName()
                    + " (saved calls test the flow of the same name)");
            return;
        }
        FlowLoader.Loaded flow = flows.computeIfAbsent(calls.flowFile().toAbsolutePath().normalize(),
                absolute -> FlowLoader.load(calls.flowFile(), connectors));
        if (!flow.ok()) {
            flow.problems().stream().filter(Problem::isError).forEach(problem -> problem(problem.format()));
            for (SavedCall call : calls.calls()) {
                report(call, Verdict.notRunnable("the flow " + calls.flowFile().getFileName() + " does not validate"));
            }
            return;
        }
        for (SavedCall call : calls.calls()) {
            report(call, runner.run(flow.flow(), call));
        }
    }

    private void report(SavedCall call, Verdict verdict) {
        if (verdict.passed()) {
            passed++;
        } else {
            failed++;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", call.file());
        result.put("line", call.line());
        result.put("name", call.name());
        result.put("passed", verdict.passed());
        result.put("step", verdict.stepValue());
        result.put("expected", verdict.expected());
        result.put("actual", verdict.actual());
        result.put("message", verdict.message());
        results.add(result);
        if (!json) {
            out.println(PrintableText.of((verdict.passed() ? "PASS " : "FAIL ") + call.where() + " " + call.name()
                    + (verdict.passed() ? "" : ": " + verdict.message())));
            out.flush();
        }
    }

    private void printJson() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("calls", results);
        report.put("passed", passed);
        report.put("failed", failed);
        report.put("problems", problems);
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }

    /** A file that cannot be read or run: on standard error at once, in the JSON report too. */
    private void problem(String line) {
        problems.add(line);
        err.println(PrintableText.of(line));
        err.flush();
    }

    /** Nothing to run there: not a failure. */
    private void notice(String line) {
        (json ? err : out).println(PrintableText.of("centralita test: " + line));
    }
}
