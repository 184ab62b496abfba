package org.centralita.runtime.agi;

import java.util.List;
import java.util.Optional;

/**
 * The {@code agi} section of centralita.yaml, plus who runs queues.
 *
 * @param bind the address the FastAGI server listens on
 * @param port its port (0: any free port, for tests)
 * @param allow the PBX addresses allowed to connect; others are closed at once
 * @param maxCalls concurrent calls served; a call beyond them gets CENTRALITA_STATUS=BUSY
 * @param queueMode whether queue hand-offs return to the dialplan or run over AGI
 * @param numberDialing how a transfer to a number is dialled when the runtime runs Dial()
 * @param recordingDirectory where RECORD FILE writes, as Asterisk sees it (no trailing {@code /})
 * @param header how long and how much a connection may take to send its {@code agi_*} block
 */
public record AgiSettings(String bind, int port, List<String> allow, int maxCalls, QueueMode queueMode,
                          NumberDialing numberDialing, String recordingDirectory, AgiHeaderLimits header) {

    /** Where Asterisk keeps recordings unless told otherwise (its own spool directory). */
    public static final String DEFAULT_RECORDING_DIRECTORY = "/var/spool/asterisk/recording";

    public AgiSettings {
        allow = List.copyOf(allow);
        if (maxCalls < 1) {
            throw new IllegalArgumentException("agi.max-calls must be at least 1, was " + maxCalls);
        }
        java.util.Objects.requireNonNull(numberDialing, "numberDialing");
        java.util.Objects.requireNonNull(header, "header");
        recordingDirectoryProblem(recordingDirectory).ifPresent(message -> {
            throw new IllegalArgumentException("agi.recording-dir " + message);
        });
        recordingDirectory = recordingDirectory.length() > 1 && recordingDirectory.endsWith("/")
                ? recordingDirectory.substring(0, recordingDirectory.length() - 1) : recordingDirectory;
    }

    /** Settings with the default header limits. */
    public AgiSettings(String bind, int port, List<String> allow, int maxCalls, QueueMode queueMode,
                       NumberDialing numberDialing, String recordingDirectory) {
        this(bind, port, allow, maxCalls, queueMode, numberDialing, recordingDirectory, AgiHeaderLimits.defaults());
    }

    /** These settings with other header limits. */
    public AgiSettings withHeader(AgiHeaderLimits limits) {
        return new AgiSettings(bind, port, allow, maxCalls, queueMode, numberDialing, recordingDirectory, limits);
    }

    /** Settings with numbers dialled and recordings kept as the shipped dialplan and Asterisk do by default. */
    public AgiSettings(String bind, int port, List<String> allow, int maxCalls, QueueMode queueMode) {
        this(bind, port, allow, maxCalls, queueMode, NumberDialing.defaults(), DEFAULT_RECORDING_DIRECTORY);
    }

    /** The contract's defaults: {bind: 127.0.0.1, port: 4573, allow: [127.0.0.1], max-calls: 2000}. */
    public static AgiSettings defaults() {
        return new AgiSettings("127.0.0.1", 4573, List.of("127.0.0.1"), 2000, QueueMode.DIALPLAN);
    }

    /**
     * Why {@code directory} cannot be given to RECORD FILE (what the message ends with), or empty:
     * it must be absolute (Asterisk puts a relative one under its sounds directory, and the runtime
     * reads the speech segments there too) and one AGI argument.
     */
    public static Optional<String> recordingDirectoryProblem(String directory) {
        if (!directory.startsWith("/") || directory.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || c == '"' || c == '\\')) {
            return Optional.of("must be an absolute path as Asterisk sees it, without spaces or quotes, like "
                    + DEFAULT_RECORDING_DIRECTORY + "; was '" + directory + "'");
        }
        return Optional.empty();
    }
}
