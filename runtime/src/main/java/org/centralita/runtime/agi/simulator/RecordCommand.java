package org.centralita.runtime.agi.simulator;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * RECORD FILE as Asterisk 22 answers it: an optional beep, then frames from the caller until an
 * escape key ({@code (dtmf)}, the last 200 ms trimmed), the time limit or {@code s=N} seconds of
 * silence ({@code (timeout)}, N-1 s trimmed), or a hang-up ({@code (hangup)}). Keys pressed
 * during a recording mute its audio; a caller that sends no frames records nothing.
 */
final class RecordCommand {
    private static final int FRAME_MS = 20;
    private static final int FRAME_SAMPLES = 160;
    private static final int DTMF_TRIM_SAMPLES = 1600;
    /** Observed: a recording stopped by silence detection reports 12 samples more than its frames. */
    private static final int SILENCE_DETECTOR_EXTRA_SAMPLES = 12;

    private RecordCommand() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("RECORD FILE", false, RecordCommand::record);
    }

    private record Options(String file, String format, String escape, long timeoutMs, boolean beep, int silenceSeconds) {
    }

    private static boolean record(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 6) {
            return false;
        }
        Long timeout = AgiCommands.leadingNumber(argv.get(5));
        if (timeout == null) {
            return false;
        }
        boolean beep = false;
        int silence = 0;
        for (String option : argv.subList(6, argv.size())) {
            if (option.toLowerCase(Locale.ROOT).contains("beep")) {
                beep = true;
            } else if (option.regionMatches(true, 0, "s=", 0, 2)) {
                silence = AgiCommands.atoi(option.substring(2));
            }
        }
        Options options = new Options(argv.get(2), argv.get(3), argv.get(4), timeout, beep, silence);
        if (s.setup().writableDirectories.stream().noneMatch(options.file()::startsWith)) {
            s.channel().markFailure();
            s.reply("200 result=-1 (writefile)");
            return true;
        }
        recordFrames(s, options);
        return true;
    }

    private static void recordFrames(AgiSession s, Options o) throws InterruptedException {
        long recStart = s.commandStart();
        if (o.beep()) {
            Playback beep = new Playback(s.setup().sounds.sayFile("beep"), 0, recStart);
            if (beep.play(s, "", false) instanceof Happening.HungUp) {
                s.reply("200 result=-1 (hangup) endpos=0");
                return;
            }
            recStart += beep.samples() / FRAME_SAMPLES * FRAME_MS;
        }
        boolean media = s.setup().callerSendsMedia;
        long deadline = o.timeoutMs() > 0 ? recStart + o.timeoutMs() : Long.MAX_VALUE;
        long silenceEnd = o.silenceSeconds() > 0 && media
                ? s.timeline().silenceEndsAt(recStart, o.silenceSeconds() * 1000L) : Long.MAX_VALUE;
        long stop = Math.min(deadline, silenceEnd);
        long muted = 0;
        while (true) {
            Happening h = s.await(stop, false);
            if (h instanceof Happening.Key k && o.escape().indexOf(k.digit()) < 0) {
                muted += k.at() - Math.max(k.pressedAt(), recStart);
                continue;
            }
            if (o.format().equalsIgnoreCase("wav")) {
                // the file is complete before the reply, as Asterisk closes it before answering
                long end = endOf(h);
                RecordedSpeech.write(Path.of(o.file() + ".wav"), recStart, end, s.timeline().spokenBetween(recStart, end));
            }
            finish(s, o, reply(h, o, recStart, muted, media, silenceEnd < deadline ? silenceEnd : -1, deadline));
            return;
        }
    }

    private static String reply(Happening h, Options o, long recStart, long muted, boolean media, long silenceEnd,
                                long deadline) {
        if (h instanceof Happening.Key k) {
            long samples = frames(k.pressedAt() - recStart - muted, media) - DTMF_TRIM_SAMPLES;
            return "200 result=" + (int) k.digit() + " (dtmf) endpos=" + Math.max(0, samples);
        }
        if (h instanceof Happening.HungUp u) {
            return "200 result=-1 (hangup) endpos=" + frames(u.at() - recStart - muted, media);
        }
        long at = ((Happening.Deadline) h).at();
        if (at == silenceEnd) {
            // the number is the time left in Asterisk's internal wait: it carries no meaning
            long samples = frames(at - recStart - muted, true) + SILENCE_DETECTOR_EXTRA_SAMPLES
                    - (o.silenceSeconds() - 1) * 8000L;
            long left = deadline == Long.MAX_VALUE ? 0 : deadline - at;
            return "200 result=" + left + " (timeout) endpos=" + Math.max(0, samples);
        }
        return "200 result=" + (media ? 1 : 0) + " (timeout) endpos=" + frames(o.timeoutMs() - muted, media);
    }

    /** When the recording stopped: the key's press, the hang-up, the silence or the time limit. */
    private static long endOf(Happening h) {
        if (h instanceof Happening.Key k) {
            return k.pressedAt();
        }
        if (h instanceof Happening.HungUp u) {
            return u.at();
        }
        return h instanceof Happening.Input i ? i.at() : ((Happening.Deadline) h).at();
    }

    private static long frames(long ms, boolean media) {
        return media ? Math.max(0, ms) / FRAME_MS * FRAME_SAMPLES : 0;
    }

    private static void finish(AgiSession s, Options o, String reply) {
        s.recordings().put(o.file(), 0);
        s.reply(reply);
    }
}
