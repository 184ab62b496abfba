package org.centralita.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.centralita.runtime.cli.Main;

/**
 * A FastAGI server under test in a JVM of its own: the {@code centralita} command line on this
 * JVM's class path, with the given JVM options. Its CPU is read from {@code /proc/PID/stat}: user
 * and system time of the whole process, every thread (GC, JIT, the store's writer, logging)
 * included. Its standard output and error go to files beside its working directory.
 */
final class ServerProcess implements AutoCloseable {
    /** User and system CPU of a process at one instant, in nanoseconds, with its threads and resident memory. */
    record Cpu(long userNanos, long systemNanos, int threads, long residentBytes) {
        long totalNanos() {
            return userNanos + systemNanos;
        }
    }

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final long PAGE_BYTES = 4096;

    private final String name;
    private final Process process;
    private final Path stdout;
    private final long tickNanos;

    private ServerProcess(String name, Process process, Path stdout, long tickNanos) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.tickNanos = tickNanos;
    }

    /**
     * Starts {@code centralita ARGS} in {@code directory} in a new JVM.
     *
     * @param jvmOptions options for its JVM (none: the JVM's defaults, as {@code ./centralita} runs it)
     */
    static ServerProcess start(String name, Path directory, List<String> jvmOptions, Map<String, String> environment,
                               String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(directory);
        String file = name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        Path stdout = directory.resolve(file + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(directory.resolve(file + ".err").toFile());
        builder.environment().putAll(environment);
        return new ServerProcess(name, builder.start(), stdout, 1_000_000_000L / clockTicks());
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What it printed on standard output so far. */
    String output() throws IOException {
        return Files.readString(stdout);
    }

    /** Its CPU now: fields 14 and 15 (utime, stime), 20 (threads) and 24 (rss) of /proc/PID/stat. */
    Cpu cpu() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // the command name (field 2) is in parentheses and may hold spaces: count the fields after it
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        return new Cpu(Long.parseLong(fields[11]) * tickNanos, Long.parseLong(fields[12]) * tickNanos,
                Integer.parseInt(fields[17]), Long.parseLong(fields[21]) * PAGE_BYTES);
    }

    /**
     * One live thread: its name with digits replaced by {@code N} ("agi-call-N", "GC Thread#N"), its
     * CPU and how many times it has been put on a CPU (schedstat's third field: about once a wake-up;
     * 0 where the kernel keeps no schedstat).
     */
    record ThreadCpu(String name, long nanos, long runs) {
    }

    /**
     * CPU of each live thread by thread id, from /proc/PID/task/TID/schedstat (its time on a CPU in
     * nanoseconds) and comm (Linux keeps 15 characters of a name). Threads that ended are in
     * {@link #cpu()} only. Not from the thread's stat: its user and system times are cut down to
     * whole clock ticks (10 ms), so a thousand call threads of a few milliseconds each would show
     * next to nothing and their CPU would be counted as the threads that ended.
     */
    Map<Long, ThreadCpu> threadCpu() throws IOException {
        Map<Long, ThreadCpu> threads = new java.util.HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        try (java.util.stream.Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    long[] time = threadTime(task);
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "N");
                    threads.put(Long.parseLong(task.getFileName().toString()), new ThreadCpu(name, time[0], time[1]));
                } catch (IOException ended) {
                    // the thread ended while the list was read
                }
            }
        }
        return threads;
    }

    /**
     * A thread's time on a CPU and its runs: schedstat's first and third fields, or its stat's user +
     * system ticks and no runs without schedstat.
     */
    private long[] threadTime(Path task) throws IOException {
        Path schedstat = task.resolve("schedstat");
        if (Files.isReadable(schedstat)) {
            String[] fields = Files.readString(schedstat).strip().split(" ");
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[2])};
        }
        String stat = Files.readString(task.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        return new long[] {(Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tickNanos, 0};
    }

    /** SIGTERM (a graceful shutdown, as a service manager stops it), then a kill if it does not end in a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Exit status once stopped. */
    int exitValue() {
        return process.exitValue();
    }

    /** USER_HZ: the unit of /proc's CPU times ({@code getconf CLK_TCK}; 100 on Linux). */
    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String ticks = new String(getconf.getInputStream().readAllBytes()).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(ticks) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
