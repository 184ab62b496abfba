package org.centralita.designer.testcall;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays prompts' WAV files one after the other on a thread of its own with javax.sound (the test
 * call's prompts, the explorer's recordings). A machine without an audio device (a build server)
 * plays nothing and fails nothing: the transcript shows the words anyway.
 */
public final class WavPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(WavPlayer.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread player = new Thread(work, "centralita-prompt-player");
        player.setDaemon(true);
        return player;
    });
    private volatile boolean unavailable;

    /** Queues the files to be played after those already queued. */
    public void play(List<Path> wavs) {
        if (unavailable || wavs.isEmpty()) {
            return;
        }
        thread.execute(() -> wavs.forEach(this::playNow));
    }

    private void playNow(Path wav) {
        if (unavailable) {
            return;
        }
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            Clip clip = AudioSystem.getClip();
            Object done = new Object();
            clip.addLineListener(event -> {
                if (event.getType() == LineEvent.Type.STOP) {
                    synchronized (done) {
                        done.notifyAll();
                    }
                }
            });
            clip.open(audio);
            synchronized (done) {
                clip.start();
                done.wait(Math.max(1000, clip.getMicrosecondLength() / 1000 + 1000));
            }
            clip.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError noAudio) {
            // no sound card, no mixer, a headless machine: the prompts are read, not heard
            unavailable = true;
            LOG.info("prompts are not played aloud: {}", noAudio.toString());
        }
    }

    /** Stops playing and drops what is queued. */
    public void dispose() {
        thread.shutdownNow();
    }
}
