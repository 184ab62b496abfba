package org.centralita.runtime.agi;

/**
 * What every AGI call channel needs besides the call itself.
 *
 * @param renderer names the sound files of spoken text
 * @param recordingDirectory where Asterisk writes recordings (RECORD FILE), as Asterisk sees it
 * @param queueMode who runs queue hand-offs
 * @param commandTimer told how long each AGI command took (the metrics)
 */
public record ChannelOptions(PromptRenderer renderer, String recordingDirectory, QueueMode queueMode,
                             AgiCommandTimer commandTimer) {

    public ChannelOptions {
        java.util.Objects.requireNonNull(commandTimer, "commandTimer");
    }

    /** Options whose AGI commands are timed by no one. */
    public ChannelOptions(PromptRenderer renderer, String recordingDirectory, QueueMode queueMode) {
        this(renderer, recordingDirectory, queueMode, AgiCommandTimer.NONE);
    }

    public static ChannelOptions defaults(QueueMode queueMode) {
        return new ChannelOptions(PromptRenderer.hashed("centralita"), "/var/spool/asterisk/recording", queueMode);
    }

    /** These options with AGI commands timed by {@code timer}. */
    public ChannelOptions timedBy(AgiCommandTimer timer) {
        return new ChannelOptions(renderer, recordingDirectory, queueMode, timer);
    }
}
