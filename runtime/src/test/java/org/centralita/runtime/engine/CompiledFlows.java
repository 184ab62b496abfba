package org.centralita.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centralita.flows.calendar.CalendarReader;
import org.centralita.flows.compile.CompileResult;
import org.centralita.flows.compile.FlowCompiler;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.model.FlowSet;
import org.centralita.flows.validate.ValidationOptions;
import org.centralita.flows.validate.ValidationReport;
import org.centralita.flows.validate.Validator;

/** Writes small flows (and their calendars) to a directory, validates and compiles them with the real compiler. */
final class CompiledFlows {

    private final Path directory;

    CompiledFlows(Path directory) {
        this.directory = directory;
    }

    /** Adds a file (a flow {@code ID.flow.yaml}, or {@code calendars/ID.yaml}). */
    CompiledFlows file(String name, String text) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flow {@code id}, compiled; fails the test when any flow has an error. */
    ExecutableFlow compile(String id) {
        FlowSet set = FlowSet.load(List.of(directory));
        ValidationReport report = new Validator().validate(set,
                ValidationOptions.defaults().withCalendarCheck(CalendarReader::check));
        if (report.hasErrors()) {
            throw new AssertionError("the test flows do not validate:\n" + report);
        }
        CompileResult compiled = new FlowCompiler().compile(set);
        if (compiled.hasErrors()) {
            throw new AssertionError("the test flows do not compile:\n" + compiled.problems());
        }
        return compiled.flow(id).orElseThrow();
    }
}
