package org.centralita.runtime.agi;

/**
 * What every AGI call channel needs besides the call itself.
 *
 * @param renderer names the sound files of spoken text
 * @param recordingDirectory where Asterisk writes recordings (RECORD FILE), as Asterisk sees it
 * @param queueMode who runs queue hand-offs
 */
public record ChannelOptions(PromptRenderer renderer, String recordingDirectory, QueueMode queueMode) {

    public static ChannelOptions defaults(QueueMode queueMode) {
        return new ChannelOptions(PromptRenderer.hashed("centralita"), "/var/spool/asterisk/recording", queueMode);
    }
}
