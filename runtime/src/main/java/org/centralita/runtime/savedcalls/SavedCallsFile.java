package org.centralita.runtime.savedcalls;

import java.nio.file.Path;
import java.util.List;
import org.centralita.flows.validate.Problem;

/**
 * A calls file as read: its calls, or the problems that stop it being run (all of them, each
 * at its line and column).
 *
 * @param file the calls file
 * @param flowFile the flow it tests: {@code NAME.flow.yaml} beside {@code NAME.calls.yaml}
 */
public record SavedCallsFile(Path file, Path flowFile, List<SavedCall> calls, List<Problem> problems) {

    /** The file name suffix of a flow's saved calls. */
    public static final String SUFFIX = ".calls.yaml";
    private static final String FLOW_SUFFIX = ".flow.yaml";

    public SavedCallsFile {
        calls = List.copyOf(calls);
        problems = List.copyOf(problems);
    }

    /** Whether the file can be run: no error among its problems. */
    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** Whether {@code file} is named as a calls file. */
    public static boolean isCallsFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    /** Whether {@code file} is named as a flow file. */
    public static boolean isFlowFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(FLOW_SUFFIX);
    }

    /** The calls file of a flow: {@code NAME.flow.yaml} to {@code NAME.calls.yaml}, in the same directory. */
    public static Path callsOf(Path flowFile) {
        return flowFile.resolveSibling(stem(flowFile, FLOW_SUFFIX) + SUFFIX);
    }

    /** The flow of a calls file: {@code NAME.calls.yaml} to {@code NAME.flow.yaml}, in the same directory. */
    public static Path flowOf(Path callsFile) {
        return callsFile.resolveSibling(stem(callsFile, SUFFIX) + FLOW_SUFFIX);
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
