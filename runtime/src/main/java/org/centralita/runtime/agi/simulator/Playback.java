package org.centralita.runtime.agi.simulator;

/**
 * One sound file playing on the channel, on the virtual clock: when it ends, which key stops
 * it, and the sample position Asterisk reports (endpos) at any instant.
 */
final class Playback {
    private static final int FRAME_MS = 20;
    private static final int FRAME_SAMPLES = 160;

    private final SoundLibrary.Sound sound;
    private final long offset;
    private final long start;

    Playback(SoundLibrary.Sound sound, long offset, long start) {
        this.sound = sound;
        this.offset = offset;
        this.start = start;
    }

    long endsAt() {
        return start + Math.max(0, sound.samples() - offset) / 8;
    }

    /**
     * Plays to the end or until an escape key, a hang-up or (if polled) input on the socket;
     * keys that are not escape keys are ignored (and lost).
     */
    Happening play(AgiSession session, String escapeDigits, boolean pollInput) throws InterruptedException {
        while (true) {
            Happening h = session.await(endsAt(), pollInput);
            if (!(h instanceof Happening.Key key) || escapeDigits.indexOf(key.digit()) >= 0) {
                return h;
            }
        }
    }

    /**
     * The position when playback stopped at {@code at}: whole 20 ms frames played, plus one
     * frame read ahead after a seek or when a hang-up stops it (both observed on Asterisk 22);
     * the file's length once it played to the end.
     */
    long endpos(long at, boolean hungUp) {
        long frames = Math.max(0, at - start) / FRAME_MS;
        long extra = offset > 0 || hungUp ? FRAME_SAMPLES : 0;
        return Math.min(sound.samples(), offset + frames * FRAME_SAMPLES + extra);
    }

    int samples() {
        return sound.samples();
    }
}
