package org.centralita.designer.testcall;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One {@code centralita} child process whose standard output is JSON lines: each line read on a
 * thread of its own and handed over as a map (SnakeYAML reads JSON), standard error kept for the
 * message when it ends; commands written to its standard input as JSON lines.
 */
final class CallProcess {

    /** What the process says. Called on the process's reading thread. */
    interface Listener {
        /** One JSON line of its standard output. */
        void event(Map<String, Object> event);

        /** The process ended with this status; {@code errors} is its standard error. */
        void ended(int status, String errors);
    }

    private final Process process;
    private final PrintWriter commands;

    private CallProcess(Process process) {
        this.process = process;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    }

    /** Starts {@code command} and reads it until it ends. */
    static CallProcess start(List<String> command, Listener listener) throws IOException {
        Process process = new ProcessBuilder(command).start();
        CallProcess started = new CallProcess(process);
        StringBuilder errors = new StringBuilder();
        Thread errorReader = reader(process, "centralita-call-errors", false, line -> {
            synchronized (errors) {
                errors.append(line).append('\n');
            }
        });
        Yaml json = new Yaml(new SafeConstructor(new LoaderOptions()));
        Thread outputReader = reader(process, "centralita-call-events", true, line -> {
            if (line.startsWith("{")) {
                try {
                    Object event = json.load(line);
                    if (event instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = (Map<String, Object>) map;
                        listener.event(fields);
                    }
                } catch (YAMLException notJson) {
                    synchronized (errors) {
                        errors.append(line).append('\n');
                    }
                }
            }
        });
        Thread waiter = new Thread(() -> {
            try {
                outputReader.join();
                errorReader.join();
                int status = process.waitFor();
                synchronized (errors) {
                    listener.ended(status, errors.toString().strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "centralita-call-end");
        waiter.setDaemon(true);
        waiter.start();
        return started;
    }

    private static Thread reader(Process process, String name, boolean output, Consumer<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    output ? process.getInputStream() : process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException closed) {
                // the process was stopped: what it said so far is all there is
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Sends one command: {@code {"command": name, field: value}} ({@code field} null for none). */
    void send(String name, String field, String value) {
        StringBuilder line = new StringBuilder("{\"command\":").append(quoted(name));
        if (field != null) {
            line.append(',').append(quoted(field)).append(':').append(quoted(value));
        }
        commands.println(line.append('}'));
    }

    /** Whether the process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** Ends the process (its call ends as a hang-up when it reads the end of its input first). */
    void stop() {
        commands.close();
        process.destroy();
    }

    /** A JSON string. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
