package org.centralita.runtime.channel;

import java.time.Duration;

/**
 * A recording of the caller (a voicemail-like message, a name).
 *
 * @param prompt played first; may be empty
 * @param maxDuration the longest recording
 * @param beep whether a beep sounds before recording starts
 * @param silence recording stops after this much silence
 * @param terminators keys that stop the recording
 */
public record RecordRequest(Prompt prompt, Duration maxDuration, boolean beep, Duration silence,
                            String terminators) {
}
