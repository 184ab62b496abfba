package org.centralita.runtime.agi;

/**
 * What every AGI call channel needs besides the call itself.
 *
 * @param renderer names the sound files of spoken text
 * @param recordingDirectory where Asterisk writes recordings (RECORD FILE), as Asterisk sees it
 * @param queueMode who runs queue hand-offs
 * @param numberDialing how a transfer to a number is dialled when the runtime runs Dial()
 * @param commandTimer told how long each AGI command took (the metrics)
 */
public record ChannelOptions(PromptRenderer renderer, String recordingDirectory, QueueMode queueMode,
                             NumberDialing numberDialing, AgiCommandTimer commandTimer) {

    public ChannelOptions {
        java.util.Objects.requireNonNull(numberDialing, "numberDialing");
        java.util.Objects.requireNonNull(commandTimer, "commandTimer");
    }

    /** Options with numbers dialled as the shipped dialplan does and AGI commands timed by no one. */
    public ChannelOptions(PromptRenderer renderer, String recordingDirectory, QueueMode queueMode) {
        this(renderer, recordingDirectory, queueMode, NumberDialing.defaults(), AgiCommandTimer.NONE);
    }

    public static ChannelOptions defaults(QueueMode queueMode) {
        return new ChannelOptions(PromptRenderer.hashed("centralita"), AgiSettings.DEFAULT_RECORDING_DIRECTORY,
                queueMode);
    }

    /** The options the {@code agi} section gives, prompts named by {@code renderer}, commands timed by {@code timer}. */
    public static ChannelOptions of(AgiSettings settings, PromptRenderer renderer, AgiCommandTimer timer) {
        return new ChannelOptions(renderer, settings.recordingDirectory(), settings.queueMode(),
                settings.numberDialing(), timer);
    }

    /** These options with AGI commands timed by {@code timer}. */
    public ChannelOptions timedBy(AgiCommandTimer timer) {
        return new ChannelOptions(renderer, recordingDirectory, queueMode, numberDialing, timer);
    }
}
