package org.centralita.speech.testset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian command-line tools the test set is made with (espeak-ng, sox). */
final class Sox {

    private Sox() {
    }

    /** Band-limits to the telephone band (300-3400 Hz) and converts to 8 kHz 16-bit mono. */
    static void telephone(Path in, Path out) {
        run("sox", "-R", in.toString(), "-r", "8000", "-c", "1", "-b", "16", out.toString(), "sinc", "300-3400");
    }

    /** Pink noise at 8 kHz from sox's synthesizer; -R makes it the same on every run. */
    static void pinkNoise(Path out, double seconds) {
        run("sox", "-R", "-n", "-r", "8000", "-c", "1", "-b", "16", out.toString(), "synth",
                String.format(java.util.Locale.ROOT, "%.3f", seconds), "pinknoise", "vol", "0.3");
    }

    static void espeak(String voice, int speed, int pitch, String text, Path out) {
        run("espeak-ng", "-v", voice, "-s", Integer.toString(speed), "-p", Integer.toString(pitch), "-w",
                out.toString(), text);
    }

    private static void run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", args) + " failed: " + output.trim());
            }
        } catch (IOException notInstalled) {
            throw new IllegalStateException(command[0] + " is needed for the speech test set"
                    + " (apt-get install espeak-ng sox): " + notInstalled.getMessage(), notInstalled);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command[0], interrupted);
        }
    }
}
